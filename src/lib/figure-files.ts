// Reads the figure files in content/figures/: one YAML file per document or dataset, each a list
// of figures. Used by the content loader (at build time) and by the maintainer scripts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface RawFigure {
  id: string;
  /** the file it came from, for error messages */
  file: string;
  [key: string]: unknown;
}

export function readFigureFiles(dir: string): RawFigure[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  const figures: RawFigure[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const parsed: unknown = parse(readFileSync(join(dir, file), 'utf8'));
    if (!Array.isArray(parsed)) throw new Error(`${file}: verwacht een lijst met cijfers`);
    for (const entry of parsed) {
      if (typeof entry !== 'object' || entry === null || typeof (entry as { id?: unknown }).id !== 'string') {
        throw new Error(`${file}: elk cijfer heeft een id nodig`);
      }
      const id = (entry as { id: string }).id;
      const earlier = seen.get(id);
      if (earlier) throw new Error(`${file}: cijfer-id "${id}" staat ook in ${earlier}`);
      seen.set(id, file);
      figures.push({ ...(entry as Record<string, unknown>), id, file });
    }
  }
  return figures;
}
