// The Lighthouse gate, as pure helpers for scripts/lighthouse.ts: which pages it audits (the
// heaviest built page of each type, and search with results), the thresholds of
// ../shared/guide/QUALITY.md, and the medians over several runs. Lighthouse scores move with the
// load on the machine (its performance score replays the page's own CPU time), so a page is
// judged on the median of its runs, never on one.
import { PAGE_TYPES, type PageSize, type PageType } from './size-report.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The lowest median score that passes: performance on a noisy shared machine, the rest exactly. */
export const THRESHOLDS: Record<Category, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };

/** The metrics reported with the scores (Lighthouse audit ids), in milliseconds except CLS. */
export const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;
export type Metric = (typeof METRICS)[number];

/** Search is audited with results, as a reader arriving from a search link sees it. */
export const SEARCH_RESULTS_PATH = '/zoeken/?q=bijstand';

/**
 * Audits left out for a page type, on purpose, with why. Lighthouse then scores the category on
 * its other audits, so everything else still counts.
 */
export const SKIPPED_AUDITS: Partial<Record<PageType, { audits: string[]; why: string }>> = {
  embed: {
    audits: ['is-crawlable'],
    why: 'een embed draagt noindex: zoekmachines horen de widgetpagina te vinden, waar zijn canonical naar wijst',
  },
};

export interface AuditedPage {
  type: PageType;
  path: string;
}

/**
 * One page per page type: the heaviest (most HTML) of that type, as the one most likely to miss;
 * search with a query. Types in the size report's order; types without pages are left out.
 */
export function pagesToAudit(pages: readonly Pick<PageSize, 'path' | 'type' | 'html'>[]): AuditedPage[] {
  return PAGE_TYPES.flatMap(({ type }): AuditedPage[] => {
    const ofType = pages.filter((p) => p.type === type);
    if (ofType.length === 0) return [];
    if (type === 'search') return [{ type, path: SEARCH_RESULTS_PATH }];
    const heaviest = ofType.reduce((a, b) => (b.html > a.html || (b.html === a.html && b.path < a.path) ? b : a));
    return [{ type, path: heaviest.path }];
  });
}

export interface Run {
  /** Lighthouse's measure of the host's CPU speed at the start of the run: lower on a busy machine */
  benchmarkIndex?: number;
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
  /** ids of the audits that did not pass, per category other than performance */
  failedAudits: Partial<Record<Category, string[]>>;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: geen waarden');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface PageResult extends AuditedPage {
  runs: Run[];
  median: { scores: Record<Category, number>; metrics: Record<Metric, number> };
  /** categories whose median is below the threshold, with the audits that failed in any run */
  below: { category: Category; score: number; threshold: number; audits: string[] }[];
}

export function summarise(page: AuditedPage, runs: readonly Run[]): PageResult {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<Category, number>;
  const metrics = Object.fromEntries(METRICS.map((m) => [m, median(runs.map((r) => r.metrics[m]))])) as Record<Metric, number>;
  const below = CATEGORIES.filter((c) => scores[c] < THRESHOLDS[c]).map((c) => ({
    category: c,
    score: scores[c],
    threshold: THRESHOLDS[c],
    audits: [...new Set(runs.flatMap((r) => r.failedAudits[c] ?? []))].sort(),
  }));
  return { ...page, runs: [...runs], median: { scores, metrics }, below };
}

/** "98" for a score of 0.98: as Lighthouse shows it. */
export const score100 = (score: number) => String(Math.round(score * 100));
