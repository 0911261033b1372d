import ExcelJS from 'exceljs';
import type { TableSheetModel } from '../../domain/output/sheetModel';
import { ExcelJsWorkbook } from './ExcelJsWorkbook';

const appendix = (paper: 'F4' | 'A4'): TableSheetModel => ({
  kind: 'table',
  name: 'Lampiran SK',
  tableName: 'LampiranSK',
  titleLines: ['LAMPIRAN KEPUTUSAN WALI KOTA TEBING TINGGI', 'NOMOR : 1', 'TANGGAL : 2', 'TENTANG : 3'],
  columns: [
    { header: 'NO', width: 5, format: 'integer' },
    { header: 'NAMA / NIP', width: 30, format: 'text', wrap: true },
    { header: 'JABATAN', width: 20, format: 'text', wrap: true },
    { header: 'KET', width: 10, format: 'text', wrap: true },
  ],
  rows: [
    [1, 'Budi\nNIP. 198503122010011002', 'Kepala Seksi Rehabilitasi Sosial pada Dinas Sosial', '=Mutasi'],
    [2, 'Ani\nNIP. 199001012015022001', 'Perawat', 'Mutasi'],
  ],
  print: { landscape: true, paper },
  document: { numberedColumns: true, borders: true, footerLines: ['Ditetapkan di Tebing Tinggi', '', 'WALI KOTA'], blockColumn: 3 },
});

async function writtenSheet(model: TableSheetModel): Promise<ExcelJS.Worksheet> {
  const workbook = ExcelJsWorkbook.empty();
  await workbook.addSheets([model]);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load((await workbook.toBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = reread.getWorksheet(model.name);
  if (!sheet) throw new Error('sheet missing');
  return sheet;
}

describe('writeDocumentSheet (ExcelJS)', () => {
  it('writes print settings that survive the file: landscape Folio, one page wide, header rows 6:7 on every page', async () => {
    const sheet = await writtenSheet(appendix('F4'));
    expect(sheet.pageSetup.orientation).toBe('landscape');
    // Excel's paper code 14 is Folio, 8.5 × 13 in: the Indonesian F4.
    expect(sheet.pageSetup.paperSize).toBe(14);
    expect(sheet.pageSetup.fitToPage).toBe(true);
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.fitToHeight).toBe(0);
    expect(sheet.pageSetup.printTitlesRow).toBe('6:7');
    expect((await writtenSheet(appendix('A4'))).pageSetup.paperSize).toBe(9);
  });

  it('lays out title block, bold header, numbered row, bordered data as text, and the signature block', async () => {
    const sheet = await writtenSheet(appendix('F4'));
    expect(sheet.getCell('C1').value).toBe('LAMPIRAN KEPUTUSAN WALI KOTA TEBING TINGGI');
    expect(sheet.getCell('C1').isMerged).toBe(true);
    expect(sheet.getCell('A6').value).toBe('NO');
    expect(sheet.getCell('B6').font?.bold).toBe(true);
    expect([1, 2, 3, 4].map((c) => sheet.getCell(7, c).value)).toEqual([1, 2, 3, 4]);
    expect(sheet.getCell('D8').value).toBe('=Mutasi');
    expect(sheet.getCell('D8').formula).toBeUndefined();
    // The signature block is one row, so no page break can split it.
    expect(sheet.getCell('C11').value).toBe('Ditetapkan di Tebing Tinggi\n \nWALI KOTA');
    expect(sheet.getRow(11).height).toBe(45);
    // No Excel table object: an official appendix has no filter buttons.
    expect(sheet.getTables()).toHaveLength(0);
    // The two-line name cell and the long job cell make the row tall enough to print.
    expect(sheet.getRow(8).height).toBeGreaterThanOrEqual(45);
  });

  it('draws thin borders on every cell of the header, the numbered row and the data, and none on the title', async () => {
    const sheet = await writtenSheet(appendix('F4'));
    const cells: ExcelJS.Cell[] = [];
    for (let r = 6; r <= 9; r++) for (let c = 1; c <= 4; c++) cells.push(sheet.getCell(r, c));
    expect(cells).toHaveLength(16);
    for (const cell of cells) {
      expect(cell.border?.top?.style).toBe('thin');
      expect(cell.border?.bottom?.style).toBe('thin');
      expect(cell.border?.left?.style).toBe('thin');
      expect(cell.border?.right?.style).toBe('thin');
    }
    expect(sheet.getCell('C1').border?.top).toBeUndefined();
    expect(sheet.getCell('A10').border?.top).toBeUndefined();
  });
});
