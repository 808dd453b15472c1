// The kit's smaller parts: data vintages in the link contract, the standalone download files
// and the URL helpers.
import { describe, expect, it } from 'vitest';
import { decodeVintage, outdatedMessage, vintageDataPath, vintageQuery, type VintageSpec } from '../../src/lib/widget-kit/vintage.ts';
import { standaloneSize, standaloneSvg, previewSvg, wrapText } from '../../src/lib/widget-kit/standalone.ts';
import { joinQuery } from '../../src/lib/widget-kit/urls.ts';
import { parseSvg } from '../helpers/svg.ts';

const vintages: VintageSpec = {
  released: [
    { id: '2018-11', label: 'CBS, stand november 2018', released: '2026-12-01' },
    { id: '2026-03', label: 'CBS, stand maart 2026', released: '2027-03-15' },
  ],
};

describe('data vintages', () => {
  it('a link without data= shows the newest, without a notice', () => {
    expect(decodeVintage(vintages, '')).toMatchObject({ vintage: { id: '2026-03' }, outdated: false, notices: [] });
  });
  it('a link from before an update keeps its vintage, and says newer figures exist', () => {
    const choice = decodeVintage(vintages, '?jaren=2008..2014&data=2018-11');
    expect(choice).toMatchObject({ vintage: { id: '2018-11' }, newest: { id: '2026-03' }, outdated: true, notices: [] });
    expect(outdatedMessage(choice)).toMatch(/CBS, stand november 2018.*nieuwere cijfers \(CBS, stand maart 2026\)/);
  });
  it('an unknown vintage shows the newest with a notice; a namespace reads its own', () => {
    expect(decodeVintage(vintages, '?data=1999-01')).toMatchObject({ vintage: { id: '2026-03' }, notices: [{ code: 'ongeldige-waarde' }] });
    expect(decodeVintage(vintages, '?a.data=2018-11&data=2026-03', 'a').vintage.id).toBe('2018-11');
    expect(decodeVintage(vintages, '?data=%202018-11').notices.map((n) => n.code)).toEqual(['spaties']);
  });
  it('writes and finds vintages', () => {
    expect(vintageQuery(vintages.released[0]!)).toBe('data=2018-11');
    expect(vintageQuery(vintages.released[0]!, 'tijd')).toBe('tijd.data=2018-11');
    expect(vintageDataPath('bijstand-in-de-tijd', '2018-11')).toBe('/grafieken/bijstand-in-de-tijd/data/2018-11.json');
  });
});

describe('standalone downloads', () => {
  const chart = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100" class="widget-svg" aria-labelledby="a b" width="100%" height="100"><rect width="300" height="100"/></svg>';
  const text = { title: 'De gordijnbeweging: crisis met participatiefonds', state: 'Conjunctuur: diepe crisis, met participatiefonds.', source: 'Schematisch, naar Rodenburg in ‘Werk aan de winkel’ & anderen', link: 'https://example.nl/grafieken/gordijnbeweging/crisis-met-fonds/' };
  it('carries the title, the state, the source and the link, escaped, around the chart', () => {
    const file = standaloneSvg(chart, { width: 300, height: 100 }, text);
    const svg = parseSvg(file);
    const words = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const part of ['De gordijnbeweging', 'diepe crisis', 'Rodenburg', '& anderen', 'https://example.nl/grafieken/gordijnbeweging/crisis-met-fonds/']) expect(words).toContain(part);
    expect(file).toContain('&amp; anderen');
    const inner = svg.querySelector('svg')!;
    expect(inner.getAttribute('viewBox')).toBe('0 0 300 100');
    expect(inner.getAttribute('aria-labelledby')).toBeNull();
    expect(inner.getAttribute('width')).toBe('300');
    const size = standaloneSize(file);
    expect(size.width).toBe(332);
    expect(size.height).toBeGreaterThan(100 + 60);
    expect(standaloneSvg(chart, { width: 300, height: 100 }, text, 2)).toContain(`width="${332 * 2}"`);
  });
  it('wraps long lines to the width', () => {
    const lines = wrapText('een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien', 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.floor(120 / (12 * 0.58)));
  });
  it('a social preview is 1200×630 with the title', () => {
    const svg = parseSvg(previewSvg(chart, { width: 300, height: 100 }, { ...text, site: 'Bijstand uitgelegd' }));
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['1200', '630']);
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ')).toContain('crisis met participatiefonds');
  });
});

describe('url helpers', () => {
  it('joins queries', () => {
    expect(joinQuery('?a=1', 'data=x')).toBe('?a=1&data=x');
    expect(joinQuery('', 'data=x')).toBe('?data=x');
    expect(joinQuery('', '')).toBe('');
  });
});
