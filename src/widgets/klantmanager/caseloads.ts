// The caseloads the documents give, as the widget draws them: each row names the figure records
// (content/figures/*.yaml) it comes from, so that every value traces to its document, section,
// line and snippet. tests/unit/klantmanager.test.ts checks each value and range against those
// records. Runs in the browser too, so it holds only what the chart needs.

export interface DocumentCaseload {
  /** unique within the chart: the row's key */
  key: string;
  /** where and for whom, unique per row ("Rotterdam, ver van werk"): what the bar is */
  label: string;
  /** clients per klantmanager; `high` when the document gives a range ("25-30") */
  low: number;
  high?: number;
  /** the figure records the numbers come from: the low end, and the high end if it has its own */
  figures: readonly string[];
  /** the document and year, as the table's source column prints it */
  source: string;
}

/** From small to large caseload, the order the chart and the table list them. */
export const DOCUMENT_CASELOADS: readonly DocumentCaseload[] = [
  { key: 'stockholm-jobbtorg', label: 'Stockholm, Jobbtorg', low: 25, high: 30, figures: ['zh-jobbtorg-caseload'], source: 'Werkt de zachte hand? (2017)' },
  { key: 'amsterdam-statushouders', label: 'Amsterdam, statushouders', low: 50, figures: ['ebb-caseload-intensief'], source: 'Een betere bijstand (omstreeks 2020)' },
  { key: 'stockholm-gewone-klant', label: 'Stockholm, gewone klant', low: 90, high: 120, figures: ['zh-stockholm-caseload-deelgemeente'], source: 'Werkt de zachte hand? (2017)' },
  { key: 'nederland-vaak', label: 'Nederland, ‘vaak’', low: 100, high: 300, figures: ['wadw2-caseload-ondergrens', 'wadw2-caseload-bovengrens'], source: 'Werk aan de winkel (omstreeks 2018)' },
  { key: 'nederland-geen-uitzondering', label: 'Nederland, ‘geen uitzondering’', low: 150, figures: ['ebb-caseload-gangbaar'], source: 'Een betere bijstand (omstreeks 2020)' },
  { key: 'amsterdam-een-klantmanager', label: 'Amsterdam, één klantmanager', low: 250, figures: ['zh-klantmanager-250'], source: 'Werkt de zachte hand? (2017)' },
  { key: 'amsterdam-ver-van-werk', label: 'Amsterdam, ver van werk', low: 350, figures: ['zh-caseload-amsterdam-350'], source: 'Werkt de zachte hand? (2017)' },
  { key: 'rotterdam-ver-van-werk', label: 'Rotterdam, ver van werk', low: 350, figures: ['zh-caseload-rotterdam-350'], source: 'Werkt de zachte hand? (2017)' },
];
