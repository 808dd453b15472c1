// Reads a folder of YAML files that each hold a list of entries with ids (content/figures/,
// content/glossary/): one file per document or dataset, so that people writing about different
// documents never edit the same file. Ids must be unique across the folder. Used by the content
// loaders (at build time), the maintainer scripts and the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface RawEntry {
  id: string;
  /** the file it came from, for error messages */
  file: string;
  [key: string]: unknown;
}

export function readYamlLists(dir: string): RawEntry[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  const entries: RawEntry[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const parsed: unknown = parse(readFileSync(join(dir, file), 'utf8'));
    if (!Array.isArray(parsed)) throw new Error(`${file}: verwacht een lijst`);
    for (const entry of parsed) {
      if (typeof entry !== 'object' || entry === null || typeof (entry as { id?: unknown }).id !== 'string') {
        throw new Error(`${file}: elk item heeft een id nodig`);
      }
      const id = (entry as { id: string }).id;
      const earlier = seen.get(id);
      if (earlier) throw new Error(`${file}: id "${id}" staat ook in ${earlier}`);
      seen.set(id, file);
      entries.push({ ...(entry as Record<string, unknown>), id, file });
    }
  }
  return entries;
}
