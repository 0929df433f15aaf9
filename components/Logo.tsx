/** Our logo mark: a stylised steppe horizon under a rising spark of innovation. */
export default function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 48" className={className} aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="10" fill="#0b4ea2" />
      <path d="M6 34c6-6 11-8 18-8s12 2 18 8v6H6z" fill="#3fa34d" />
      <path d="M6 34c6-6 11-8 18-8s12 2 18 8" fill="none" stroke="#fff" strokeWidth="2" />
      <circle cx="24" cy="17" r="6" fill="#f5b700" />
      <path d="M24 5v4M35 10l-3 3M13 10l3 3" stroke="#f5b700" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
