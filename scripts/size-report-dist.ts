// Reads a built site (dist/) for the size report and the budget test: every HTML page except
// Pagefind's, measured with src/lib/size-report.ts. Kept apart from the command so that the test
// measures exactly what `npm run size` prints.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chunkImports, measurePage, type ChunkImports, type PageSize, type SiteFiles } from '../src/lib/size-report.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** "/hoofdstukken/x/" for dist/hoofdstukken/x/index.html, "/404.html" for dist/404.html. */
export function urlPathOf(distDir: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export function siteFiles(distDir: string): SiteFiles {
  const texts = new Map<string, string | undefined>();
  const imports = new Map<string, ChunkImports | undefined>();
  const text = (url: string) => {
    if (!texts.has(url)) {
      const file = join(distDir, decodeURIComponent(url));
      texts.set(url, existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined);
    }
    return texts.get(url);
  };
  return {
    text,
    imports: (url) => {
      if (!url.endsWith('.js')) return undefined;
      if (!imports.has(url)) {
        const code = text(url);
        imports.set(url, code === undefined ? undefined : chunkImports(code));
      }
      return imports.get(url);
    },
  };
}

/** Every page of the built site, measured, sorted by path. */
export function measureSite(distDir: string): PageSize[] {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir} bevat geen build: voer eerst \`npm run build:local\` uit.`);
  const files = siteFiles(distDir);
  return walk(distDir)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => measurePage(urlPathOf(distDir, file), readFileSync(file, 'utf8'), files))
    .sort((a, b) => a.path.localeCompare(b.path));
}
