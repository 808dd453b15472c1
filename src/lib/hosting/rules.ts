// What the host sends besides the files: the rules of dist/_headers (src/lib/hosting/headers-file.ts).
//
// - every response: nosniff and a referrer policy;
// - files whose name holds a hash of their content (Astro's /_astro/, Pagefind's index chunks;
//   Pagefind/pagefind#747: "all of these files can be cached indefinitely"): cached for a year, immutable;
// - every page: its own Content-Security-Policy (its inline hashes) and revalidation on each visit,
//   so that a reader never sees yesterday's page with today's hashes;
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
    ...[...pages]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((page, i): HeaderRule => ({
        path: page.path,
        ...(i === 0 ? { comment: 'Elke pagina: haar eigen CSP (de hashes van haar inline scripts en stijlen)' } : {}),
        headers: [
          ['Content-Security-Policy', page.csp],
          ['Cache-Control', CACHE_REVALIDATE],
        ],
      })),
  ];
}
