// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import hosting from './src/integrations/hosting.ts';
import siteUrl from './src/integrations/site-url.ts';

export default defineConfig({
  // No `site` here: siteUrl() sets it from SITE_URL, which a build requires (src/lib/site-url.ts).
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // embed pages are for iframes on other sites, not for search engines; hosting() (CSP, _headers,
  // precompressed copies) follows pagefind() so that its files are included; siteUrl() goes last,
  // as it writes dist/.build-stamp once the others are done
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') }), pagefind(), hosting(), siteUrl()],
  devToolbar: { enabled: false },
  // Keep Astro's cache inside the project (not node_modules/.astro), so that several checkouts
  // sharing one node_modules (git worktrees) never write to the same cache.
  cacheDir: './.astro/cache',
});
