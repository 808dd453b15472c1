// The lows and peaks "Zo ging het echt" prints, checked against the raw CSV read without our
// reader or its helpers.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { CRISIS_WINDOWS, crisisSummary, crisisSummaryText } from '../../src/lib/benefits-summary.ts';
import { readDataset } from '../../src/lib/datasets.ts';

const ID = 'cbs-37789ksz-ww-bijstand';
const raw = csvParse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'data', `${ID}.csv`), 'utf8'));

/** The first month with the lowest or highest value in [from, to], by a plain loop. */
function extreme(column: 'ww' | 'bijstand', from: string, to: string, sign: 1 | -1) {
  let best: { at: string; value: number } | undefined;
  for (const r of raw) {
    if (r.periode! < from || r.periode! > to) continue;
    const v = Number(r[column]);
    if (!best || sign * (v - best.value) > 0) best = { at: r.periode!, value: v };
  }
  return best!;
}

describe('what the CBS series shows about the crisis', () => {
  const s = crisisSummary(readDataset(ID), { ww: 'ww', bijstand: 'bijstand' });

  it('finds the same lows and peaks as a plain loop over the CSV', () => {
    expect(s.wwLow).toEqual(extreme('ww', CRISIS_WINDOWS.wwLow.from, CRISIS_WINDOWS.wwLow.to, -1));
    expect(s.bijstandLow).toEqual(extreme('bijstand', CRISIS_WINDOWS.bijstandLow.from, CRISIS_WINDOWS.bijstandLow.to, -1));
    expect(s.wwPeak).toEqual(extreme('ww', CRISIS_WINDOWS.peaks.from, CRISIS_WINDOWS.peaks.to, 1));
    expect(s.bijstandPeak).toEqual(extreme('bijstand', CRISIS_WINDOWS.peaks.from, CRISIS_WINDOWS.peaks.to, 1));
  });

  it('tells the story the text tells: WW turns first, bijstand peaks later', () => {
    expect(s.wwLow.at < s.bijstandLow.at).toBe(true);
    expect(s.wwPeak.at < s.bijstandPeak.at).toBe(true);
  });

  it('prints the same summary as before the move out of the component', () => {
    expect(crisisSummaryText(s)).toBe(
      'Na het begin van de crisis stijgt de WW snel: van 160,8 duizend uitkeringen in oktober 2008 tot het hoogste punt, 470,2 duizend in maart 2016. ' +
        'De bijstand stijgt trager maar langer door: van 292,3 duizend in december 2008 tot 447,5 duizend in maart 2017, ook toen de WW al daalde.',
    );
  });
});
