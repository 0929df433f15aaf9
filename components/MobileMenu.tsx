'use client';

import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/**
 * Collapses the main navigation on narrow screens. The navigation itself is server-rendered
 * children; this only owns the open/closed state, announced through aria-expanded.
 */
export default function MobileMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="menu-button inline-flex items-center gap-2 rounded border border-white/60 px-3 py-1.5 text-sm md:hidden"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" focusable="false">
          <path d={open ? 'M4 4l12 12M16 4L4 16' : 'M3 5h14M3 10h14M3 15h14'} stroke="currentColor" strokeWidth="2" />
        </svg>
        {label}
      </button>
      <div id={menuId} className={`site-menu w-full md:block md:w-auto ${open ? 'block' : 'hidden'}`}>
        {children}
      </div>
    </>
  );
}
