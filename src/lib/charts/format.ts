// How numbers and dates read on chart axes, in labels and in chart tables: Dutch (nl-NL), so
// decimal commas and thousands points ("1.250,5"). Plot and d3-format default to en-US
// ("1,250.5"), so every chart goes through these formatters instead.

/** What the values of an axis are; decides how its ticks read. */
export type TickKind = 'number' | 'year' | 'month' | 'auto';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(decimals: number | undefined): Intl.NumberFormat {
  const key = String(decimals);
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: decimals ?? 2 });
    numberFormats.set(key, f);
  }
  return f;
}

/** "1.250,5": a number as a Dutch reader writes it, with at most `decimals` decimals (default 2). */
export function formatNumber(value: number, decimals?: number): string {
  return numberFormat(decimals).format(value);
}

/** Decimals needed to write a step exactly: 0.5 → 1, 0.25 → 2, 50 → 0 (at most 6). */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || step === 0) return 0;
  const text = String(Number(Math.abs(step).toFixed(6)));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

const monthYear = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLong = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "mrt 2014": a month in a table cell or on a tick. */
export function formatMonthShort(date: Date): string {
  return monthYear.format(date);
}

/** "maart 2014": a month in running text. */
export function formatMonthLong(date: Date): string {
  return monthLong.format(date);
}

const isYearStart = (d: Date) => d.getUTCMonth() === 0 && d.getUTCDate() === 1 && d.getUTCHours() === 0 && d.getUTCMinutes() === 0;

/**
 * A tick formatter for a whole axis: numbers get at most the decimals of the step between ticks
 * (so 0.30000000000000004 reads "0,3"; 1 stays "1" next to "1,5", as Intl writes it), dates at year starts read as the year ("2005"), other dates as month and year. Its
 * signature is Plot's `tickFormat(value, index, ticks)`, so Plot and the D3 axes share it.
 */
export function dutchTickFormat(kind: TickKind = 'auto') {
  return (value: unknown, _index?: number, ticks?: readonly unknown[]): string => {
    if (value === null || value === undefined) return '';
    if (value instanceof Date) {
      if (kind === 'month') return formatMonthShort(value);
      const all = (ticks ?? [value]).filter((t): t is Date => t instanceof Date);
      return all.every(isYearStart) ? String(value.getUTCFullYear()) : formatMonthShort(value);
    }
    if (typeof value === 'number') {
      // years on a linear axis: "2005", never "2.005"
      if (kind === 'year') return String(Math.round(value));
      const nums = (ticks ?? []).filter((t): t is number => typeof t === 'number');
      const step = nums.length > 1 ? Math.min(...nums.slice(1).map((t, i) => Math.abs(t - nums[i]!)).filter((d) => d > 0)) : NaN;
      return formatNumber(value, Number.isFinite(step) ? stepDecimals(step) : undefined);
    }
    return String(value);
  };
}
