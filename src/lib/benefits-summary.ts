// What the CBS series of WW and bijstand benefits shows about the 2008 crisis ("Zo ging het
// echt"): where each series was lowest before it rose, and where it peaked afterwards. Pure: the
// component chooses the columns and prints the text.
import { formatMonth, formatThousands, low, peak, type Dataset, type Extreme, type KeyRange } from './datasets.ts';

/**
 * The windows the summary looks in. They are a reading of the series, not a computation: the WW
 * reacts at once, so its low before the rise lies in 2007–2009; the bijstand lags (people first
 * use up their WW), so its low is looked for until the end of 2010; both peaks after the crisis
 * start lie between 2008 and the end of the series.
 */
export const CRISIS_WINDOWS = {
  wwLow: { from: '2007-01', to: '2009-12' },
  bijstandLow: { from: '2007-01', to: '2010-12' },
  peaks: { from: '2008-01', to: '2018-12' },
} as const satisfies Record<string, KeyRange>;

export interface CrisisSummary {
  wwLow: Extreme;
  wwPeak: Extreme;
  bijstandLow: Extreme;
  bijstandPeak: Extreme;
}

/** The lows and peaks of two columns of a monthly dataset: one for the WW, one for the bijstand. */
export function crisisSummary(dataset: Dataset, columns: { ww: string; bijstand: string }): CrisisSummary {
  return {
    wwLow: low(dataset, columns.ww, CRISIS_WINDOWS.wwLow),
    wwPeak: peak(dataset, columns.ww, CRISIS_WINDOWS.peaks),
    bijstandLow: low(dataset, columns.bijstand, CRISIS_WINDOWS.bijstandLow),
    bijstandPeak: peak(dataset, columns.bijstand, CRISIS_WINDOWS.peaks),
  };
}

const when = (e: Extreme) => formatMonth(String(e.at));

/** The chart's text summary. */
export function crisisSummaryText(s: CrisisSummary): string {
  return (
    `Na het begin van de crisis stijgt de WW snel: van ${formatThousands(s.wwLow.value)} uitkeringen in ${when(s.wwLow)} tot het hoogste punt, ` +
    `${formatThousands(s.wwPeak.value)} in ${when(s.wwPeak)}. De bijstand stijgt trager maar langer door: van ` +
    `${formatThousands(s.bijstandLow.value)} in ${when(s.bijstandLow)} tot ${formatThousands(s.bijstandPeak.value)} in ` +
    `${when(s.bijstandPeak)}, ook toen de WW al daalde.`
  );
}
