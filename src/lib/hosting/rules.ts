// What the host sends besides the files: the rules of dist/_headers (src/lib/hosting/headers-file.ts).
//
// - every response: nosniff and a referrer policy;
// - files whose name holds a hash of their content (Astro's /_astro/, Pagefind's index chunks;
//   Pagefind/pagefind#747: "all of these files can be cached indefinitely"): cached for a year, immutable;
// - every page: its own Content-Security-Policy (its inline hashes) and revalidation on each visit,
//   so that a reader never sees yesterday's page with today's hashes; pages under one directory
//   that share one policy share one rule (pageRules), to stay within Cloudflare's 100 rules;
// - everything else (favicon, insluiten.js, JSON, downloads, Pagefind's entry files): no rule, so
//   the host's default, which on Netlify and Cloudflare Pages is to revalidate (the local server
//   does the same, scripts/static-server.ts).
// No header is set by two rules for one path (both hosts would join the values with a comma).
import type { HeaderRule } from './headers-file.ts';
import { normaliseBase } from '../site-path.ts';

export { normaliseBase };

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/** Directories under the base whose files are named by a hash of their content. */
export const HASHED_DIRS = ['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'] as const;

export interface PageHeaders {
  /** the page's URL path, base included ("/bijstand/hoofdstukken/") */
  path: string;
  csp: string;
}

export function hostingRules(base: string, pages: readonly PageHeaders[]): HeaderRule[] {
  const root = normaliseBase(base);
  return [
    {
      path: `${root}*`,
      comment: 'Elk antwoord',
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
    ...HASHED_DIRS.map((dir, i): HeaderRule => ({
      path: `${root}${dir}*`,
      ...(i === 0 ? { comment: 'Bestanden met een hash van hun inhoud in de naam' } : {}),
      headers: [['Cache-Control', CACHE_IMMUTABLE]],
    })),
    ...pageRules(root, pages).map((page, i): HeaderRule => ({
      path: page.path,
      ...(i === 0 ? { comment: 'Elke pagina: haar eigen CSP (de hashes van haar inline scripts en stijlen); een map met pagina’s die allemaal dezelfde CSP hebben, krijgt één regel' } : {}),
      headers: [
        ['Content-Security-Policy', page.csp],
        ['Cache-Control', CACHE_REVALIDATE],
      ],
    })),
  ];
}

/** The 'sha256-…' sources of one directive of a policy. */
function hashesOf(policy: string, directive: 'script-src' | 'style-src'): string[] {
  const value = new RegExp(`(?:^|; )${directive} ([^;]*)`).exec(policy)?.[1] ?? '';
  return value.split(' ').filter((s) => s.startsWith("'sha256-"));
}

/** `policy` with the inline-code hashes of `other` added to its script-src and style-src. */
export function withInlineCodeOf(policy: string, other: string): string {
  return (['script-src', 'style-src'] as const).reduce((result, d) => {
    const extra = hashesOf(other, d).filter((h) => !hashesOf(result, d).includes(h));
    return extra.length === 0 ? result : result.replace(new RegExp(`((?:^|; )${d} [^;]*)`), `$1 ${extra.join(' ')}`);
  }, policy);
}

/**
 * One CSP rule per page would be one rule per page, and Cloudflare Pages reads at most 100. Pages
 * that share exactly one policy under one directory (a widget's page and its preset pages) get one
 * rule `<map>/*` instead, which the hosts match to the directory itself and everything under it.
 * A directory is grouped only when it holds at least two pages and every page under it has the same
 * policy. A mistyped address under it is answered with the 404 page, under the directory's header,
 * so the group's policy also allows the 404 page's inline code (its own stylesheet); that is the
 * only hash a grouped page allows beyond its own. The files under it (downloads, data) get the
 * policy and revalidation too, which is what the hosts do for them anyway. The base itself is never
 * grouped: its splat would also cover the hashed files, which have a rule of their own.
 */
export function pageRules(root: string, pages: readonly PageHeaders[]): PageHeaders[] {
  const sorted = [...pages].sort((a, b) => a.path.localeCompare(b.path));
  const notFound = sorted.find((p) => p.path === `${root}404.html`);
  const canGroup = (dir: string): boolean => {
    const members = sorted.filter((p) => p.path.startsWith(dir));
    return members.length >= 2 && members.every((p) => p.csp === members[0]!.csp);
  };
  /** "/a/b/c/" → ["/a/", "/a/b/", "/a/b/c/"] below the base, shortest first */
  const directories = (path: string): string[] => {
    const dirs: string[] = [];
    for (let i = path.indexOf('/', root.length); i !== -1; i = path.indexOf('/', i + 1)) dirs.push(path.slice(0, i + 1));
    return dirs;
  };
  const rules: PageHeaders[] = [];
  const grouped = new Set<string>();
  for (const page of sorted) {
    const dir = directories(page.path).find(canGroup);
    if (dir === undefined) rules.push(page);
    else if (!grouped.has(dir)) {
      grouped.add(dir);
      rules.push({ path: `${dir}*`, csp: notFound ? withInlineCodeOf(page.csp, notFound.csp) : page.csp });
    }
  }
  return rules;
}
