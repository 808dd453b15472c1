// The hosting files' building blocks: the _headers format and its matching, the CSP made from a
// page's inline code, and the cache rules (src/lib/hosting/).
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { formatHeadersFile, headersFor, overlappingHeaders, parseHeadersFile, pathMatches, type HeaderRule } from '../../src/lib/hosting/headers-file.ts';
import { contentSecurityPolicy, cspHash, inlineCode, inlineCodeProblems, insertCspMeta, metaPolicy } from '../../src/lib/hosting/csp.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, hostingRules, normaliseBase, pageRules, withInlineCodeOf } from '../../src/lib/hosting/rules.ts';

describe('_headers', () => {
  const rules: HeaderRule[] = [
    { path: '/*', comment: 'alles', headers: [['X-Content-Type-Options', 'nosniff']] },
    { path: '/_astro/*', headers: [['Cache-Control', CACHE_IMMUTABLE]] },
    { path: '/over/', headers: [['Content-Security-Policy', "default-src 'none'; style-src 'self' 'sha256-x='"]] },
  ];

  it('reads back what it writes, comments and all', () => {
    const text = formatHeadersFile(rules, ['kop']);
    expect(text).toBe(
      "# kop\n\n# alles\n/*\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n\n/over/\n  Content-Security-Policy: default-src 'none'; style-src 'self' 'sha256-x='\n",
    );
    expect(parseHeadersFile(text)).toEqual(rules.map(({ path, headers }) => ({ path, headers })));
  });

  it('refuses what a host would misread', () => {
    expect(() => formatHeadersFile([{ path: 'over/', headers: [] }])).toThrow(/begint met/);
    expect(() => formatHeadersFile([{ path: '/*/x/*', headers: [] }])).toThrow(/één \*/);
    expect(() => formatHeadersFile([{ path: '/x/', headers: [['Bad Name', 'v']] }])).toThrow(/headernaam/);
    expect(() => formatHeadersFile([{ path: '/x/', headers: [['X', 'a\nb']] }])).toThrow(/één regel/);
    expect(() => parseHeadersFile('  X-Orphan: 1\n')).toThrow(/regel 1/);
  });

  it('matches exact paths and one splat, as Netlify and Cloudflare do', () => {
    expect(pathMatches('/over/', '/over/')).toBe(true);
    expect(pathMatches('/over/', '/over/index.html')).toBe(false);
    expect(pathMatches('/*', '/')).toBe(true);
    expect(pathMatches('/_astro/*', '/_astro/a/b.js')).toBe(true);
    expect(pathMatches('/_astro/*', '/_astrox.js')).toBe(false);
    expect(pathMatches('/pagefind/*.pf_meta', '/pagefind/x.pf_meta')).toBe(true);
    expect(pathMatches('/pagefind/*.pf_meta', '/pagefind/x.js')).toBe(false);
  });

  it('gives a path the headers of every rule that matches, a repeated name joined with a comma', () => {
    expect([...headersFor(rules, '/over/')]).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Content-Security-Policy', "default-src 'none'; style-src 'self' 'sha256-x='"],
    ]);
    const twice = [...rules, { path: '/over/*', headers: [['content-security-policy', 'img-src *']] as [string, string][] }];
    expect(headersFor(twice, '/over/').get('Content-Security-Policy')).toBe("default-src 'none'; style-src 'self' 'sha256-x=', img-src *");
    expect(overlappingHeaders(twice, ['/over/', '/_astro/x.js'])).toEqual(['/over/: content-security-policy uit /over/ en /over/*']);
    expect(overlappingHeaders(rules, ['/over/', '/_astro/x.js', '/'])).toEqual([]);
  });
});

describe('hosting rules', () => {
  it('normalise the base to a slash at both ends', () => {
    expect(['', '/', 'bijstand', '/bijstand', '/bijstand/', 'a/b/'].map(normaliseBase)).toEqual(['/', '/', '/bijstand/', '/bijstand/', '/bijstand/', '/a/b/']);
  });

  it('cache hashed files for a year, make pages revalidate, give each page its own CSP, all under the base', () => {
    const rules = hostingRules('/bijstand', [
      { path: '/bijstand/over/', csp: 'A' },
      { path: '/bijstand/', csp: 'B' },
    ]);
    expect(rules.map((r) => r.path)).toEqual(['/bijstand/*', '/bijstand/_astro/*', '/bijstand/pagefind/fragment/*', '/bijstand/pagefind/index/*', '/bijstand/pagefind/filter/*', '/bijstand/', '/bijstand/over/']);
    expect(headersFor(rules, '/bijstand/_astro/x.js').get('Cache-Control')).toBe(CACHE_IMMUTABLE);
    expect(headersFor(rules, '/bijstand/over/').get('Cache-Control')).toBe(CACHE_REVALIDATE);
    expect(headersFor(rules, '/bijstand/over/').get('Content-Security-Policy')).toBe('A');
    expect(headersFor(rules, '/over/').size).toBe(0);
    expect(overlappingHeaders(rules, ['/bijstand/', '/bijstand/over/', '/bijstand/_astro/x.js', '/bijstand/pagefind/index/x'])).toEqual([]);
  });
});

