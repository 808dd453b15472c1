// What the host sends for the built site: dist/_headers (the Content-Security-Policy of each
// page, cache rules), the <meta> fallback, the precompressed copies, and `npm run serve`
// (scripts/static-server.ts) sending all of it over HTTP, as the browser tests and readers get it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { builtPages, DIST } from '../helpers/dist.ts';
import { createStaticServer, listen } from '../../scripts/static-server.ts';
import { CLOUDFLARE_MAX_LINE, CLOUDFLARE_MAX_RULES, headersFor, overlappingHeaders, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { contentSecurityPolicy, cspHash, inlineCode, inlineCodeProblems, metaPolicy } from '../../src/lib/hosting/csp.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, withInlineCodeOf } from '../../src/lib/hosting/rules.ts';

const pages = builtPages();
const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const files = walk(DIST).map((f) => relative(DIST, f).split(sep).join('/'));
const assetJs = files.find((f) => f.startsWith('_astro/') && f.endsWith('.js'))!;
const WIDGET_PAGE = '/grafieken/gordijnbeweging/';
const NOT_FOUND = pages.find((p) => p.path === '/404.html')!;
const notFoundPolicy = contentSecurityPolicy({ code: inlineCode(NOT_FOUND.html), frameAncestors: "'self'" });
/** The rule that gives a path its policy: its own, or its directory's (`/grafieken/x/*`). */
const cspRuleFor = (path: string) => rules.find((r) => r.headers.some(([n]) => n === 'Content-Security-Policy') && headersFor([r], path).size > 0);

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** bytes on the wire */
  wire: Buffer;
  /** bytes after decoding */
  body: Buffer;
}

