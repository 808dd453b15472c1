// Sets Astro's `site` from SITE_URL for each command (src/lib/site-url.ts: a build without it
// fails here, before any page is rendered) and its `base` from BASE_PATH (unset: the root), and
// after a build records in dist/.build-stamp which address and base dist/ was built for: `npm test` rebuilds when the address changes
// (scripts/ensure-build.ts), and a deploy can check it. Keep it last in `integrations`: build:done
// hooks run in order, so the stamp is written only after the others (the Pagefind index) are done.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP, parseBasePath, resolveSiteUrl, type BuildStamp } from '../lib/site-url.ts';

export default function siteUrlIntegration(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'bijstand-site-url',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        site = resolveSiteUrl(command, process.env);
        base = parseBasePath(process.env.BASE_PATH);
        // without BASE_PATH the config keeps Astro's own default base, exactly as before
        updateConfig(base === '/' ? { site } : { site, base });
        if (command === 'build') logger.info(`publiek adres: ${site}${base}`);
      },
      'astro:build:done': ({ dir }) => {
        const stamp: BuildStamp = { site, base, builtAt: new Date().toISOString() };
        writeFileSync(join(fileURLToPath(dir), BUILD_STAMP), `${JSON.stringify(stamp)}\n`);
      },
    },
  };
}
