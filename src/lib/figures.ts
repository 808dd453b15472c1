// The `figures` collection: every number the site prints, with where it comes from.
// Pure module (no Astro, no DOM) so that the content config, the maintainer scripts and the
// unit tests all validate figures with the same schema.
import { z } from 'zod';
import { describeStatistic, statisticsProvenanceSchema } from './provenance.ts';

/** Units a figure can have. The label is what the site prints after the number. */
export const FIGURE_UNITS = {
  personen: 'personen',
  uitkeringen: 'uitkeringen',
  huishoudens: 'huishoudens',
  euro: 'euro',
  procent: 'procent',
  'procent-bbp': 'procent van het bbp',
  jaar: '', // a calendar year: printed as is, without thousands separator
  jaren: 'jaar', // a duration in years
  maanden: 'maanden',
  'clienten-per-klantmanager': 'cliënten per klantmanager',
  aantal: '', // a plain count; the `noun` field says of what
} as const;
export type FigureUnit = keyof typeof FIGURE_UNITS;

/** Hedging words the documents use; they are part of the figure and must be kept (see seeds guide). */
export const QUALIFIERS = [
  'ruim',
  'bijna',
  'circa',
  'ongeveer',
  'zo’n',
  'meer dan',
  'minder dan',
  'hoogstens',
  'minstens',
  'een kleine',
  'ruwweg',
] as const;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Measures that several documents give a number for. Figures tagged with one of these are set
 * side by side in a comparison chart, each labelled by its document. Tag only figures that
 * measure the same thing at the same level: national caseloads with national caseloads, yearly
 * national budgets with yearly national budgets (a city's number belongs in its chapter).
 */
export const COMPARABLE_MEASURES = {
  'omvang-bijstand': 'Hoeveel mensen bijstand krijgen',
  'caseload-per-klantmanager': 'Cliënten per klantmanager',
  'uitgaven-actief-arbeidsmarktbeleid': 'Uitgaven aan actief arbeidsmarktbeleid (procent van het bbp)',
  'activeringsbudget-gemeenten': 'Geld voor gemeenten om mensen naar werk te begeleiden',
} as const;
export type ComparableMeasure = keyof typeof COMPARABLE_MEASURES;

/** Counts words the way a reader would: runs of non-space characters. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

export const MAX_SNIPPET_WORDS = 30;

const documentSource = z.object({
  type: z.literal('document'),
  /** id of an entry in content/sources.yaml */
  document: z.string().regex(idPattern),
  /** the section heading in the document, as a reader finds it */
  section: z.string().min(1),
  /** line range in the extracted source text (for maintainers), 1-based and inclusive */
  lines: z
    .tuple([z.number().int().positive(), z.number().int().positive()])
    .refine(([a, b]) => a <= b, 'de regelreeks loopt achteruit'),
  /** verbatim words from those lines that prove the figure */
  snippet: z
    .string()
    .min(3)
    .refine((s) => wordCount(s) <= MAX_SNIPPET_WORDS, `een citaat is hoogstens ${MAX_SNIPPET_WORDS} woorden`),
  /**
   * What the document itself names as its source for the figure ("SCP 2020"), or null when it
   * names none: the site then prints "bron niet vermeld in het stuk".
   */
  citedSource: z.string().min(1).nullable(),
});

/** A figure from a statistics table: the same provenance as a dataset (src/lib/provenance.ts). */
const statisticsSource = statisticsProvenanceSchema.extend({ type: z.literal('statistics') });

/** How a computed figure follows from its inputs; the cross-check recomputes it. */
export const FORMULAS = {
  /** (b - a) / a × 100, for inputs [a, b] */
  'relatieve-verandering': (xs: number[]) => ((xs[1]! - xs[0]!) / xs[0]!) * 100,
  /** b - a */
  verschil: (xs: number[]) => xs[1]! - xs[0]!,
  /** a / b */
  verhouding: (xs: number[]) => xs[0]! / xs[1]!,
  /** a / b × 100: a part as a percentage of a total */
  aandeel: (xs: number[]) => (xs[0]! / xs[1]!) * 100,
  som: (xs: number[]) => xs.reduce((a, b) => a + b, 0),
} as const;
export type Formula = keyof typeof FORMULAS;

const computedSource = z.object({
  type: z.literal('computed'),
  /** ids of the figures this one is computed from, in the order the formula uses them */
  inputs: z.array(z.string().regex(idPattern)).min(1),
  formula: z.enum(Object.keys(FORMULAS) as [Formula, ...Formula[]]),
  /** decimals the value is rounded to */
  decimals: z.number().int().min(0).max(4),
  method: z.string().min(1),
});

export const figureSourceSchema = z.discriminatedUnion('type', [documentSource, statisticsSource, computedSource]);

