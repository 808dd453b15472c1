// A figure's quote and note left the chapters' HTML (src/components/Cijfer.astro): its popover
// fetches them from the figures page's bronnen.json, and without JavaScript its link leads to the
// figure's entry. Both must carry exactly what the figure has, for every figure printed anywhere.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtPages, fileForPath } from '../helpers/dist.ts';
import { detailsOf } from '../../src/lib/client/figure-details.ts';
import type { FigureDetails } from '../../src/lib/figure-view.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const withFigures = pages.map((page) => ({ page, popovers: [...page.document.querySelectorAll('[popover][data-figure]')] })).filter((p) => p.popovers.length > 0);
const json = new Map<string, Record<string, FigureDetails>>();
const detailsFile = (url: string) => {
  if (!json.has(url)) {
    const file = fileForPath(url);
    json.set(url, file ? JSON.parse(readFileSync(file, 'utf8')) : {});
  }
  return json.get(url)!;
};

/** The text of the <dd> after the <dt> with this label in a figure's entry on its figures page. */
function entryField(entry: Element, label: string): string | undefined {
  const dt = [...entry.querySelectorAll('dt')].find((d) => d.textContent?.trim() === label);
  return dt?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
}

describe('figure details on demand', () => {
  it('there are figures to check', () => {
    expect(withFigures.length).toBeGreaterThan(5);
  });

  for (const { page, popovers } of withFigures) {
    it(`${page.path}: every figure’s details are in its figures page’s bronnen.json and in its entry, and not in this page`, () => {
      for (const popover of popovers) {
        const href = popover.querySelector('a[href]')!.getAttribute('href')!;
        const { url, id } = detailsOf(href, `http://localhost${page.path}`);
        const details = detailsFile(url)[id];
        expect(details, `${url} mist ${id}`).toBeDefined();
        // the popover starts with the same figure and measure the source line will name
        expect(popover.querySelector('strong')?.textContent).toBe(details!.figure);
        expect(popover.textContent).toContain(`${details!.figure}: ${details!.measures} (${details!.period}, ${details!.place}).`);
        // the long parts stay out of the page…
        expect(popover.querySelector('q')).toBeNull();
        if (details!.note) expect(popover.textContent).not.toContain(details!.note);
        // …and stand on the figure's entry, for readers without JavaScript
        const entry = byPath.get(href.split('#')[0]!)?.document.getElementById(id);
        expect(entry, href).not.toBeNull();
        expect(entryField(entry!, 'Citaat')).toBe(details!.quote ?? undefined);
        expect(entryField(entry!, 'Let op')).toBe(details!.note ?? undefined);
        expect(entryField(entry!, 'Wat het meet')).toBe(details!.measures);
      }
    });
  }
});
