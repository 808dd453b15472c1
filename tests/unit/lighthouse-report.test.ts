import { describe, expect, it } from 'vitest';
import { CATEGORIES, METRICS, SEARCH_RESULTS_PATH, SKIPPED_AUDITS, THRESHOLDS, median, pagesToAudit, score100, summarise, type Run } from '../../src/lib/lighthouse-report.ts';
import type { PageType } from '../../src/lib/size-report.ts';

const page = (path: string, type: PageType, html: number) => ({ path, type, html });

describe('the pages Lighthouse audits', () => {
  it('are the heaviest of each type, in the report’s order, and search with results', () => {
    const audited = pagesToAudit([
      page('/hoofdstukken/licht/', 'chapter', 9_000),
      page('/hoofdstukken/zwaar/', 'chapter', 27_000),
      page('/', 'home', 5_000),
      page('/zoeken/', 'search', 4_000),
      page('/over/', 'other', 5_000),
      page('/correcties/', 'other', 21_000),
    ]);
    expect(audited).toEqual([
      { type: 'home', path: '/' },
      { type: 'chapter', path: '/hoofdstukken/zwaar/' },
      { type: 'search', path: SEARCH_RESULTS_PATH },
      { type: 'other', path: '/correcties/' },
    ]);
    expect(SEARCH_RESULTS_PATH).toMatch(/^\/zoeken\/\?q=./);
  });

  it('are chosen the same way on a tie', () => {
    const tie = [page('/b/', 'other', 1), page('/a/', 'other', 1)];
    expect(pagesToAudit(tie)).toEqual(pagesToAudit([...tie].reverse()));
  });

  it('skip only named audits, each with a reason', () => {
    for (const skip of Object.values(SKIPPED_AUDITS)) {
      expect(skip.audits.length).toBeGreaterThan(0);
      expect(skip.why.length).toBeGreaterThan(20);
    }
  });
});

describe('judging the runs', () => {
  const run = (performance: number, rest = 1, failed: string[] = []): Run => ({
    scores: { performance, accessibility: rest, 'best-practices': 1, seo: 1 },
    metrics: Object.fromEntries(METRICS.map((m, i) => [m, performance * 1000 + i])) as Run['metrics'],
    failedAudits: { accessibility: failed },
  });

  it('takes the median of each score and metric', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const result = summarise({ type: 'home', path: '/' }, [run(0.99), run(0.7), run(0.96)]);
    expect(result.median.scores.performance).toBe(0.96);
    expect(result.median.metrics['first-contentful-paint']).toBe(960);
    expect(result.below).toEqual([]);
  });

  it('fails below the thresholds: one slow run does not, a slow median does; accessibility must be perfect', () => {
    expect(THRESHOLDS.performance).toBe(0.95);
    for (const c of CATEGORIES.filter((c) => c !== 'performance')) expect(THRESHOLDS[c]).toBe(1);
    const slow = summarise({ type: 'home', path: '/' }, [run(0.99), run(0.9), run(0.94)]);
    expect(slow.below).toEqual([{ category: 'performance', score: 0.94, threshold: 0.95, audits: [] }]);
    const a11y = summarise({ type: 'home', path: '/' }, [run(1, 0.98, ['color-contrast']), run(1, 0.98, ['color-contrast', 'label']), run(1)]);
    expect(a11y.below).toEqual([{ category: 'accessibility', score: 0.98, threshold: 1, audits: ['color-contrast', 'label'] }]);
  });

  it('shows scores as Lighthouse does', () => {
    expect(score100(0.955)).toBe('96');
    expect(score100(1)).toBe('100');
  });
});
