import type { ReactNode } from 'react';
import SiteHeader, { type LanguageSwitchTarget, type Section } from './SiteHeader';

/** Header plus main landmark. Each page passes where its language switch leads. */
export default function PageShell({
  switchTo,
  section,
  children,
}: {
  switchTo: LanguageSwitchTarget;
  section?: Section;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader switchTo={switchTo} section={section} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
    </>
  );
}
