// The schema of content/steden/*.yaml (the cells of the widget `steden`), the checks across files
// (figures exist, every city × aspect is a cell, no typed numbers) and the snippet check that
// `npm run verify:sources` runs. Pure: takes parsed data and texts, not paths, so tests need no
// files. Build-time only (full zod); the browser gets the resolved data (resolve.ts, model.ts).
import { z } from 'zod';
import { checkSnippet } from '../snippets.ts';
import { ASPECTEN, GROUPS, type Aspect } from './model.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SNIPPET_WORDS = 30;

export const bronSchema = z
  .object({
    /** defaults to the city's document */
    document: z.string().regex(idPattern).optional(),
    section: z.string().min(3),
    lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]).refine(([a, b]) => a <= b, 'de eerste regel komt na de laatste'),
    snippet: z
      .string()
      .min(3)
      .refine((s) => s.trim().split(/\s+/).length <= MAX_SNIPPET_WORDS, `een citaat heeft hoogstens ${MAX_SNIPPET_WORDS} woorden`),
  })
  .strict();

export const statementSchema = z
  .object({
    /** our own words; a number is a figure, written {figure-id} */
    text: z.string().min(3),
    source: bronSchema.optional(),
  })
  .strict();

export const cellSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('vermeld'), statements: z.array(statementSchema).min(1) }).strict(),
  z.object({ status: z.literal('tegenstrijdig'), statements: z.array(statementSchema).min(2) }).strict(),
  z.object({ status: z.literal('niet vermeld'), note: z.string().min(3).optional() }).strict(),
]);

export const citySchema = z
  .object({
    id: z.string().regex(idPattern),
    name: z.string().min(2),
    /** for the chart's labels, where the name is long */
    short: z.string().min(2).max(18).optional(),
    document: z.string().regex(idPattern),
    /** the chapter id of the document page the city is on */
    page: z.string().min(3),
    group: z.enum(GROUPS),
    period: z.string().min(4),
    cells: z.object(Object.fromEntries(ASPECTEN.map((a) => [a, cellSchema])) as Record<Aspect, typeof cellSchema>).strict(),
  })
  .strict();

export const stedenFileSchema = z.array(citySchema).min(1);

export type StedenCity = z.infer<typeof citySchema>;
export type StedenCell = z.infer<typeof cellSchema>;
export type StedenStatement = z.infer<typeof statementSchema>;

/** The {figure-id} references in a statement's text. */
export function figureRefs(text: string): string[] {
  return [...text.matchAll(/\{([a-z0-9-]+)\}/g)].map((m) => m[1]!);
}

/** The text without figure references and years: what must hold no digits. */
function withoutNumbersAllowed(text: string): string {
  return text.replace(/\{[a-z0-9-]+\}/g, '').replace(/\b(1[89]|20)\d\d\b/g, '');
}

export interface CrossCheckInput {
  cities: StedenCity[];
  /** ids of the figures in content/figures */
  figureIds: ReadonlySet<string>;
  /** ids of the documents in content/sources.yaml */
  documentIds: ReadonlySet<string>;
  /** ids of the chapters (content/chapters), for `page` */
  chapterIds?: ReadonlySet<string>;
}

/** Everything wrong across the files, in Dutch. Empty when right. */
export function crossCheckSteden({ cities, figureIds, documentIds, chapterIds }: CrossCheckInput): string[] {
  const problems: string[] = [];
  const ids = cities.map((c) => c.id);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`stad "${id}" komt twee keer voor`);
  for (const city of cities) {
    const where = (a: string) => `${city.id}/${a}`;
    if (!documentIds.has(city.document)) problems.push(`${city.id}: onbekend stuk "${city.document}"`);
    if (chapterIds && !chapterIds.has(city.page)) problems.push(`${city.id}: onbekende hoofdstukpagina "${city.page}"`);
    for (const a of ASPECTEN) {
      const cell = city.cells[a];
      if (cell.status === 'niet vermeld') continue;
      cell.statements.forEach((s, i) => {
        const refs = figureRefs(s.text);
        for (const r of refs) if (!figureIds.has(r)) problems.push(`${where(a)} #${i + 1}: cijfer "${r}" staat niet in content/figures`);
        if (/\d/.test(withoutNumbersAllowed(s.text))) problems.push(`${where(a)} #${i + 1}: een getal in de tekst; zet het in content/figures en schrijf {id}`);
        if (refs.length === 0 && !s.source) problems.push(`${where(a)} #${i + 1}: geen bron (geen citaat en geen cijfer)`);
        if (s.source?.document && !documentIds.has(s.source.document)) problems.push(`${where(a)} #${i + 1}: onbekend stuk "${s.source.document}"`);
      });
    }
  }
  return problems;
}

/** Every snippet in the cells, with where it must stand. */
export function stedenSnippets(cities: StedenCity[]): { where: string; document: string; lines: [number, number]; snippet: string }[] {
  return cities.flatMap((city) =>
    ASPECTEN.flatMap((a) => {
      const cell = city.cells[a];
      if (cell.status === 'niet vermeld') return [];
      return cell.statements.flatMap((s, i) =>
        s.source ? [{ where: `${city.id}/${a} #${i + 1}`, document: s.source.document ?? city.document, lines: s.source.lines, snippet: s.source.snippet }] : [],
      );
    }),
  );
}

/**
 * Checks every snippet against its document's source text at its lines. `textOf` gives the text of
 * a document (undefined when it is not available). Returns the problems, in Dutch.
 */
export function checkStedenSnippets(cities: StedenCity[], textOf: (document: string) => string | undefined): { checked: number; problems: string[] } {
  const problems: string[] = [];
  let checked = 0;
  for (const s of stedenSnippets(cities)) {
    const text = textOf(s.document);
    if (text === undefined) {
      problems.push(`content/steden ${s.where}: geen brontekst voor "${s.document}"`);
      continue;
    }
    checked++;
    const result = checkSnippet(text, s.lines, s.snippet);
    if (!result.ok) {
      const hint = result.foundAtLine ? ` (wel gevonden rond regel ${result.foundAtLine})` : ' (nergens in de tekst gevonden)';
      problems.push(`content/steden ${s.where}: citaat staat niet op regels ${s.lines.join('–')}${hint}`);
    }
  }
  return { checked, problems };
}
