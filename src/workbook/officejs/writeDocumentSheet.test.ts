import type { TableSheetModel } from '../../domain/output/sheetModel';
import { FakeWorkbook } from '../../../test/support/fakeExcel';
import type { ExcelFeatures } from './features';
import { OfficeJsWorkbook } from './OfficeJsWorkbook';

const ALL: ExcelFeatures = { freezePanes: true, dataValidation: true, pageLayout: true, protection: true, protectionSelectionMode: true };
const NONE: ExcelFeatures = {
  freezePanes: false,
  dataValidation: false,
  pageLayout: false,
  protection: false,
  protectionSelectionMode: false,
};

const appendix: TableSheetModel = {
  kind: 'table',
  name: 'Lampiran SK',
  tableName: 'LampiranSK',
  titleLines: ['LAMPIRAN KEPUTUSAN WALI KOTA TEBING TINGGI', 'NOMOR : 1', 'TANGGAL : 2', 'TENTANG : 3'],
  columns: [
    { header: 'NO', width: 5, format: 'integer' },
    { header: 'NAMA / NIP', width: 30, format: 'text', wrap: true },
    { header: 'KET', width: 10, format: 'text' },
  ],
  rows: [
    [1, 'Budi\nNIP. 198503122010011002', '=Mutasi'],
    [2, 'Ani\nNIP. 199001012015022001', 'Mutasi'],
  ],
  print: { landscape: true, paper: 'F4' },
  document: { numberedColumns: true, borders: true, footerLines: ['Ditetapkan di Tebing Tinggi', '', 'WALI KOTA'], blockColumn: 2 },
};

describe('writeDocumentSheet (Office.js, against an in-memory Excel)', () => {
  it('writes the document layout, borders, Folio landscape and the header rows repeated', async () => {
    const excel = new FakeWorkbook();
    const port = new OfficeJsWorkbook(excel.run, ALL);
    expect(await port.addSheets([appendix])).toEqual(['Lampiran SK']);
    const sheet = excel.sheet('Lampiran SK');
    if (!sheet) throw new Error('sheet missing');
    const rows = sheet.rows();
    expect(rows[0]?.[1]).toBe('LAMPIRAN KEPUTUSAN WALI KOTA TEBING TINGGI');
    expect(rows[5]).toEqual(['NO', 'NAMA / NIP', 'KET']);
    expect(rows[6]).toEqual([1, 2, 3]);
    expect(rows[7]).toEqual([1, 'Budi\nNIP. 198503122010011002', '=Mutasi']);
    expect(sheet.formats.get('7:2')).toBe('@');
    expect(rows[10]?.[1]).toBe('Ditetapkan di Tebing Tinggi\n \nWALI KOTA');
    expect(excel.tableList).toHaveLength(0);
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'Folio', printTitleRows: '$6:$7' });
    const bordered = sheet.ranges.find((range) => range.address === 'A6:C9');
    expect(bordered?.format.borderItems.get('InsideHorizontal')).toEqual({ style: 'Continuous', weight: 'Thin' });
    expect(sheet.ranges.filter((range) => range.merged)).toHaveLength(5);
    expect(sheet.rowHeight(8)).toBeGreaterThanOrEqual(30);
  });

  it('does not crash where page layout is missing: the sheet is written and the skip noted', async () => {
    const excel = new FakeWorkbook();
    const port = new OfficeJsWorkbook(excel.run, NONE);
    await port.addSheets([appendix]);
    expect(excel.sheet('Lampiran SK')?.rows()[7]?.[2]).toBe('=Mutasi');
    expect(excel.sheet('Lampiran SK')?.pageLayout.printTitleRows).toBe('');
    expect(port.notes).toContain('noPageLayout');
  });
});
