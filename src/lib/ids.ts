// Unique element ids for components that may appear several times on one page (the same figure
// cited twice must not produce a duplicate id). Counted per page, so an id depends only on what
// stands on that page before it, never on which other pages the build rendered first: the same
// page always gets the same ids, and a link to #lijngrafiek-2 keeps pointing at the same chart.
const counters = new Map<string, Map<string, number>>();

/** `page` is the page's path (Astro.url.pathname). */
export function nextId(prefix: string, page: string): string {
  let perPage = counters.get(page);
  if (!perPage) counters.set(page, (perPage = new Map()));
  const n = (perPage.get(prefix) ?? 0) + 1;
  perPage.set(prefix, n);
  return n === 1 ? prefix : `${prefix}-${n}`;
}
