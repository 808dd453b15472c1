// Reading the built site in dist/ for the dist tests.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export interface BuiltPage {
  /** URL path, e.g. "/hoofdstukken/een-betere-bijstand/" */
  path: string;
  file: string;
  html: string;
  document: Document;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ ontbreekt: voer `npm run build` uit (npm test doet dat zelf).');
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, document: parseHTML(html).document as unknown as Document };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The file a URL path is served from, as the static server resolves it. */
export function fileForPath(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, `${clean}.html`), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
