// The claim-by-claim record (content/claims/<document>.yaml): every entry valid, about a page that
// exists, with words that still stand on that page. (Its snippets are checked against the source
// texts by `npm run verify:sources`, which has them.)
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { claimOnPage, claimSchema } from '../../src/lib/claims.ts';
import { sourceSchema } from '../../src/lib/sources.ts';

const root = join(import.meta.dirname, '..', '..');
const claimDir = join(root, 'content', 'claims');
const documents = (parse(readFileSync(join(root, 'content/sources.yaml'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s).id);
const files = readdirSync(claimDir).filter((f) => f.endsWith('.yaml'));

describe('claim schema', () => {
  const base = { page: 'onder-druk/granieten-kern', text: 'het derde antwoord is van De Haven Smith', holder: 'geciteerd', who: 'De Haven Smith, in het essay', lines: [65, 84], snippet: 'een woord of drie', check: 'klopt' };
  it('accepts a checked claim, and our own reading without lines', () => {
    expect(claimSchema.safeParse(base).success).toBe(true);
    expect(claimSchema.safeParse({ ...base, holder: 'site', lines: undefined, snippet: undefined }).success).toBe(true);
  });
  it('refuses a document claim without lines, and a correction without a note', () => {
    expect(claimSchema.safeParse({ ...base, lines: undefined }).success).toBe(false);
    expect(claimSchema.safeParse({ ...base, check: 'gecorrigeerd' }).success).toBe(false);
    expect(claimSchema.safeParse({ ...base, check: 'gecorrigeerd', note: 'Stond als Hilhorsts eigen antwoord.' }).success).toBe(true);
  });
  it('finds a claim on its page through markup and figures', () => {
    const page = 'Volgens <Term id="x">De Haven Smith</Term> ligt het aan **de regels**, niet aan [de mensen](/a/).';
    expect(claimOnPage({ text: 'volgens De Haven Smith ligt het aan de regels, niet aan de mensen' }, page)).toBe(true);
    expect(claimOnPage({ text: 'volgens Hilhorst ligt het aan de regels' }, page)).toBe(false);
  });
});

for (const file of files) {
  describe(`content/claims/${file}`, () => {
    const entries = parse(readFileSync(join(claimDir, file), 'utf8')) as unknown[];
    it('is named after a document and holds valid claims', () => {
      expect(documents).toContain(file.replace(/\.yaml$/, ''));
      expect(Array.isArray(entries)).toBe(true);
      for (const [i, e] of entries.entries()) {
        const parsed = claimSchema.safeParse(e);
        expect(parsed.success, `${file} #${i + 1}: ${parsed.success ? '' : parsed.error.issues.map((x) => x.message).join('; ')}`).toBe(true);
      }
    });
    it("has claims whose words still stand on their pages", () => {
      const missing: string[] = [];
      for (const e of entries.map((x) => claimSchema.parse(x))) {
        const path = join(root, 'content', 'chapters', `${e.page}.mdx`);
        if (!existsSync(path)) missing.push(`${e.page}: pagina bestaat niet`);
        else if (!claimOnPage(e, readFileSync(path, 'utf8'))) missing.push(`${e.page}: "${e.text}"`);
      }
      expect(missing).toEqual([]);
    });
  });
}
