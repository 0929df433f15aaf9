export const NEWS_PER_PAGE = 10;

export function pageCount(total: number, perPage = NEWS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items of one 1-based page, or null when the page does not exist. */
export function pageItems<T>(items: readonly T[], page: number, perPage = NEWS_PER_PAGE): T[] | null {
  if (!Number.isInteger(page) || page < 1 || page > pageCount(items.length, perPage)) return null;
  return items.slice((page - 1) * perPage, page * perPage);
}

/** Page numbers from 2 up: page 1 lives at the list's own URL. */
export function extraPageNumbers(total: number, perPage = NEWS_PER_PAGE): number[] {
  return Array.from({ length: pageCount(total, perPage) - 1 }, (_, index) => index + 2);
}

/** Parses a page segment strictly: "2" is a page, "02", "2x" and "1" are not. */
export function parsePageParam(value: string): number | null {
  return /^[1-9]\d*$/.test(value) && value !== '1' ? Number(value) : null;
}

/** A gap between page numbers in a page window, drawn as an ellipsis. */
export const GAP = 'gap';

/**
 * The page links a list shows: the first, the last, the current page and `radius` pages on each
 * side, with a gap where numbers are left out. Its length never grows with the number of pages.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | typeof GAP)[] {
  const shown = new Set([1, total]);
  for (let page = Math.max(1, current - radius); page <= Math.min(total, current + radius); page += 1) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  // A gap of exactly one page would hide a single number behind an ellipsis: show the number instead.
  return pages.flatMap((page, index) => {
    const previous = pages[index - 1];
    if (previous === undefined || page === previous + 1) return [page];
    return page === previous + 2 ? [previous + 1, page] : [GAP, page];
  });
}
