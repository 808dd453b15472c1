// Figures that several documents give for the same measure, set side by side. Pure: takes the
// figures and the documents' labels, returns rows for the chart and its table.
import { COMPARABLE_MEASURES, formatFigure, type ComparableMeasure, type Figure } from './figures.ts';

export interface ComparisonRow {
  figureId: string;
  /** who says it: the document's short title, or the statistics publisher */
  label: string;
  /** the label with period and place, as the chart prints it above the bar */
  axisLabel: string;
  value: number;
  text: string;
  /** the number alone, short enough to print at the end of a bar: "350", "€ 636 mln", "≈ 1,2%" */
  shortText: string;
  period: string;
  place: string;
  measures: string;
  /** a hedge word or the document's own wording means the value is approximate */
  approximate: boolean;
}

export function comparisonRows(
  figures: readonly Figure[],
  measure: ComparableMeasure,
  documentLabel: (documentId: string) => string,
): ComparisonRow[] {
  return figures
    .filter((f) => f.compare === measure)
    .map((f) => {
      const label =
        f.source.type === 'document'
          ? documentLabel(f.source.document)
          : f.source.type === 'statistics'
            ? f.source.publisher
            : computedLabel(f, figures, documentLabel);
      return {
        figureId: f.id,
        label,
        axisLabel: `${label}: ${f.period}, ${f.place}${f.compareLabel ? `, ${f.compareLabel}` : ''}`,
        value: f.value,
        text: formatFigure(f),
        shortText: shortNumber(f),
        period: f.period,
        place: f.place,
        measures: f.measures,
        approximate: Boolean(f.qualifier || f.display),
      };
    })
    .sort((a, b) => a.period.localeCompare(b.period, 'nl', { numeric: true }) || a.label.localeCompare(b.label, 'nl'));
}

/**
 * Who a computed figure comes from: "Eigen berekening uit <document>" when its inputs come from
 * one document, so that a reader can tell our ratio of a document's numbers from the document's own.
 */
function computedLabel(f: Figure, figures: readonly Figure[], documentLabel: (documentId: string) => string): string {
  if (f.source.type !== 'computed') return 'Eigen berekening';
  const inputs = f.source.inputs;
  const documents = new Set(
    figures.filter((g) => inputs.includes(g.id)).map((g) => (g.source.type === 'document' ? g.source.document : undefined)),
  );
  const [only] = [...documents];
  return documents.size === 1 && only ? `Eigen berekening uit ${documentLabel(only)}` : 'Eigen berekening';
}

const compact = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** The number of a figure in a few characters, with ≈ when the document gives an approximation. */
export function shortNumber(f: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'display'>): string {
  const approx = f.qualifier || f.display ? '≈ ' : '';
  switch (f.unit) {
    case 'euro':
      return f.value >= 1e9
        ? `${approx}€ ${compact.format(f.value / 1e9)} mld`
        : f.value >= 1e6
          ? `${approx}€ ${compact.format(f.value / 1e6)} mln`
          : `${approx}€ ${compact.format(f.value)}`;
    case 'procent':
    case 'procent-bbp':
      return `${approx}${compact.format(f.value)}%`;
    case 'jaar':
      return String(f.value);
    default:
      return `${approx}${compact.format(f.value)}`;
  }
}

/** Bars of one chart whose labels read the same (the chart could not tell them apart). */
export function ambiguousLabels(rows: readonly ComparisonRow[]): string[] {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.axisLabel, (seen.get(r.axisLabel) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([l]) => l);
}

/**
 * Amounts of euros on an axis, all in one unit chosen by the axis's largest value, as a reader
 * says them: "€ 0,5 mld  € 1 mld  € 1,5 mld", "€ 200 mln", "€ 1.000".
 */
export function euroTickFormat(max: number): (value: number) => string {
  const [divisor, unit] = max >= 1e9 ? [1e9, ' mld'] : max >= 1e6 ? [1e6, ' mln'] : [1, ''];
  return (value) => (value === 0 ? '€ 0' : `€ ${compact.format(value / divisor)}${unit}`);
}

/** A one-paragraph summary of what the comparison shows, for the text next to the chart. */
export function comparisonSummary(measure: ComparableMeasure, rows: readonly ComparisonRow[]): string {
  const title = COMPARABLE_MEASURES[measure];
  if (rows.length === 0) return `${title}: geen cijfers.`;
  const sources = new Set(rows.map((r) => r.label));
  const low = rows.reduce((a, b) => (b.value < a.value ? b : a));
  const high = rows.reduce((a, b) => (b.value > a.value ? b : a));
  return (
    `${title}: ${rows.length} cijfers uit ${sources.size} ${sources.size === 1 ? 'bron' : 'bronnen'}. ` +
    `Het laagste is ${low.text} (${low.label}, ${low.period}, ${low.place}); ` +
    `het hoogste ${high.text} (${high.label}, ${high.period}, ${high.place}). ` +
    'De cijfers gaan over verschillende jaren, plaatsen en soms definities: lees ze naast elkaar, niet als één reeks.'
  );
}

/**
 * The measures worth a comparison chart: at least two figures, from at least two origins (two
 * documents, or a document and a statistic), so that the chart really sets sources side by side.
 */
export function comparableMeasures(figures: readonly Figure[]): ComparableMeasure[] {
  return (Object.keys(COMPARABLE_MEASURES) as ComparableMeasure[]).filter((m) => {
    const tagged = figures.filter((f) => f.compare === m);
    const origins = new Set(tagged.map((f) => (f.source.type === 'document' ? f.source.document : f.source.type)));
    return tagged.length >= 2 && origins.size >= 2;
  });
}
