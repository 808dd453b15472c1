// Every built page against the weight budgets of ../shared/guide/QUALITY.md, measured as
// `npm run size` measures them (scripts/size-report-dist.ts): gzipped HTML with its inline CSS
// ≤ 14 kB, CSS ≤ 12 kB, JavaScript ≤ 5 kB on a page without a widget (search not yet opened) and
// ≤ 35 kB with one, its island included. The pages come from dist/, so a new page is covered
// the moment it is built. A page in src/lib/size-budgets.ts may be over, up to its ceiling.
import { describe, expect, it } from 'vitest';
import { measureSite } from '../../scripts/size-report-dist.ts';
import { DIST, builtPages } from '../helpers/dist.ts';
import { budgetsFor, formatKb, overBudget } from '../../src/lib/size-report.ts';
import { KNOWN_OVER_BUDGET } from '../../src/lib/size-budgets.ts';
import { WIDGETS } from '../../src/widgets/registry.ts';
import { embedPath, widgetPath } from '../../src/lib/widget-kit/urls.ts';

const pages = measureSite(DIST);

describe('page weight budgets', () => {
  it('measures every built page', () => {
    expect(pages.map((p) => p.path)).toEqual(builtPages().map((p) => p.path));
  });

  it('counts every registered widget’s island on its page and its embed, and no island elsewhere', () => {
    for (const { spec } of WIDGETS) {
      for (const path of [widgetPath(spec.name), embedPath(spec.name)]) {
        const page = pages.find((p) => p.path === path);
        expect(page, path).toBeDefined();
        expect(page!.widgets).toContain(spec.name);
        // D3 parts and the kit's runtime: several kB, never nothing
        expect(page!.islandJs, path).toBeGreaterThan(5_000);
      }
    }
    for (const page of pages.filter((p) => p.widgets.length === 0)) expect(page.islandJs, page.path).toBe(0);
  });

  it('lists as known exceptions only pages that exist', () => {
    const paths = new Set(pages.map((p) => p.path));
    expect(Object.keys(KNOWN_OVER_BUDGET).filter((p) => !paths.has(p))).toEqual([]);
  });

  for (const page of pages) {
    const budgets = budgetsFor(page);
    it(`${page.path} (${page.type}): HTML ≤ ${formatKb(budgets.html)}, CSS ≤ ${formatKb(budgets.css)}, JS ≤ ${formatKb(budgets.js)}`, () => {
      const over = overBudget(page);
      const known = KNOWN_OVER_BUDGET[page.path];
      const said = over.map((o) => `${o.measure} ${formatKb(o.size)} (${o.size} B) > ${formatKb(o.budget)}`).join('; ');
      if (!known) {
        expect(over, `${page.path} is te zwaar: ${said}. Zie npm run size.`).toEqual([]);
        return;
      }
      expect(over.length, `${page.path} haalt zijn budget nu: haal hem uit src/lib/size-budgets.ts`).toBeGreaterThan(0);
      for (const o of over) {
        const ceiling = known.ceiling[o.measure];
        expect(ceiling, `${page.path}: ${o.measure} is over budget (${said}) zonder plafond in src/lib/size-budgets.ts`).toBeDefined();
        expect(o.size, `${page.path}: ${o.measure} groeide tot ${o.size} B, boven het plafond van ${ceiling} B (src/lib/size-budgets.ts)`).toBeLessThanOrEqual(ceiling!);
      }
    });
  }
});
