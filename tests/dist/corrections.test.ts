// Corrections a reader can find: every correction on /correcties/ with its anchor, every page it
// names exists and links back to it, and the footer links the page from everywhere.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { builtPages } from '../helpers/dist.ts';
import { readYamlLists } from '../../src/lib/yaml-lists.ts';
import { correctionSchema } from '../../src/lib/corrections.ts';

const corrections = readYamlLists(join(import.meta.dirname, '..', '..', 'content', 'corrections')).map(({ file: _f, ...c }) => correctionSchema.parse(c));
const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === path);

describe('corrections', () => {
  it('are listed on /correcties/, each with its anchor, what was, what is and why', () => {
    const doc = page('/correcties/')!.document;
    for (const c of corrections) {
      const item = doc.getElementById(c.id);
      expect(item, c.id).not.toBeNull();
      expect(item!.textContent).toContain(c.was);
      expect(item!.textContent).toContain(c.now);
      expect(item!.textContent).toContain(c.why);
    }
    expect(doc.querySelector('a[href^="mailto:correcties@"], a[href^="mailto:"]')).not.toBeNull();
  });
  it('are shown on every page they changed, linking to what changed', () => {
    for (const c of corrections) {
      for (const path of c.pages) {
        const p = page(path);
        expect(p, path).toBeDefined();
        expect(p!.document.querySelector(`.page-correction a[href="/correcties/#${c.id}"]`), path).not.toBeNull();
      }
    }
  });
  it('are linked from the footer of every page', () => {
    for (const p of pages.filter((x) => !x.path.startsWith('/embed/'))) {
      expect(p.document.querySelector('footer a[href="/correcties/"]'), p.path).not.toBeNull();
    }
  });
});
