import type { ReactNode } from 'react';

/** <Notice title="…">…</Notice>: a highlighted box for what readers must not miss. */
export default function Notice({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <aside role="note" className="article-notice my-6 rounded border-l-4 border-amber-500 bg-amber-50 px-5 py-4 text-slate-800">
      {title ? <p className="article-notice-title font-bold">{title}</p> : null}
      <div className="article-notice-body">{children}</div>
    </aside>
  );
}
