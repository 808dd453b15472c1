// Every chapter has a handout, and the handout shows the chapter's own summary and questions
// (taken from the rendered chapter, not typed again), and a table of figures with their source.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { builtPages } from '../helpers/dist.ts';
import { projectPath } from '../../src/lib/project-root.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));

/** The text of the list items under the h2 with this id, up to the next h2. */
function items(doc: Document, id: string): string[] {
  const out: string[] = [];
  let el = doc.getElementById(id)?.nextElementSibling;
  while (el && el.tagName !== 'H2') {
    for (const li of el.querySelectorAll('li')) out.push((li.textContent ?? '').replace(/\s+/g, ' ').trim());
    el = el.nextElementSibling;
  }
  return out;
}

describe('handouts', () => {
  it('exist for every chapter that is not a part of another', () => {
    // the parts of a chapter live in a folder of their own (content/chapters/<chapter>/)
    const tops = readdirSync(projectPath('content', 'chapters')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
    expect(tops.length).toBeGreaterThanOrEqual(8);
    for (const id of tops) expect(byPath.has(`/studenten/hand-out/${id}/`), id).toBe(true);
  });

  for (const handout of pages.filter((p) => p.path.startsWith('/studenten/hand-out/'))) {
    it(`${handout.path}: the chapter's own summary and questions, figures with a source, and out of search`, () => {
      const chapter = byPath.get(handout.path.replace('/studenten/hand-out/', '/hoofdstukken/'))!;
      expect(chapter).toBeDefined();
      const doc = handout.document;
      for (const id of ['in-het-kort', 'vragen-om-over-na-te-denken']) {
        const own = items(chapter.document, id);
        expect(own.length, `${id} in het hoofdstuk`).toBeGreaterThan(0);
        expect(items(doc, id)).toEqual(own);
      }
      for (const row of doc.querySelectorAll('.hand-out-cijfers tbody tr')) {
        expect(row.querySelector('th')!.textContent).toMatch(/\d|helft|derde|kwart|miljoen|meeste/i);
        expect(row.querySelectorAll('td')[1]!.textContent!.trim().length, 'bron').toBeGreaterThan(10);
      }
      expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
      expect(doc.querySelector(`a[href="${chapter.path}"]`), 'link naar het hoofdstuk').not.toBeNull();
    });
  }
});
