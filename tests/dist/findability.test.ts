// What a journalist looks for is linked where they look: the comparison page from the figures
// index, the home page and every comparison chart; where to find each source on /bronnen/.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === path)!;

describe('findability', () => {
  it('links the comparison page from the figures index, the home page and every comparison chart', () => {
    for (const path of ['/', '/cijfers/']) expect(page(path).document.querySelector('main a[href="/cijfers/vergelijken/"]'), path).not.toBeNull();
    const withCharts = pages.filter((p) => p.path !== '/cijfers/vergelijken/' && p.document.querySelector('.vergelijking'));
    expect(withCharts.length).toBeGreaterThan(0);
    for (const p of withCharts) {
      for (const chart of p.document.querySelectorAll('.vergelijking')) expect(chart.querySelector('a[href="/cijfers/vergelijken/"]'), p.path).not.toBeNull();
    }
  });
  it('says on /bronnen/ where each document can be found', () => {
    const doc = page('/bronnen/').document;
    const sections = [...doc.querySelectorAll('main section')];
    expect(sections.length).toBe(5);
    for (const s of sections) {
      const dts = [...s.querySelectorAll('dt')].map((d) => d.textContent!.trim());
      expect(dts, s.querySelector('h2')!.textContent!).toContain('Waar te vinden');
    }
  });
});
