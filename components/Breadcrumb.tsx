import { Link } from '@/i18n/navigation';
import { type Locale } from '@/i18n/locales.mjs';

export default function Breadcrumb({ locale, label, items }: { locale: Locale; label: string; items: { href: string; text: string }[] }) {
  return (
    <nav aria-label={label} className="text-sm text-slate-600 print:hidden">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => (
          <li key={item.href} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden="true">&gt;</span> : null}
            <Link locale={locale} href={item.href} className="hover:text-brand hover:underline">
              {item.text}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
