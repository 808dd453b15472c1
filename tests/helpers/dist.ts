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

/**
 * The pages of a build: `dir` is its output directory, `base` the sub-path it was built for
 * (BASE_PATH); `path` is the URL path a reader uses, base included.
 */
export function builtPagesIn(dir: string, base = '/'): BuiltPage[] {
  if (!existsSync(dir)) throw new Error(`${dir} ontbreekt: voer \`npm run build\` uit (npm test doet dat zelf).`);
  return walk(dir)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const rel = relative(dir, file).split(sep).join('/');
      const path = `${base}${rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel}`;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, document: parseHTML(html).document as unknown as Document };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function builtPages(): BuiltPage[] {
  return builtPagesIn(DIST);
}

/** The file a URL path is served from, as the static server resolves it (nothing outside the base). */
export function fileForPathIn(dir: string, base: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  if (!clean.startsWith(base)) return undefined;
  const inner = `/${clean.slice(base.length)}`;
  const candidates = inner.endsWith('/') ? [join(dir, inner, 'index.html')] : [join(dir, inner), join(dir, `${inner}.html`), join(dir, inner, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export function fileForPath(path: string): string | undefined {
  return fileForPathIn(DIST, '/', path);
}

/**
 * Addresses of a page that go nowhere: every internal link (<a>, <link>, <script>, <img>,
 * <form action>, and the Open Graph URLs) must name a file of the build, under its base, and a
 * #fragment an element with that id there. Internal means relative, root-relative, or absolute
 * on the site's own address (`site`, from the build stamp: canonical URLs, previews, citations).
 * Other sites are not checked (no network here). `byFile` holds the parsed pages, for anchors.
 */
export function linkProblems(page: BuiltPage, byFile: Map<string, BuiltPage>, dir = DIST, base = '/', site?: string): string[] {
  const problems: string[] = [];
  const here = `http://site.local${page.path}`;
  const own = site ? new URL(site).origin : undefined;
  const refs = [
    ...[...page.document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!),
    ...[...page.document.querySelectorAll('script[src], img[src], iframe[src]')].map((e) => e.getAttribute('src')!),
    ...[...page.document.querySelectorAll('form[action]')].map((e) => e.getAttribute('action')!),
    ...[...page.document.querySelectorAll('meta[property^="og:"][content^="http"]')].map((e) => e.getAttribute('content')!),
  ];
  for (const href of refs) {
    if (/^(mailto:|tel:|data:)/.test(href)) continue;
    let url = new URL(href, here);
    if (own && url.origin === own) url = new URL(`${url.pathname}${url.search}${url.hash}`, here);
    if (url.host !== 'site.local') continue; // other sites are checked by hand, not here
    const target = url.pathname === page.path ? page.file : fileForPathIn(dir, base, url.pathname);
    if (!target) {
      problems.push(`${href}: pagina bestaat niet`);
      continue;
    }
    if (url.hash && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      const targetDoc = byFile.get(target)?.document ?? (parseHTML(readFileSync(target, 'utf8')).document as unknown as Document);
      if (!targetDoc.getElementById(id)) problems.push(`${href}: anker #${id} bestaat niet`);
    }
  }
  return problems;
}
