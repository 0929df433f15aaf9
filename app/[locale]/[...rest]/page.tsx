import { notFound } from 'next/navigation';

// Any unknown path under a locale renders that locale's not-found page.
export const dynamicParams = false;

export function generateStaticParams() {
  return [];
}

export default function UnknownPage() {
  notFound();
}
