import type { ReactNode } from 'react';

// The <html> element lives in app/[locale]/layout.tsx (and app/global-not-found.tsx), so each page gets its own lang.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
