// Long chart tables live on a page of their own (/cijfers/reeksen/<dataset>/), which the chart's
// folded table links to and, with JavaScript, fetches: that table must hold exactly the points the
// chart draws, and no page carries a long table inline any more.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { readDataset } from '../../src/lib/datasets.ts';
import { datasetTable } from '../../src/lib/dataset-table.ts';

/** Rows a page may carry in one chart's table; longer ones belong on their own page. */
const MAX_INLINE_ROWS = 100;

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const linked = pages.flatMap((page) => [...page.document.querySelectorAll('figure.lijngrafiek details[data-table-from]')].map((details) => ({ page, details })));
const cells = (row: Element) => [...row.children].map((c) => (c.querySelector('.sr-only') ? null : c.textContent!.trim()));

describe('long chart tables on their own page', () => {
  it('there are charts whose table lives elsewhere', () => {
    expect(linked.length).toBeGreaterThan(0);
  });

  for (const { page, details } of linked) {
    const href = details.getAttribute('data-table-from')!;
    it(`${page.path}: the table of ${href} has exactly the chart's points, and the link says how many`, () => {
      expect(details.querySelector('a')?.getAttribute('href')).toBe(href);
      expect(details.closest('figure')!.querySelector('table')).toBeNull();
      const target = byPath.get(href);
      expect(target, href).toBeDefined();
      const table = target!.document.querySelector('[data-dataset-table] table')!;
      const rows = [...table.querySelectorAll('tbody tr')].map(cells);
      const n = Number(/Alle (\d+) punten/.exec(details.textContent ?? '')?.[1]);
      expect(rows).toHaveLength(n);
      // the same cells as a table built from the dataset itself, which the chart draws
      const expected = datasetTable(readDataset(href.split('/').filter(Boolean).at(-1)!));
      expect(rows).toEqual(expected.rows.map((r) => [r.head, ...r.cells]));
      expect(table.querySelector('caption')?.textContent).toContain(expected.caption);
      for (const row of rows) for (const c of row.slice(1)) if (c) expect(c).not.toMatch(/\d\.\d{1,2}$/);
    });
  }

  for (const page of pages) {
    const charts = [...page.document.querySelectorAll('figure.lijngrafiek, figure.vergelijking')];
    if (charts.length === 0) continue;
    it(`${page.path}: no chart carries more than ${MAX_INLINE_ROWS} table rows in the page`, () => {
      for (const chart of charts) expect(chart.querySelectorAll('tbody tr').length).toBeLessThanOrEqual(MAX_INLINE_ROWS);
    });
  }
});