describe('one rule for a directory of pages with one policy', () => {
  const policy = (scripts: string, styles: string) => `default-src 'none'; script-src 'self' ${scripts}; style-src 'self' ${styles}; frame-ancestors 'self'`;
  const NF = policy("'sha256-s'", "'sha256-nf'");
  const W = policy("'sha256-s'", "'sha256-w'");
  it('groups a directory whose pages all share one policy, adding only the 404 page’s hashes', () => {
    const rules = pageRules('/', [
      { path: '/404.html', csp: NF },
      { path: '/grafieken/w/', csp: W },
      { path: '/grafieken/w/preset/', csp: W },
      { path: '/grafieken/v/', csp: policy("'sha256-s'", "'sha256-v'") },
      { path: '/grafieken/', csp: NF },
    ]);
    expect(rules.map((r) => r.path)).toEqual(['/404.html', '/grafieken/', '/grafieken/v/', '/grafieken/w/*']);
    expect(rules.at(-1)!.csp).toBe(policy("'sha256-s'", "'sha256-w' 'sha256-nf'"));
    // a page alone in its directory keeps its exact policy
    expect(rules[2]!.csp).toBe(policy("'sha256-s'", "'sha256-v'"));
  });
  it('does not group a directory where one page differs, nor the base itself', () => {
    const rules = pageRules('/b/', [
      { path: '/b/', csp: W },
      { path: '/b/x/', csp: W },
      { path: '/b/x/a/', csp: W },
      { path: '/b/x/c/', csp: NF },
    ]);
    expect(rules.map((r) => r.path)).toEqual(['/b/', '/b/x/', '/b/x/a/', '/b/x/c/']);
  });
  it('adds hashes once, to the right directive', () => {
    expect(withInlineCodeOf(W, W)).toBe(W);
    expect(withInlineCodeOf(policy("'sha256-a'", "'sha256-b'"), policy("'sha256-c'", "'sha256-b'"))).toBe(policy("'sha256-a' 'sha256-c'", "'sha256-b'"));
  });
});

describe('Content-Security-Policy from a page', () => {
  const page = [
    '<!doctype html><html><head><meta charset="utf-8">',
    "<script>document.documentElement.classList.add('js')</script>",
    '<script type="module" src="/_astro/a.js"></script>',
    '<script type="module">console.log(1)</script>',
    '<script type="application/ld+json">{"a":1}</script>',
    '<style>body{color:red}</style><style>body{color:red}</style>',
    '</head><body><p>tekst met style="x" als tekst is geen attribuut</p><svg viewBox="0 0 1 1"><rect width="1"></rect></svg></body></html>',
  ].join('');

  it('finds the inline scripts that run and every style element, with their exact text', () => {
    expect(inlineCode(page)).toEqual({
      scripts: ["document.documentElement.classList.add('js')", 'console.log(1)'],
      styles: ['body{color:red}', 'body{color:red}'],
    });
  });

  it('hashes as the browser does: SHA-256 of the UTF-8 text, base64', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const text = 'ë{}';
    expect(cspHash(text)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`);
  });

  it('allows those and nothing inline besides, and lets only embed pages be framed by others', () => {
    const code = inlineCode(page);
    const policy = contentSecurityPolicy({ code, frameAncestors: "'self'" });
    expect(policy).toBe(
      [
        "default-src 'none'",
        `script-src 'self' 'wasm-unsafe-eval' ${cspHash(code.scripts[0]!)} ${cspHash(code.scripts[1]!)}`,
        `style-src 'self' ${cspHash('body{color:red}')}`,
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'self'",
      ].join('; '),
    );
    expect(policy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy({ code, frameAncestors: null })).not.toContain('frame-ancestors');
    // a <meta> cannot carry frame-ancestors (the browser ignores it there and says so)
    expect(metaPolicy({ code, frameAncestors: "'self'" })).toBe(policy.replace("; frame-ancestors 'self'", ''));
  });

  it('names inline code no hash can allow', () => {
    expect(inlineCodeProblems(page)).toEqual([]);
    expect(inlineCodeProblems('<p style="color:red">x</p>')).toEqual(['style-attribuut op <p>']);
    expect(inlineCodeProblems('<svg viewBox="0 0 1 1" style="font-size:13px"></svg>')).toEqual(['style-attribuut op <svg>']);
    expect(inlineCodeProblems('<button type="button" onclick="go()">x</button>')).toEqual(['onclick-attribuut op <button>']);
    expect(inlineCodeProblems('<a href="javascript:void(0)">x</a>')).toEqual(['javascript:-URL (href="javascript:)']);
    expect(inlineCodeProblems('<svg><style>.a{}</style></svg>')).toEqual(['<style> in een inline <svg>']);
    // the text of a script is not markup
    expect(inlineCodeProblems('<script>el.innerHTML = \'<b style="x">\'</script>')).toEqual([]);
  });

  it('puts the <meta> policy right after <meta charset>, ahead of what it governs', () => {
    const withMeta = insertCspMeta(page, "default-src 'none'");
    expect(withMeta).toContain(`<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none'"><script>`);
    expect(() => insertCspMeta(withMeta, 'x')).toThrow(/al een CSP/);
    expect(() => insertCspMeta('<html><head><title>x</title></head></html>', 'x')).toThrow(/meta charset/);
    expect(() => insertCspMeta('<head><style>a{}</style><meta charset="utf-8">', 'x')).toThrow(/vóór/);
  });
});
