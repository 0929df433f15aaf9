import { type Href, Link } from '@/i18n/navigation';

export default function Breadcrumb({ label, items }: { label: string; items: { href: Href; text: string }[] }) {
  return (
    <nav aria-label={label} className="text-sm text-slate-600 print:hidden">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => (
          <li key={index} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden="true">&gt;</span> : null}
            <Link href={item.href} className="hover:text-brand hover:underline">
              {item.text}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