let server: Server;
let port = 0;
beforeAll(async () => {
  server = createStaticServer(DIST);
  port = await listen(server, 0);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw GET (fetch would decode the body and hide what was sent). */
function get(path: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const wire = Buffer.concat(chunks);
        const enc = res.headers['content-encoding'];
        const body = enc === 'br' ? brotliDecompressSync(wire) : enc === 'gzip' ? gunzipSync(wire) : wire;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, wire, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Content-Security-Policy of every page', () => {
  for (const page of pages) {
    it(`${page.path}: its policy allows exactly the page's own inline code, without 'unsafe-inline'`, () => {
      const meta = META.exec(page.html)?.[1]?.replace(/&quot;/g, '"');
      // in the page only where no header reaches: the 404 page (npm test builds without CSP_META=1)
      expect(meta !== undefined, 'CSP-<meta>').toBe(page.path === '/404.html');
      const code = inlineCode(page.html);
      expect(inlineCodeProblems(page.html)).toEqual([]);
      const frameAncestors = page.path.startsWith('/embed/') ? null : "'self'";
      if (meta !== undefined) expect(meta).toBe(metaPolicy({ code, frameAncestors }));
      const header = headersFor(rules, page.path).get('Content-Security-Policy');
      // a page that shares its directory's rule also allows the 404 page's inline code, which a
      // mistyped address under that directory is answered with (src/lib/hosting/rules.ts)
      const shared = cspRuleFor(page.path)!.path.endsWith('*');
      const own = contentSecurityPolicy({ code, frameAncestors });
      expect(header).toBe(shared ? withInlineCodeOf(own, notFoundPolicy) : own);
      if (meta !== undefined) {
        // the <meta> comes before anything it has to govern
        expect(page.html.indexOf('<meta http-equiv="content-security-policy"')).toBeLessThan(page.html.search(/<(script|style|link)\b/));
      }
      for (const policy of [header!, ...(meta === undefined ? [] : [meta])]) {
        expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
        expect(policy).toMatch(/(^|; )default-src 'none'(;|$)/);
        const scriptSrc = /script-src ([^;]*)/.exec(policy)![1]!.split(' ');
        const styleSrc = /style-src ([^;]*)/.exec(policy)![1]!.split(' ');
        expect(scriptSrc.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
        expect(styleSrc.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
        // every inline script and style has its hash, and there is no hash for anything else (but
        // the 404 page's, on a page that shares its directory's rule)
        const extra = policy === header && shared ? inlineCode(NOT_FOUND.html) : { scripts: [], styles: [] };
        expect(new Set(scriptSrc.filter((s) => s.startsWith("'sha256-")))).toEqual(new Set([...code.scripts, ...extra.scripts].map(cspHash)));
        expect(new Set(styleSrc.filter((s) => s.startsWith("'sha256-")))).toEqual(new Set([...code.styles, ...extra.styles].map(cspHash)));
      }
      // other sites may frame the embed pages only
      expect(header!.includes("frame-ancestors 'self'")).toBe(frameAncestors !== null);
    });
  }

  it('inline code is found on the pages that have it (the checks above are not vacuous)', () => {
    const home = inlineCode(pages.find((p) => p.path === '/')!.html);
    expect(home.scripts.length).toBeGreaterThanOrEqual(1); // html.js
    expect(home.styles.length).toBeGreaterThanOrEqual(1); // the inlined stylesheet
  });
});

describe('dist/_headers', () => {
  it('fits Cloudflare Pages (at most 100 rules, lines of at most 2 000 characters) and Netlify', () => {
    expect(rules.length).toBeLessThanOrEqual(CLOUDFLARE_MAX_RULES);
    const longest = Math.max(...readFileSync(join(DIST, '_headers'), 'utf8').split('\n').map((l) => l.length));
    expect(longest).toBeLessThanOrEqual(CLOUDFLARE_MAX_LINE);
    console.log(`_headers: ${rules.length} regels (Cloudflare: ${CLOUDFLARE_MAX_RULES}), langste regel ${longest} tekens`);
  });

  it('sets no header twice for any file (hosts would join the values with a comma)', () => {
    const paths = [...pages.map((p) => p.path), ...files.map((f) => `/${f}`), '/bestaat-niet/'];
    expect(overlappingHeaders(rules, paths)).toEqual([]);
  });

  it('caches hashed files for a year and makes every page revalidate', () => {
    expect(headersFor(rules, `/${assetJs}`).get('Cache-Control')).toBe(CACHE_IMMUTABLE);
    const fragment = files.find((f) => f.startsWith('pagefind/fragment/'))!;
    expect(headersFor(rules, `/${fragment}`).get('Cache-Control')).toBe(CACHE_IMMUTABLE);
    for (const page of pages) expect(headersFor(rules, page.path).get('Cache-Control'), page.path).toBe(CACHE_REVALIDATE);
    // files whose name stays the same from build to build are never immutable
    for (const f of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'insluiten.js', 'begrippen.json', 'favicon.svg']) {
      expect(headersFor(rules, `/${f}`).get('Cache-Control'), f).toBeUndefined();
    }
    // an /_astro/ name holds a hash: the assumption behind "immutable"
    for (const f of files.filter((f) => f.startsWith('_astro/') && !/\.(br|gz)$/.test(f))) expect(f).toMatch(/\.[\w-]{8}\.\w+$/);
  });
});

describe('precompressed copies', () => {
  it('exist for every page and script, and hold exactly the file', () => {
    const copies = files.filter((f) => /\.(br|gz)$/.test(f));
    expect(copies.length).toBeGreaterThan(50);
    for (const copy of copies) {
      const original = readFileSync(join(DIST, copy.slice(0, -3)));
      const data = readFileSync(join(DIST, copy));
      expect((copy.endsWith('.br') ? brotliDecompressSync(data) : gunzipSync(data)).equals(original), copy).toBe(true);
    }
    for (const page of pages) expect(existsSync(`${page.file}.br`), page.path).toBe(true);
    expect(existsSync(join(DIST, `${assetJs}.br`))).toBe(true);
  });
});

describe('npm run serve sends what the host sends', () => {
  it('a page: brotli (or gzip), its CSP and revalidation, the same bytes as the file', async () => {
    const file = readFileSync(join(DIST, WIDGET_PAGE, 'index.html'));
    const br = await get(WIDGET_PAGE, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['content-type']).toMatch(/^text\/html/);
    expect(br.headers['cache-control']).toBe(CACHE_REVALIDATE);
    expect(br.headers['content-security-policy']).toBe(headersFor(rules, WIDGET_PAGE).get('Content-Security-Policy'));
    expect(br.headers['x-content-type-options']).toBe('nosniff');
    expect(br.body.equals(file)).toBe(true);
    const gz = await get(WIDGET_PAGE, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(file)).toBe(true);
    const plain = await get(WIDGET_PAGE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.wire.length).toBe(file.length);
    console.log(`${WIDGET_PAGE}: ${plain.wire.length} bytes zonder compressie, ${gz.wire.length} gzip, ${br.wire.length} brotli over de lijn`);
    expect(br.wire.length).toBeLessThan(file.length / 4);
  });

  it('a hashed asset: compressed and immutable', async () => {
    const js = await get(`/${assetJs}`, 'br');
    expect(js.status).toBe(200);
    expect(js.headers['content-encoding']).toBe('br');
    expect(js.headers['cache-control']).toBe(CACHE_IMMUTABLE);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['content-security-policy']).toBeUndefined();
    expect(js.body.equals(readFileSync(join(DIST, assetJs)))).toBe(true);
  });

  it('a file without a rule: revalidated, like the hosts’ default', async () => {
    const json = await get('/begrippen.json', 'br');
    expect(json.status).toBe(200);
    expect(json.headers['cache-control']).toBe('no-cache');
  });

  it('an unknown address: the 404 page, compressed, with its <meta> policy and no page header', async () => {
    const missing = await get('/bestaat-niet/', 'br');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBe('br');
    expect(missing.headers['content-security-policy']).toBeUndefined();
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
    expect(missing.body.toString('utf8')).toMatch(META);
    expect(missing.body.equals(readFileSync(join(DIST, '404.html')))).toBe(true);
  });

  it('an unknown address under a directory with one rule: the 404 page, and a policy that lets its own code run', async () => {
    const grouped = rules.filter((r) => r.path.endsWith('/*') && r.headers.some(([n]) => n === 'Content-Security-Policy'));
    expect(grouped.length, 'some directories share one rule (the widgets’ preset pages)').toBeGreaterThan(0);
    for (const rule of grouped) {
      const missing = await get(`${rule.path.slice(0, -1)}bestaat-niet/`);
      expect(missing.status).toBe(404);
      const header = String(missing.headers['content-security-policy']);
      const { scripts, styles } = inlineCode(missing.body.toString('utf8'));
      expect(scripts.length + styles.length).toBeGreaterThan(0);
      for (const h of [...scripts, ...styles].map(cspHash)) expect(header, rule.path).toContain(h);
    }
  });

  it('does not serve _headers, and redirects a directory address to the one with a slash', async () => {
    expect((await get('/_headers')).status).toBe(404);
    const redirect = await get('/hoofdstukken?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/hoofdstukken/?x=1');
  });
});