export const figureSchema = z
  .object({
    id: z.string().regex(idPattern),
    value: z.number(),
    unit: z.enum(Object.keys(FIGURE_UNITS) as [FigureUnit, ...FigureUnit[]]),
    /** noun printed after a plain count or instead of the unit label ("mensen", "gemeenten") */
    noun: z.string().optional(),
    qualifier: z.enum(QUALIFIERS).optional(),
    /** the wording the document uses when a number alone misleads ("ruim twee derde") */
    display: z.string().optional(),
    /** what the figure measures, in plain Dutch */
    measures: z.string().min(5),
    period: z.coerce.string().min(1),
    place: z.string().min(1),
    /** shown in the chapter's Kerncijfers table */
    key: z.boolean().default(false),
    /** a remark for readers: a discrepancy with another document, a definition */
    note: z.string().optional(),
    /** set when other documents give a number for the same measure (see COMPARABLE_MEASURES) */
    compare: z.enum(Object.keys(COMPARABLE_MEASURES) as [ComparableMeasure, ...ComparableMeasure[]]).optional(),
    /**
     * In a comparison chart: a few words that tell this bar from others of the same document,
     * period and place ("Jobbtorg", "IPS-coach"). Required where such bars would read the same.
     */
    compareLabel: z.string().min(2).max(40).optional(),
    source: figureSourceSchema,
  })
  .strict();

export type Figure = z.infer<typeof figureSchema>;
export type FigureInput = z.input<typeof figureSchema>;
export type DocumentFigureSource = z.infer<typeof documentSource>;

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** Formats a euro amount the way Dutch prose does: "€ 636 miljoen", "€ 1,2 miljard", "€ 999". */
export function formatEuro(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `€ ${decimal.format(value / 1e9)} miljard`;
  if (abs >= 1e6) return `€ ${decimal.format(value / 1e6)} miljoen`;
  return `€ ${decimal.format(value)}`;
}

/** The number and unit of a figure as the site prints it, e.g. "ruim 60 procent". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'noun' | 'qualifier' | 'display'>): string {
  if (figure.display) return figure.display;
  const { value, unit } = figure;
  let body: string;
  switch (unit) {
    case 'euro':
      body = formatEuro(value);
      break;
    case 'jaar':
      body = String(value);
      break;
    case 'clienten-per-klantmanager':
      body = `${integer.format(value)} ${figure.noun ?? FIGURE_UNITS[unit]}`;
      break;
    default: {
      const label = figure.noun ?? FIGURE_UNITS[unit];
      const number = Number.isInteger(value) ? integer.format(value) : decimal.format(value);
      body = label ? `${number} ${label}` : number;
    }
  }
  return figure.qualifier ? `${figure.qualifier} ${body}` : body;
}

/**
 * Only the number (with its hedge word), for table cells whose column header names the unit:
 * "4.000" rather than "4.000 tegenpresteerders". The document's own wording is kept as is.
 */
export function formatFigureNumber(figure: Pick<Figure, 'value' | 'unit' | 'noun' | 'qualifier' | 'display'>): string {
  if (figure.display) return figure.display;
  if (figure.unit === 'euro' || figure.unit === 'jaar') return formatFigure(figure);
  const number = Number.isInteger(figure.value) ? integer.format(figure.value) : decimal.format(figure.value);
  const suffix = figure.unit === 'procent' || figure.unit === 'procent-bbp' ? '%' : '';
  return `${figure.qualifier ? `${figure.qualifier} ` : ''}${number}${suffix}`;
}

/** Short Dutch description of where a figure comes from, for tables and popovers. */
export function describeCitedSource(source: Figure['source']): string {
  switch (source.type) {
    case 'document':
      return source.citedSource ?? 'bron niet vermeld in het stuk';
    case 'statistics':
      return describeStatistic(source);
    case 'computed':
      return `eigen berekening: ${source.method}`;
  }
}

/**
 * Looks a figure up by id and fails loudly when it is unknown. The MDX component uses this, so a
 * chapter that refers to a figure that does not exist breaks the build instead of printing nothing.
 */
export function requireFigure<T extends { id: string }>(figures: readonly T[], id: string, where = ''): T {
  const found = figures.find((f) => f.id === id);
  if (!found) {
    throw new Error(`Onbekend cijfer "${id}"${where ? ` in ${where}` : ''}: voeg het toe aan content/figures/.`);
  }
  return found;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Checks the figures as a set: unique ids, known documents, computed inputs that exist. */
export function crossCheckFigures(figures: readonly Figure[], documentIds: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const f of figures) {
    if (seen.has(f.id)) problems.push(`dubbel cijfer-id: ${f.id}`);
    seen.add(f.id);
  }
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const f of figures) {
    if (f.source.type === 'document' && !documentIds.includes(f.source.document)) {
      problems.push(`${f.id}: onbekend document "${f.source.document}"`);
    }
    if (f.source.type === 'computed') {
      const inputs = f.source.inputs.map((id) => byId.get(id));
      const missing = f.source.inputs.filter((_, i) => !inputs[i]);
      if (missing.length > 0) {
        problems.push(`${f.id}: onbekende invoer ${missing.map((m) => `"${m}"`).join(', ')}`);
        continue;
      }
      const expected = roundTo(FORMULAS[f.source.formula](inputs.map((x) => x!.value)), f.source.decimals);
      if (expected !== f.value) problems.push(`${f.id}: berekend ${expected}, maar de waarde is ${f.value}`);
    }
  }
  return problems;
}
