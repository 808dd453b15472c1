// Part of `npm run bench`: search, as a reader meets it and query by query.
// - Landing on /zoeken/?q=…, cold (a fresh browser context): the time from navigation to the first
//   result on screen, and the bytes the page and its search fetched.
// - Query after query with Pagefind's JavaScript API on the search page, as the search UI calls
//   it (the same ranking): the time to the first result's data, and the bytes each query fetched
//   (its worker's WebAssembly and index on the first query; index chunks and the first result's
//   fragment after that), counted from the responses the browser context received, so that the
//   requests of Pagefind's web worker count too.
import type { Browser, BrowserContext } from 'playwright-core';
import { SEARCH_RANKING } from '../src/lib/search-ranking.ts';
import { stats, type Stats } from '../src/lib/bench.ts';

export const QUERIES = ['bijstand', 'participatiewet', 'klantmanager', 'gemeente', 'Rotterdam', 'granieten bestand', 'uitkering', 'armoede', 'loonkostensubsidie', 'werk'];

export interface SearchBench {
  landing: { query: string; firstResultMs: number; bytes: number; results: number }[];
  landingStats: Stats;
  /** bytes of the search page itself and of loading Pagefind's script, before any query */
  pagefindLoadBytes: number;
  queries: { query: string; ms: number; bytes: number; results: number }[];
  /** after the first query, which loads Pagefind itself */
  warm: Stats;
  warmBytes: Stats;
}

/** Bytes that came over the network in a browser context, counted per response (worker requests too). */
function byteCounter(context: BrowserContext): { total(): number; settle(): Promise<void> } {
  let total = 0;
  const pending = new Set<Promise<void>>();
  context.on('requestfinished', (request) => {
    const p = request
      .sizes()
      .then((s) => void (total += s.responseBodySize + s.responseHeadersSize))
      .catch(() => undefined)
      .finally(() => pending.delete(p));
    pending.add(p);
  });
  return {
    total: () => total,
    // responses are counted a moment after they end: wait for the count to catch up
    settle: async () => {
      await new Promise((r) => setTimeout(r, 150));
      await Promise.all(pending);
    },
  };
}

export async function benchSearch(browser: Browser, baseUrl: string): Promise<SearchBench> {
  const landing: SearchBench['landing'] = [];
  for (const query of QUERIES.slice(0, 5)) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const bytes = byteCounter(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/zoeken/?q=${encodeURIComponent(query)}`);
    const firstResultMs = await page
      .waitForFunction(() => (document.querySelector('pagefind-results .pf-result-link') ? performance.now() : false), null, { timeout: 30_000, polling: 'raf' })
      .then((h) => h.jsonValue() as Promise<number>);
    await bytes.settle();
    const results = await page.locator('pagefind-results .pf-result').count();
    landing.push({ query, firstResultMs, bytes: bytes.total(), results });
    await context.close();
  }

  const context = await browser.newContext();
  const bytes = byteCounter(context);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/zoeken/`);
  await bytes.settle();
  await page.evaluate(async (ranking) => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ url);
    await pagefind.options({ ranking });
    (window as unknown as { benchPagefind: unknown }).benchPagefind = pagefind;
  }, SEARCH_RANKING);
  await bytes.settle();
  const loadBytes = bytes.total();
  const queries: SearchBench['queries'] = [];
  for (const query of QUERIES) {
    const before = bytes.total();
    const measured = await page.evaluate(async (q) => {
      const pagefind = (window as unknown as { benchPagefind: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }).benchPagefind;
      const t0 = performance.now();
      const found = await pagefind.search(q);
      if (found.results[0]) await found.results[0].data();
      return { ms: performance.now() - t0, results: found.results.length };
    }, query);
    await bytes.settle();
    queries.push({ query, ...measured, bytes: bytes.total() - before });
  }
  await context.close();
  const warm = queries.slice(1);
  return {
    landing,
    landingStats: stats(landing.map((l) => l.firstResultMs)),
    pagefindLoadBytes: loadBytes,
    queries,
    warm: stats(warm.map((q) => q.ms)),
    warmBytes: stats(warm.map((q) => q.bytes)),
  };
}
