// robots.txt: every page may be crawled, and the sitemap is where the pages are listed. The
// embed pages are not disallowed: they carry noindex, which a crawler only sees if it may fetch
// them. Crawlers read robots.txt only at the root of a host; under a sub-path (BASE_PATH) the
// host's own robots.txt must name this sitemap (README, Deploying).
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/site-path.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(sitePath('/sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
