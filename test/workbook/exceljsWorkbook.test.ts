import ExcelJS from 'exceljs';
import { ExcelJsWorkbook, UnreadableWorkbookError } from '../../src/workbook/exceljs/ExcelJsWorkbook';
import type { TableSheetModel } from '../../src/domain/output/sheetModel';

async function userWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Usulan Mutasi');
  ws.addRow(['Daftar Pegawai']);
  ws.addRow([]);
  ws.addRow(['NIP', 'Nama', 'TMT', 'Rumus']);
  ws.addRow(['198501012010011001', 'Ani', new Date(Date.UTC(2020, 0, 12)), { formula: '1+1', result: 2 }]);
  ws.addRow([{ richText: [{ text: 'Bu' }, { text: 'di' }] }, { error: '#N/A' }]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const proposals: TableSheetModel = {
  kind: 'table',
  name: 'Usulan Mutasi',
  tableName: 'UsulanMutasi',
  titleLines: ['Usulan Mutasi'],
  columns: [
    { header: 'NIP', width: 20, format: 'text' },
    { header: 'Catatan', width: 30, format: 'text', wrap: true },
    { header: 'Keputusan', width: 14, format: 'text', list: ['Diusulkan', 'Setuju', 'Tolak', 'Revisi'] },
  ],
  rows: [
    ['198501012010011001', '=HYPERLINK("http://x")', 'Diusulkan'],
    ['199002022015022002', '+62 812', 'Diusulkan'],
  ],
  print: { landscape: true, paper: 'F4' },
};

describe('ExcelJsWorkbook', () => {
  it('reads values as the user sees them: text, dates, formula results, rich text, errors', async () => {
    const wb = await ExcelJsWorkbook.fromBuffer(await userWorkbook());
    const values = await wb.readValues();
    expect(values.date1904).toBe(false);
    const rows = values.sheets[0]!.rows;
    expect(rows[2]).toEqual(['NIP', 'Nama', 'TMT', 'Rumus']);
    expect(rows[3]).toEqual(['198501012010011001', 'Ani', new Date(Date.UTC(2020, 0, 12)), 2]);
    expect(rows[4]).toEqual(['Budi', '#N/A']);
    expect(rows[1]).toEqual([]);
  });

  it('adds sheets under new names and leaves existing sheets byte-for-byte in value', async () => {
    const wb = await ExcelJsWorkbook.fromBuffer(await userWorkbook());
    const before = await wb.readValues();
    const names = await wb.addSheets([proposals, { ...proposals, hidden: true, name: '_RencanaMutasi', tableName: 'Meta' }]);
    expect(names).toEqual(['Usulan Mutasi (2)', '_RencanaMutasi']);
    const reread = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
    const after = await reread.readValues();
    expect(after.sheets[0]).toEqual(before.sheets[0]);
    expect(reread.sheetStates()).toEqual([
      { name: 'Usulan Mutasi', state: 'visible' },
      { name: 'Usulan Mutasi (2)', state: 'visible' },
      { name: '_RencanaMutasi', state: 'hidden' },
    ]);
  });

  it('writes a real table: text stays text (never a formula), header frozen, drop-down, print setup', async () => {
    const wb = ExcelJsWorkbook.empty();
    await wb.addSheets([proposals]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer);
    const ws = reread.getWorksheet('Usulan Mutasi')!;
    expect(ws.getCell('A3').value).toBe('NIP');
    expect(ws.getCell('A4').value).toBe('198501012010011001');
    expect(ws.getCell('A4').numFmt).toBe('@');
    expect(ws.getCell('B4').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('B4').formula).toBeUndefined();
    expect(ws.getCell('C4').dataValidation).toMatchObject({ type: 'list', formulae: ['"Diusulkan,Setuju,Tolak,Revisi"'] });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 14, fitToWidth: 1, printTitlesRow: '3:3' });
    expect(Object.keys((ws as unknown as { tables: object }).tables)).toEqual(['UsulanMutasi']);
  });

  it('removes the sheets it created when a later sheet fails', async () => {
    const wb = await ExcelJsWorkbook.fromBuffer(await userWorkbook());
    const broken = { ...proposals, name: 'Rusak', columns: null } as unknown as TableSheetModel;
    await expect(wb.addSheets([{ ...proposals, name: 'Ringkasan' }, broken])).rejects.toThrow(/gagal/);
    expect(wb.sheetStates().map((s) => s.name)).toEqual(['Usulan Mutasi']);
  });

  it('rejects bytes that are not an xlsx with a typed error', async () => {
    await expect(ExcelJsWorkbook.fromBuffer(new TextEncoder().encode('not a zip'))).rejects.toBeInstanceOf(UnreadableWorkbookError);
  });
});
