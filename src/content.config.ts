// Content collections: what the site says, validated at build time.
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { figureSchema, crossCheckFigures, type Figure } from './lib/figures.ts';
import { sourceSchema } from './lib/sources.ts';
import { readYamlLists } from './lib/yaml-lists.ts';
import { projectPath } from './lib/project-root.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { THEME_IDS, CHAPTER_KINDS, type ChapterKind } from './lib/themes.ts';
import { WIDGET_NAMES } from './widgets/registry.ts';
import { correctionSchema } from './lib/corrections.ts';

const chapters = defineCollection({
  loader: glob({ base: './content/chapters', pattern: '**/*.mdx' }),
  schema: z
    .object({
      title: z.string().min(3),
      /** for the meta description and search results: one or two sentences */
      description: z.string().min(50).max(220),
      kind: z.enum(Object.keys(CHAPTER_KINDS) as [ChapterKind, ...ChapterKind[]]),
      order: z.number().int(),
      sources: z.array(reference('sources')).min(1),
      themes: z.array(z.enum(THEME_IDS)).min(1),
      lastReviewed: z.coerce.date(),
      /** extra search terms: names, places and synonyms a reader may type */
      keywords: z.array(z.string()).default([]),
      /** for sub-pages of a long document summary: the overview page's id */
      parent: z.string().optional(),
      /** interactive charts that explore this chapter's subject (linked from the page header) */
      widgets: z.array(z.enum(WIDGET_NAMES)).default([]),
    })
    .strict(),
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

/**
 * A loader for a folder of YAML files that each hold a list of entries (content/figures/,
 * content/glossary/): every entry is validated against the collection's schema; `check` may then
 * look at all of them together.
 */
function yamlListsLoader(name: string, dir: string, check?: (entries: unknown[]) => string[]): Loader {
  return {
    name,
    load: async ({ store, parseData }) => {
      store.clear();
      const loaded: unknown[] = [];
      for (const { file: _file, ...raw } of readYamlLists(dir)) {
        const data = await parseData({ id: raw.id, data: raw });
        loaded.push(data);
        store.set({ id: raw.id, data });
      }
      const problems = check?.(loaded) ?? [];
      if (problems.length > 0) throw new Error(`${dir} klopt niet:\n${problems.join('\n')}`);
    },
  };
}

/**
 * Figures live in several YAML files (one per document or dataset). A figure without a source
 * does not pass the schema, and a computed figure that does not follow from its inputs fails the
 * cross-check, so the build fails.
 */
const figures = defineCollection({
  loader: yamlListsLoader('figure-files', projectPath('content', 'figures'), (entries) => {
    const documentIds = (parse(readFileSync(projectPath('content', 'sources.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id);
    return crossCheckFigures(entries as Figure[], documentIds);
  }),
  schema: figureSchema,
});

const glossary = defineCollection({
  loader: yamlListsLoader('glossary-files', projectPath('content', 'glossary')),
  schema: z
    .object({
      id: z.string(),
      term: z.string(),
      /** the spellings the source texts use, where the term as shown is not one (src/lib/glossary-usage.ts) */
      forms: z.array(z.string().min(2)).min(1).optional(),
      /** the documents whose text uses the term: exactly those (npm run verify:sources checks both ways) */
      documents: z.array(reference('sources')),
      /** plain-language explanation, B1 where possible */
      definition: z.string().min(20),
      /** where the explanation's facts come from, if any */
      basis: z.string().optional(),
      see: z.array(z.string()).default([]),
    })
    .strict(),
});

/** What the site corrected, when and why (shown on /correcties/ and on each corrected page). */
const corrections = defineCollection({
  loader: yamlListsLoader('correction-files', './content/corrections'),
  schema: correctionSchema,
});

export const collections = { chapters, sources, figures, glossary, corrections };
