import type { TableSheetModel } from '../../domain/output/sheetModel';
import { FakeWorkbook } from '../../../test/support/fakeExcel';
import type { ExcelFeatures } from './features';
import { OfficeJsWorkbook } from './OfficeJsWorkbook';

const BASE: ExcelFeatures = { freezePanes: true, dataValidation: true, pageLayout: true, protection: true, protectionSelectionMode: true };
const CHARTS: ExcelFeatures = { ...BASE, charts: true, chartPlotOrder: true };

/** Ringkasan as the engine lays it out: figures in A:C, the staffing block from E3, its chart below. */
const ringkasan: TableSheetModel = {
  kind: 'table',
  name: 'Ringkasan',
  tableName: 'Ringkasan',
  titleLines: ['Ringkasan Rencana Mutasi ASN', 'Tanggal efektif: 1 Desember 2026'],
  columns: [
    { header: 'Bagian', width: 18, format: 'text' },
    { header: 'Uraian', width: 64, format: 'text', wrap: true },
    { header: 'Angka', width: 22, format: 'general' },
  ],
  rows: [['Rencana', 'Usulan mutasi', 2]],
  print: { landscape: false, paper: 'A4', area: 'A1:C5' },
  blocks: [
    {
      titleRow: 3,
      firstColumn: 4,
      title: 'Kebutuhan dan pegawai: 2 unit',
      columns: [
        { header: 'Unit Kerja', width: 40, format: 'text' },
        { header: 'Kebutuhan', width: 12, format: 'integer' },
        { header: 'Pegawai Saat Ini', width: 12, format: 'integer' },
        { header: 'Pegawai Sesudah', width: 12, format: 'integer' },
      ],
      rows: [
        ['Dinas A', 3, 1, 2],
        ['Dinas B', 1, 2, 1],
      ],
    },
  ],
  charts: [
    {
      type: 'barClustered',
      title: 'Kebutuhan dan pegawai per unit kerja',
      source: 'E4:H6',
      categories: 'E5:E6',
      series: [
        { name: 'Kebutuhan', values: 'F5:F6' },
        { name: 'Pegawai Saat Ini', values: 'G5:G6' },
        { name: 'Pegawai Sesudah', values: 'H5:H6' },
      ],
      anchor: 'E8',
      width: 460,
      height: 200,
    },
  ],
};

describe('the staffing chart on Ringkasan (Office.js, against an in-memory Excel)', () => {
  it('writes the block of figures beside the table and adds a clustered bar chart over it', async () => {
    const excel = new FakeWorkbook();
    const port = new OfficeJsWorkbook(excel.run, CHARTS);
    await port.addSheets([ringkasan]);
    const sheet = excel.sheet('Ringkasan');
    if (!sheet) throw new Error('sheet missing');
    const rows = sheet.rows();
    expect(rows[2]?.[4]).toBe('Kebutuhan dan pegawai: 2 unit');
    expect(rows[3]?.slice(0, 8)).toEqual([
      'Bagian',
      'Uraian',
      'Angka',
      undefined,
      'Unit Kerja',
      'Kebutuhan',
      'Pegawai Saat Ini',
      'Pegawai Sesudah',
    ]);
    expect(rows[4]?.slice(4, 8)).toEqual(['Dinas A', 3, 1, 2]);
    expect(rows[5]?.slice(4, 8)).toEqual(['Dinas B', 1, 2, 1]);
    expect(sheet.chartList).toHaveLength(1);
    const chart = sheet.chartList[0]!;
    expect(chart).toMatchObject({ type: 'BarClustered', source: 'E4:H6', seriesBy: 'Columns', width: 460, height: 200 });
    expect(chart.title.text).toBe('Kebutuhan dan pegawai per unit kerja');
    expect(chart.legend.position).toBe('Bottom');
    expect(chart.seriesNames).toEqual(['Kebutuhan', 'Pegawai Saat Ini', 'Pegawai Sesudah']);
    expect(chart.position).toEqual({ start: 'E8', end: undefined });
    expect(chart.axes.categoryAxis.reversePlotOrder).toBe(true);
    // The figures print on their own; the block and the chart are for the screen.
    expect(sheet.pageLayout.printArea).toBe('A1:C5');
    expect(port.notes).toEqual([]);
  });

  it('without ExcelApi 1.1 skips the chart with the noCharts note and keeps the figures', async () => {
    const excel = new FakeWorkbook();
    const port = new OfficeJsWorkbook(excel.run, BASE);
    await expect(port.addSheets([ringkasan])).resolves.toEqual(['Ringkasan']);
    const sheet = excel.sheet('Ringkasan')!;
    expect(sheet.chartList).toHaveLength(0);
    expect(sheet.rows()[4]?.slice(4, 8)).toEqual(['Dinas A', 3, 1, 2]);
    expect(port.notes).toEqual(['noCharts']);
  });

  it('a chart Excel refuses costs the chart, not the sheet', async () => {
    const probe = new FakeWorkbook();
    await new OfficeJsWorkbook(probe.run, CHARTS).addSheets([ringkasan]);
    const excel = new FakeWorkbook();
    // The chart's request comes right after the sheet's data; the sheet's own requests end with the frozen header and activation.
    excel.failOnSync = probe.syncs - 2;
    const port = new OfficeJsWorkbook(excel.run, CHARTS);
    await expect(port.addSheets([ringkasan])).resolves.toEqual(['Ringkasan']);
    expect(excel.sheet('Ringkasan')?.rows()[4]?.slice(4, 8)).toEqual(['Dinas A', 3, 1, 2]);
    expect(port.notes).toEqual(['noCharts']);
  });
});
