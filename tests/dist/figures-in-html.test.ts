// A figure in a chapter always comes with its source, also without JavaScript.
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

const chapters = builtPages().filter((p) => p.path.startsWith('/hoofdstukken/') && p.path !== '/hoofdstukken/');
const documentChapters = chapters.filter((p) => (p.document.querySelector('.kicker')?.textContent ?? '').startsWith('Samenvatting'));

describe('figures in chapters', () => {
  it('there are document chapters to check', () => {
    expect(documentChapters.length).toBeGreaterThan(0);
  });

  for (const page of chapters) {
    it(`${page.path}: every figure has a source popover that links to its verantwoording`, () => {
      const figures = [...page.document.querySelectorAll('.cijfer')];
      if (documentChapters.includes(page)) expect(figures.length).toBeGreaterThan(0);
      for (const f of figures) {
        const button = f.querySelector('button[popovertarget]');
        expect(button).not.toBeNull();
        const popover = page.document.getElementById(button!.getAttribute('popovertarget')!);
        expect(popover?.hasAttribute('popover')).toBe(true);
        const link = popover!.querySelector('a[href^="/cijfers/"]');
        expect(link?.getAttribute('href')).toMatch(/^\/cijfers\/[a-z0-9-]+\/#[a-z0-9-]+$/);
        expect(popover!.textContent).toMatch(/Bron volgens het stuk:|Staat in:/);
      }
    });

    it(`${page.path}: has the sections of its kind of chapter and a citation`, () => {
      const headings = [...page.document.querySelectorAll('h2')].map((h) => h.textContent?.trim());
      const kicker = page.document.querySelector('.kicker')?.textContent ?? '';
      const isSubPage = page.path.split('/').filter(Boolean).length > 2;
      const required = !kicker.startsWith('Samenvatting')
        ? ['Citeer deze pagina'] // theme chapters have their own structure
        : isSubPage
          ? ['In het kort', 'Het betoog', 'Bron en citeren', 'Citeer deze pagina']
          : ['In het kort', 'Over dit stuk', 'Het betoog', 'Kerncijfers', 'Voorstellen', 'Verbanden', 'Vragen om over na te denken', 'Bron en citeren', 'Citeer deze pagina'];
      for (const h of required) expect(headings, h).toContain(h);
      expect(page.document.querySelector('[data-citation]')?.textContent).toMatch(/Geraadpleegd op .* van https?:\/\//);
    });
  }
});
