// Maintainer aid: fills in `documents` (which of the five documents use the term) for glossary
// entries that do not have it yet, from the source texts (SOURCES_DIR, default ../shared/seeds).
// `npm run verify:sources` then checks the lists; review what this writes before committing.
// Usage: node scripts/glossary-documents.ts content/glossary/<file>.yaml …
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { documentsUsing } from '../src/lib/glossary-usage.ts';

const root = resolve(import.meta.dirname, '..');
const sourcesDir = resolve(process.env.SOURCES_DIR ?? join(root, '..', 'shared', 'seeds'));
const sources = parse(readFileSync(join(root, 'content', 'sources.yaml'), 'utf8')) as { id: string; file: string }[];
const texts = new Map(sources.map((s) => [s.id, readFileSync(join(sourcesDir, s.file), 'utf8')]));
for (const path of process.argv.slice(2)) {
  const entries = parse(readFileSync(path, 'utf8')) as { id: string; term: string; forms?: string[]; documents?: string[] }[];
  let yaml = readFileSync(path, 'utf8');
  for (const entry of entries) {
    if (Array.isArray(entry.documents)) continue;
    // the line goes right after `term:` (and `forms:`), where the other entries have it
    const at = new RegExp(`(- id: ${entry.id}\\n  term: .*\\n(?:  forms: .*\\n)?)`);
    if (!at.test(yaml)) throw new Error(`${path}: ${entry.id} niet gevonden in de vorm "- id / term"`);
    yaml = yaml.replace(at, `$1  documents: [${documentsUsing(entry, texts).join(', ')}]\n`);
    console.log(`${entry.id}: ${documentsUsing(entry, texts).join(', ') || '(geen)'}`);
  }
  writeFileSync(path, yaml);
}
