// The public address of the site (Astro's `site`): canonical URLs, the sitemap, social previews and
// citations are absolute URLs built from it. A build must be told where it will be published
// (SITE_URL), because a wrong default ends up in every page; only commands that publish nothing
// (dev server, `astro check`) fall back to the local address. `npm start` and `npm test` build
// for the local address by setting SITE_URL themselves (package.json, scripts/ensure-build.ts).
// A site published under a sub-path of its host says so with BASE_PATH (Astro's `base`).

/** The address `npm start` and `npm run serve` serve dist/ on. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** The file in dist/ that records which address it was built for (src/integrations/site-url.ts). */
export const BUILD_STAMP = '.build-stamp';

export interface BuildStamp {
  site: string;
  /** Astro's `base`: "/" unless BASE_PATH was set (stamps from before it have none: "/") */
  base: string;
  builtAt: string;
}

/** Checks a SITE_URL value and returns it as an origin ("https://example.nl"); throws with the reason. */
export function parseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: "${value}" (write it like https://example.nl).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) URL: "${value}".`);
  if (url.username || url.password) throw new Error(`SITE_URL must not contain a user name or password: "${value}".`);
  // A sub-path goes in BASE_PATH, which every address the site writes includes (src/lib/site-path.ts);
  // here it would be silently dropped, since canonical URLs are `new URL(path, site)`.
  if (url.pathname !== '/' || url.search || url.hash || value.includes('?') || value.includes('#')) {
    throw new Error(
      `SITE_URL must be just scheme, host and port, without a path, query or fragment: "${value}". ` +
        `For a site under a sub-path, set that apart: SITE_URL=${url.origin} BASE_PATH=${url.pathname === '/' ? '/bijstand/' : url.pathname}`,
    );
  }
  return url.origin;
}

/** Astro's `site` for a command (`command` of the astro:config:setup hook). */
export function resolveSiteUrl(command: 'dev' | 'build' | 'preview' | 'sync', env: Record<string, string | undefined>): string {
  const value = env.SITE_URL?.trim();
  if (value) return parseSiteUrl(value);
  if (command !== 'build') return LOCAL_SITE_URL;
  throw new Error(
    'SITE_URL is not set. A build writes it into every canonical URL and the sitemap, so say where the site will be ' +
      'published (SITE_URL=https://example.nl npm run build), or run `npm run build:local` for a build to serve on ' +
      `${LOCAL_SITE_URL} (npm start and npm test do that themselves).`,
  );
}

/** Checks BASE_PATH ("/bijstand/", "bijstand", "/a/b") and returns it as Astro's `base` with both slashes; "/" when unset. */
export function parseBasePath(value: string | undefined): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || trimmed === '/') return '/';
  const segments = trimmed.replace(/^\/|\/$/g, '').split('/');
  for (const segment of segments) {
    if (!/^[a-z0-9][a-z0-9._~-]*$/i.test(segment) || /^\.+$/.test(segment)) {
      throw new Error(`BASE_PATH must be a path of plain segments (letters, digits, - . _ ~), like /bijstand/: "${value}".`);
    }
  }
  return `/${segments.join('/')}/`;
}

/** Reads dist/.build-stamp; undefined for a missing or older stamp (a bare date, from before the address was recorded). */
export function parseBuildStamp(text: string | undefined): BuildStamp | undefined {
  if (!text) return undefined;
  try {
    const stamp = JSON.parse(text) as Partial<BuildStamp>;
    if (typeof stamp.site !== 'string' || typeof stamp.builtAt !== 'string') return undefined;
    return { site: stamp.site, base: typeof stamp.base === 'string' ? stamp.base : '/', builtAt: stamp.builtAt };
  } catch {
    return undefined;
  }
}
