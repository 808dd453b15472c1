// Where the site lives on its host: at the root ("/", the default) or under a sub-path
// ("/bijstand/", BASE_PATH at build time, Astro's `base`). Every address the site writes for
// itself goes through sitePath(): literal paths where they are written, and the helpers that
// make paths (chapterHref, figureHref, the widget kit's URLs) return them with the base. Pages
// compare their own address (Astro.url.pathname, which includes the base) with routePath().
// Runs at build time and in the browser: Vite writes Astro's base into import.meta.env.BASE_URL
// in both; in plain Node (scripts, which never need a base) it is undefined and the base is "/".

/** "/", "/bijstand/": a base with a slash at both ends. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export interface SitePaths {
  base: string;
  /** "/hoofdstukken/" → "/bijstand/hoofdstukken/": a root-relative path of the site, with the base */
  sitePath(path: string): string;
  /** "/bijstand/hoofdstukken/" → "/hoofdstukken/": the route a page's own address names */
  routePath(pathname: string): string;
}

export function sitePaths(base: string): SitePaths {
  const root = normaliseBase(base);
  return {
    base: root,
    sitePath(path) {
      if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`sitePath: een pad van de site begint met één "/": "${path}"`);
      return root === '/' ? path : `${root}${path.slice(1)}`;
    },
    routePath(pathname) {
      if (root === '/') return pathname;
      if (pathname.startsWith(root)) return `/${pathname.slice(root.length)}`;
      return `${pathname}/` === root ? '/' : pathname;
    },
  };
}

const paths = sitePaths(import.meta.env?.BASE_URL ?? '/');

/** The base this build was made for. */
export const SITE_BASE = paths.base;
export const sitePath = paths.sitePath;
export const routePath = paths.routePath;
