import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { figureIdsIn, sectionHtml, sectionItems } from '../../src/lib/chapter-sections.ts';

const html = `<div id="root"><h2 id="in-het-kort">In het kort</h2><ul><li>Een <dfn>begrip</dfn><button class="term-knop">?</button><span popover>uitleg</span></li>
<li>Een cijfer <span class="cijfer">413.000</span><span popover data-figure><a href="/cijfers/onder-druk/#od-aantal">Verantwoording</a></span></li></ul>
<h3 id="sub">Onder</h3><p>Nog in het kort.</p>
<h2 id="het-betoog">Het betoog</h2><p>Niet in de hand-out.</p>
<h2 id="vragen-om-over-na-te-denken">Vragen om over na te denken</h2><ol><li>Eerste vraag?</li><li>Tweede <dfn>vraag</dfn><button class="term-knop">?</button><span popover>x</span>?</li></ol></div>`;
const root = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.getElementById('root')!;

describe('sections of a rendered chapter', () => {
  it('takes a section from its h2 up to the next h2, sub-headings included', () => {
    const out = sectionHtml(root, 'in-het-kort');
    expect(out).toContain('In het kort');
    expect(out).toContain('Nog in het kort.');
    expect(out).not.toContain('Niet in de hand-out');
  });
  it('takes the last section up to the end, and nothing for an unknown id', () => {
    expect(sectionHtml(root, 'vragen-om-over-na-te-denken')).toContain('Tweede');
    expect(sectionHtml(root, 'bestaat-niet')).toBe('');
  });
  it('demotes headings and can drop the section heading', () => {
    const out = sectionHtml(root, 'in-het-kort', { demote: 1 });
    expect(out).toMatch(/^<h3 id="in-het-kort">In het kort<\/h3>/);
    expect(out).toContain('<h4 id="sub">Onder</h4>');
    expect(sectionHtml(root, 'in-het-kort', { withoutHeading: true })).not.toContain('In het kort</h');
  });
  it('lists the questions as plain text, without the explanation popovers', () => {
    expect(sectionItems(root, 'vragen-om-over-na-te-denken')).toEqual(['Eerste vraag?', 'Tweede <dfn>vraag</dfn>?']);
  });
  it('finds the figures a section prints, by the link to their entry', () => {
    const box = root.ownerDocument.createElement('div');
    box.innerHTML = sectionHtml(root, 'in-het-kort');
    expect(figureIdsIn(box)).toEqual(['od-aantal']);
    box.innerHTML = sectionHtml(root, 'het-betoog');
    expect(figureIdsIn(box)).toEqual([]);
  });
});
