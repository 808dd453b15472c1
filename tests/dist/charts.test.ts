// Every static chart in the built site went through the chart kit: one named image, sized by CSS,
// with direct labels that do not overlap and Dutch numbers in its text and table.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { FONT } from '../../src/lib/charts/theme.ts';

const pages = builtPages()
  .map((page) => ({ page, charts: [...page.document.querySelectorAll('figure.lijngrafiek, figure.vergelijking')] }))
  .filter((p) => p.charts.length > 0);

describe('static charts', () => {
  it('there are line charts and comparison charts to check', () => {
    const all = pages.flatMap((p) => p.charts);
    expect(all.some((c) => c.classList.contains('lijngrafiek'))).toBe(true);
    expect(all.some((c) => c.classList.contains('vergelijking'))).toBe(true);
  });

  for (const { page, charts } of pages) {
    it(`${page.path}: every chart is one image with a name that exists, sized by CSS`, () => {
      for (const chart of charts) {
        const svg = chart.querySelector('svg')!;
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.querySelectorAll('[aria-label], [aria-description]')).toHaveLength(0);
        const name = svg.getAttribute('aria-label') ?? (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => page.document.getElementById(id)?.textContent ?? '').join(' ');
        expect(name.trim().length).toBeGreaterThan(10);
        expect(svg.hasAttribute('width') || svg.hasAttribute('height')).toBe(false);
        expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
        // no inline CSS for the Content-Security-Policy to block (src/lib/charts/plot.ts), and so no
        // `white-space: pre` from Plot's <style>: no text may need it
        expect(svg.hasAttribute('style')).toBe(false);
        expect(svg.querySelector('style')).toBeNull();
        for (const t of svg.querySelectorAll('text, tspan')) expect(t.textContent ?? '', 'spaties').not.toMatch(/\s\s|^\s|\s$/);
      }
    });

    it(`${page.path}: direct labels of a line chart never overlap`, () => {
      for (const chart of charts) {
        const labels = [...chart.querySelectorAll('text.bu-direct-label')].map((t) => ({ x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')) }));
        // a line chart labels its lines with the shared part (colour is not the only carrier)
        if (chart.classList.contains('lijngrafiek')) expect(labels.length).toBeGreaterThan(0);
        for (const [i, a] of labels.entries())
          for (const b of labels.slice(i + 1)) if (Math.abs(a.x - b.x) < 60) expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(FONT.base);
      }
    });

    it(`${page.path}: numbers in a chart's summary, table and tick labels use decimal commas`, () => {
      for (const chart of charts) {
        const texts = [chart.querySelector('figcaption')?.textContent ?? '', ...[...chart.querySelectorAll('td, svg text')].map((t) => t.textContent ?? '')];
        for (const text of texts) expect(text, text).not.toMatch(/\d\.\d{1,2}(?!\d)/);
      }
    });
  }
});
