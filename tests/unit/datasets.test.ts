import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readMonthlyBenefits, peak, peakBetween, formatMonth, formatThousands } from '../../src/lib/datasets.ts';

const dir = join(import.meta.dirname, '..', '..', 'content', 'data');

describe('CBS WW and bijstand series', () => {
  const { meta, rows } = readMonthlyBenefits(dir);
  it('has provenance: CBS table, unit and licence', () => {
    expect(meta.publisher).toBe('CBS');
    expect(meta.table).toContain('37789ksz');
    expect(meta.licence).toBe('CC BY 4.0');
    expect(meta.unit).toContain('1 000');
  });
  it('covers January 1998 to October 2018, month by month without gaps', () => {
    expect(rows[0]!.periode).toBe('1998-01');
    expect(rows.at(-1)!.periode).toBe('2018-10');
    expect(rows).toHaveLength(250);
  });
  it('finds peaks: after the 2008 crisis, WW peaks before bijstand does', () => {
    const ww = peakBetween(rows, 'ww', 2008, 2018);
    const bijstand = peakBetween(rows, 'bijstand', 2008, 2018);
    expect(ww).toEqual({ periode: '2016-03', value: 470.2 });
    expect(bijstand).toEqual({ periode: '2017-03', value: 447.5 });
    // over the whole series the bijstand maximum is the first month: the 1990s level was higher
    expect(peak(rows, 'bijstand').periode).toBe('1998-01');
  });
  it('formats months and thousands in Dutch', () => {
    expect(formatMonth('2014-03')).toBe('maart 2014');
    expect(formatThousands(437.9)).toBe('437,9 duizend');
  });
});
