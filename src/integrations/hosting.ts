// After the build (and the Pagefind index): the files a static host needs besides the site.
// 1. Each page's Content-Security-Policy from its own inline scripts and styles
//    (src/lib/hosting/csp.ts), as a header in dist/_headers and, where a header cannot reach, as a
//    <meta> in the page: always in the 404 page, which hosts serve at unknown addresses that no
//    page rule names; in every page with CSP_META=1, for hosts that send no headers of their own
//    (GitHub Pages, a bare bucket). Not in every page by default: the <meta> costs 0,2–0,3 kB
//    gzipped, against the 14 kB the first round trip holds. The build stops on inline code that no
//    hash can allow (style="" attributes and the like), naming the page.
// 2. dist/_headers (Netlify and Cloudflare Pages format): the CSP per page, cache rules
//    (src/lib/hosting/rules.ts). scripts/static-server.ts reads the same file.
// 3. A brotli (.br) and a gzip (.gz) copy of every text file, for hosts and servers that send
//    precompressed files as they are (nginx gzip_static/brotli_static, Caddy `precompressed`,
//    and `npm run serve`); Netlify and Cloudflare compress by themselves and ignore them.
// Keep it after pagefind() (its files are compressed too) and before siteUrl(), which writes the
// build stamp once everything is done.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { contentSecurityPolicy, inlineCode, inlineCodeProblems, insertCspMeta, metaPolicy } from '../lib/hosting/csp.ts';
import { CLOUDFLARE_MAX_LINE, CLOUDFLARE_MAX_RULES, formatHeadersFile } from '../lib/hosting/headers-file.ts';
import { hostingRules, normaliseBase, type PageHeaders } from '../lib/hosting/rules.ts';

export const HEADERS_FILE = '_headers';

/** Text formats worth compressing (Pagefind's index chunks and Wasm are compressed already). */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|csv)$/;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** "hoofdstukken/index.html" → "/hoofdstukken/" (under the base); "404.html" stays a file. */
function urlPath(base: string, rel: string): string {
  const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return `${base}${path}`;
}

async function precompress(files: readonly string[]): Promise<{ count: number; bytes: number; brotli: number }> {
  let count = 0;
  let bytes = 0;
  let br = 0;
  await Promise.all(
    files.map(async (file) => {
      const data = readFileSync(file);
      const [b, g] = await Promise.all([
        brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
        gzipAsync(data, { level: 9 }),
      ]);
      // a copy that saves less than a tenth is not worth a second request path
      if (b.length > data.length * 0.9) return;
      writeFileSync(`${file}.br`, b);
      writeFileSync(`${file}.gz`, g);
      count += 1;
      bytes += data.length;
      br += b.length;
    }),
  );
  return { count, bytes, brotli: br };
}

/** Whether every page gets the <meta> policy (CSP_META=1), or only the 404 page. */
export function metaOnEveryPage(env: Record<string, string | undefined> = process.env): boolean {
  return env.CSP_META?.trim() === '1';
}

export default function hostingIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'bijstand-hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const files = walk(outDir);
        const everyPage = metaOnEveryPage();
        const pages: PageHeaders[] = [];
        const problems: string[] = [];
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          const rel = relative(outDir, file).split(sep).join('/');
          const path = urlPath(base, rel);
          const html = readFileSync(file, 'utf8');
          for (const p of inlineCodeProblems(html)) problems.push(`${path}: ${p}`);
          const code = inlineCode(html);
          // embed pages are for iframes on other sites (src/pages/embed/); every other page only in our own
          const options = { code, frameAncestors: path.startsWith(`${base}embed/`) ? null : "'self'" };
          if (everyPage || rel === '404.html') writeFileSync(file, insertCspMeta(html, metaPolicy(options)));
          pages.push({ path, csp: contentSecurityPolicy(options) });
        }
        if (problems.length > 0) {
          throw new Error(
            `Content-Security-Policy: inline code die de policy zou blokkeren (zet stijl in CSS, gedrag in een script):\n  ${problems.join('\n  ')}`,
          );
        }
        const rules = hostingRules(base, pages);
        const text = formatHeadersFile(rules, [
          'Gemaakt door de build (src/integrations/hosting.ts); niet met de hand bewerken.',
          'Netlify- en Cloudflare Pages-formaat; scripts/static-server.ts stuurt dezelfde headers.',
        ]);
        if (rules.length > CLOUDFLARE_MAX_RULES) logger.warn(`_headers heeft ${rules.length} regels; Cloudflare Pages leest er ${CLOUDFLARE_MAX_RULES}`);
        const longest = Math.max(...text.split('\n').map((l) => l.length));
        if (longest > CLOUDFLARE_MAX_LINE) logger.warn(`_headers heeft een regel van ${longest} tekens; Cloudflare Pages leest er ${CLOUDFLARE_MAX_LINE}`);
        writeFileSync(join(outDir, HEADERS_FILE), text);
        const compressed = await precompress(files.filter((f) => COMPRESSIBLE.test(f)));
        logger.info(
          `CSP voor ${pages.length} pagina's (als <meta> in ${everyPage ? 'elke pagina' : '404.html'}), ${HEADERS_FILE} met ${rules.length} regels; ` +
            `${compressed.count} bestanden voorgecomprimeerd ` +
            `(${Math.round(compressed.bytes / 1024)} kB → ${Math.round(compressed.brotli / 1024)} kB brotli) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
