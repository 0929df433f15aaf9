'use client';

import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';

/** The parts of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindHit> }[] }>;
}
interface PagefindHit {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string; datetime?: string };
}

/** Interface text from the messages, passed in so no message catalogue is sent to the browser. */
interface SearchLabels {
  label: string;
  placeholder: string;
  submit: string;
  searching: string;
  /** Contains {query}. */
  noResults: string;
  /** Contain {count}. */
  resultOne: string;
  resultOther: string;
  unavailable: string;
}

interface Hit {
  href: string;
  title: string;
  date?: string;
  datetime?: string;
  excerpt: string;
}

const MAX_RESULTS = 20;

/** Pagefind builds a file path per page; the site serves the same page without ".html". */
function pageHref(url: string): string {
  return url.replace(/\.html$/, '').replace(/\/index$/, '') || '/';
}

export default function SearchBox({ labels }: { labels: SearchLabels }) {
  const input = useRef<HTMLInputElement>(null);
  const debounce = useRef<number | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [state, setState] = useState<'idle' | 'searching' | 'error'>('idle');
  const pagefind = useRef<Promise<Pagefind> | null>(null);
  const latest = useRef('');

  const run = useCallback(async (text: string) => {
    latest.current = text;
    const trimmed = text.trim();
    const url = new URL(window.location.href);
    if (trimmed) url.searchParams.set('q', trimmed);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (!trimmed) {
      setHits(null);
      return;
    }
    setState('searching');
    try {
      // Loaded on first use only, from the index that `npm run build` writes beside the pages.
      pagefind.current ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ '/pagefind/pagefind.js' as string).then(
        async (module: Pagefind) => {
          await module.options({ excerptLength: 40 });
          return module;
        },
      );
      const engine = await pagefind.current;
      const { results } = await engine.search(trimmed);
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (latest.current !== text) return; // a newer query has started
      setHits(
        data.map((hit) => ({
          href: pageHref(hit.url),
          title: hit.meta.title ?? hit.url,
          date: hit.meta.date,
          datetime: hit.meta.datetime,
          excerpt: hit.excerpt,
        })),
      );
      setState('idle');
    } catch {
      pagefind.current = null;
      setState('error');
    }
  }, []);

  const change = useCallback(
    (text: string) => {
      setQuery(text);
      window.clearTimeout(debounce.current);
      debounce.current = window.setTimeout(() => void run(text), 200);
    },
    [run],
  );

  // A shared link such as /zh/search?q=科技 runs its query on arrival.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q');
    if (initial && input.current) {
      input.current.value = initial;
      change(initial);
    }
  }, [change]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    window.clearTimeout(debounce.current);
    void run(input.current?.value ?? query);
  };

  // The plural form by the page's language rules (Intl), not by `count === 1`. next-intl's ICU formatter would do the
  // same, but would send its message parser to the browser: 14.7 KB gzipped for two sentences (docs/testing.md).
  const countText = (count: number) => {
    const form = new Intl.PluralRules(document.documentElement.lang).select(count) === 'one' ? labels.resultOne : labels.resultOther;
    return form.replace('{count}', String(count));
  };

  return (
    <div className="needs-script">
      <form role="search" onSubmit={submit} className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="search-query" className="sr-only">
          {labels.label}
        </label>
        <input
          id="search-query"
          type="search"
          name="q"
          ref={input}
          defaultValue=""
          onChange={(event) => change(event.target.value)}
          placeholder={labels.placeholder}
          autoComplete="off"
          className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-4 py-2 text-base focus-visible:outline-3 focus-visible:outline-[#f5b700]"
        />
        <button type="submit" className="rounded bg-brand px-6 py-2 font-semibold text-white hover:bg-brand-dark">
          {labels.submit}
        </button>
      </form>
      <div aria-live="polite" className="mt-6">
        {state === 'searching' && hits === null ? <p className="text-slate-600">{labels.searching}</p> : null}
        {state === 'error' ? <p className="text-red-700">{labels.unavailable}</p> : null}
        {hits !== null && state !== 'error' ? (
          hits.length === 0 ? (
            <p className="search-empty text-slate-700">{labels.noResults.replace('{query}', query.trim())}</p>
          ) : (
            <>
              <p className="text-sm text-slate-600">{countText(hits.length)}</p>
              <ul className="search-results mt-2 divide-y divide-slate-200">
                {hits.map((hit) => (
                  <li key={hit.href} className="py-4">
                    <a href={hit.href} className="text-lg font-semibold text-brand hover:underline">
                      {hit.title}
                    </a>
                    {hit.date ? (
                      <time dateTime={hit.datetime} className="ml-3 text-sm text-slate-600">
                        {hit.date}
                      </time>
                    ) : null}
                    {/* Pagefind escapes the page text and adds only <mark> around the matches. */}
                    <p
                      className="mt-1 text-slate-700 [&_mark]:bg-amber-200 [&_mark]:text-slate-900"
                      dangerouslySetInnerHTML={{ __html: hit.excerpt }}
                    />
                  </li>
                ))}
              </ul>
            </>
          )
        ) : null}
      </div>
    </div>
  );
}
