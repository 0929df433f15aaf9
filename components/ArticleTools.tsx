'use client';

import { useState } from 'react';

type TextSize = 'large' | 'medium' | 'small';

/**
 * 字号 大/中/小 and print. The only client code on an article page: it sets data-size
 * on the article body, whose font size the stylesheet derives from it.
 */
export default function ArticleTools({
  targetId,
  labels,
}: {
  targetId: string;
  labels: { group: string; textSize: string; print: string } & Record<TextSize, { text: string; label: string }>;
}) {
  const [size, setSize] = useState<TextSize>('medium');
  const sizes: TextSize[] = ['large', 'medium', 'small'];

  function choose(next: TextSize) {
    setSize(next);
    const target = document.getElementById(targetId);
    if (target) target.dataset.size = next;
  }

  const buttonClass =
    'rounded border border-slate-300 bg-white px-2.5 py-1 text-sm hover:border-brand aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white';

  return (
    <div
      role="group"
      aria-label={labels.group}
      className="needs-script flex flex-wrap items-center gap-2 text-sm text-slate-700 print:hidden"
    >
      <span aria-hidden="true">{labels.textSize}</span>
      {sizes.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={size === option}
          aria-label={labels[option].label}
          onClick={() => choose(option)}
          className={buttonClass}
        >
          {labels[option].text}
        </button>
      ))}
      <button type="button" onClick={() => window.print()} className={`${buttonClass} ml-2`}>
        {labels.print}
      </button>
    </div>
  );
}
