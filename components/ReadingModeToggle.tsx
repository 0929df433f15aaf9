'use client';

import { useSyncExternalStore } from 'react';
import { EASY_READING, READING_MODE_KEY } from '@/lib/reading-mode';

// The mode lives on <html> (set before paint by the inline script of Document); this store mirrors it.
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isEasy = () => document.documentElement.dataset.reading === EASY_READING;

function setEasy(easy: boolean) {
  if (easy) document.documentElement.dataset.reading = EASY_READING;
  else delete document.documentElement.dataset.reading;
  try {
    if (easy) localStorage.setItem(READING_MODE_KEY, EASY_READING);
    else localStorage.removeItem(READING_MODE_KEY);
  } catch {
    // Storage blocked: the mode still applies to this page.
  }
  for (const listener of listeners) listener();
}

/** The 长者模式 switch: a toggle button, announced through aria-pressed, hidden without JavaScript. */
export default function ReadingModeToggle({ label, description }: { label: string; description: string }) {
  const easy = useSyncExternalStore(subscribe, isEasy, () => false);
  return (
    <button
      type="button"
      aria-pressed={easy}
      title={description}
      onClick={() => setEasy(!easy)}
      className="reading-mode-toggle inline-flex items-center gap-1.5 rounded border border-white/60 px-2.5 py-0.5 text-sm font-semibold hover:bg-white hover:text-brand aria-pressed:bg-white aria-pressed:text-brand"
    >
      <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" focusable="false">
        <path
          d="M3 16h3.5M4.75 16L8 5l3.25 11M5.6 12.5h4.8M12 16h5M13.2 16l1.8-6 1.8 6"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
      {label}
    </button>
  );
}
