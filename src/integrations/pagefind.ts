// Builds the Pagefind search index after `astro build`, with Pagefind's Node API (as Starlight
// does), so that `npm run build` alone gives a searchable site.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { glossaryRecords } from '../lib/search-glossary.ts';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'bijstand-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind: ${createErrors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        // One record per glossary term, pointing at the term on /begrippen/: a reader who searches
        // a term gets its definition first and lands on it, not at the top of a long page.
        const records = glossaryRecords();
        for (const record of records) {
          const r = await index.addCustomRecord(record);
          if (r.errors.length > 0) throw new Error(`Pagefind (${record.url}): ${r.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`zoekindex: ${added.page_count} pagina's en ${records.length} begrippen in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
