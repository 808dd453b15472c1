import { describe, expect, it } from 'vitest';
import { datasetHref, datasetIds, readDataset, seriesOf, type Dataset } from '../../src/lib/datasets.ts';
import { datasetTable } from '../../src/lib/dataset-table.ts';
import { formatTable } from '../../src/lib/charts/table-rows.ts';

const ID = 'cbs-37789ksz-ww-bijstand';

describe('a dataset as a table', () => {
  it('lists every dataset in content/data, each with its own page', () => {
    expect(datasetIds()).toContain(ID);
    expect(datasetHref(ID)).toBe(`/cijfers/reeksen/${ID}/`);
  });

  it('has exactly the cells of the table a line chart of its columns had under it', () => {
    const dataset = readDataset(ID);
    const table = datasetTable(dataset);
    const chart = formatTable([{ name: 'WW', points: seriesOf(dataset, 'ww') }, { name: 'bijstand', points: seriesOf(dataset, 'bijstand') }], 'maand');
    expect(table.rows).toHaveLength(250);
    expect(table.rows.map((r) => [r.head, ...r.cells])).toEqual(chart.rows.map((r) => [r.label, ...r.cells]));
    expect(table.rows[0]).toEqual({ head: 'jan 1998', cells: ['350,8', '449'] });
    // one unit for both columns: in the caption, as under the chart
    expect(table.caption).toBe('WW- en bijstandsuitkeringen per maand, 1998–2018 (× 1 000 uitkeringen)');
    expect(table.heads).toEqual([
      { text: 'Maand', numeric: false },
      { text: 'WW-uitkeringen, niet seizoengecorrigeerd', numeric: true },
      { text: 'bijstandsuitkeringen, totaal', numeric: true },
    ]);
    expect(table.hasGaps).toBe(false);
  });

  it('puts units in the heads when the columns do not share one, and marks an empty cell', () => {
    const dataset: Dataset = {
      id: 't',
      files: { definition: 't.yaml', data: 't.csv' },
      definition: {
        id: 't',
        title: 'Test',
        source: { publisher: 'CBS', table: 'T', status: 'definitief', licence: 'CC BY 4.0', retrieved: '2026-11' },
        period: '2020',
        key: 'jaar',
        transcribed: 'met de hand',
        columns: {
          jaar: { type: 'year', label: 'jaar' },
          mensen: { type: 'integer', label: 'mensen', unit: 'personen', nullable: true },
          geld: { type: 'number', label: 'geld', unit: 'mln euro', nullable: false },
          soort: { type: 'category', label: 'soort', values: ['a', 'b'] },
        },
      },
      rows: [
        { jaar: 2020, mensen: 1250, geld: 3.5, soort: 'a' },
        { jaar: 2021, mensen: null, geld: 1234.25, soort: 'b' },
      ],
    };
    const table = datasetTable(dataset);
    expect(table.caption).toBe('Test');
    expect(table.heads.map((h) => h.text)).toEqual(['Jaar', 'mensen (personen)', 'geld (mln euro)', 'soort']);
    expect(table.rows).toEqual([
      { head: '2020', cells: ['1.250', '3,5', 'a'] },
      { head: '2021', cells: [null, '1.234,25', 'b'] },
    ]);
    expect(table.hasGaps).toBe(true);
  });
});
