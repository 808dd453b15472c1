import { describe, expect, it } from 'vitest';
import { formatTable, tableRows } from '../../src/lib/charts/table-rows.ts';

const month = (m: string) => new Date(`${m}-01T00:00:00Z`);

describe('chart table rows', () => {
  it('has one row per distinct x over all series, sorted, with null where a series has no value', () => {
    const rows = tableRows([
      { name: 'lang', points: [{ x: 1, y: 10 }, { x: 2, y: 20 }, { x: 3, y: 30 }, { x: 4, y: 40 }] },
      // starts later, ends later, and is given out of order
      { name: 'kort', points: [{ x: 5, y: 0.5 }, { x: 3, y: 0.3 }] },
    ]);
    expect(rows).toEqual([
      { x: 1, values: [10, null] },
      { x: 2, values: [20, null] },
      { x: 3, values: [30, 0.3] },
      { x: 4, values: [40, null] },
      { x: 5, values: [null, 0.5] },
    ]);
  });

  it('matches dates by time, not by object, and keeps a null value as an empty cell', () => {
    const rows = tableRows([
      { name: 'a', points: [{ x: month('2014-01'), y: 1 }, { x: month('2014-02'), y: null }] },
      { name: 'b', points: [{ x: month('2014-02'), y: 2 }] },
    ]);
    expect(rows.map((r) => r.values)).toEqual([
      [1, null],
      [null, 2],
    ]);
  });

  it('formats rows for the reader: Dutch numbers and months, null for "–"', () => {
    const t = formatTable(
      [
        { name: 'WW', points: [{ x: month('2014-03'), y: 437.9 }, { x: month('2014-04'), y: 1234.5 }] },
        { name: 'bijstand', points: [{ x: month('2014-04'), y: 400 }] },
      ],
      'maand',
    );
    expect(t).toEqual({
      rows: [
        { label: 'mrt 2014', cells: ['437,9', null] },
        { label: 'apr 2014', cells: ['1.234,5', '400'] },
      ],
      hasGaps: true,
    });
    expect(formatTable([{ name: 'a', points: [{ x: 1, y: 2 }] }], 'stap').hasGaps).toBe(false);
  });

  it('rejects two values for the same x in one series', () => {
    expect(() => tableRows([{ name: 'a', points: [{ x: 1, y: 1 }, { x: 1, y: 2 }] }])).toThrow(/twee waarden/);
  });
});
