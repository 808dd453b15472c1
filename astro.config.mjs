// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// The public address of the site, for canonical URLs, the sitemap and social previews.
// Set SITE_URL when deploying; locally the preview server's address is honest.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // embed pages are for iframes on other sites, not for search engines
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') }), pagefind()],
  devToolbar: { enabled: false },
  // Keep Astro's cache inside the project (not node_modules/.astro), so that several checkouts
  // sharing one node_modules (git worktrees) never write to the same cache.
  cacheDir: './.astro/cache',
});
