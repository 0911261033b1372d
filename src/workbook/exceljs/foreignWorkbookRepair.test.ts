import ExcelJS from 'exceljs';
import { repairForeignWorkbook } from './foreignWorkbookRepair';

interface TableModel {
  style: { theme?: string | null } | null;
  columns: { filterButton?: boolean }[];
}

/** A workbook shaped as ExcelJS loads one saved by LibreOffice: no theme, a table without style or filter columns. */
async function libreOfficeShaped(): Promise<ExcelJS.Workbook> {
  const source = new ExcelJS.Workbook();
  source.addWorksheet('Pegawai').addTable({
    name: 'Pegawai',
    ref: 'A1',
    columns: [{ name: 'NIP' }, { name: 'Nama' }],
    rows: [['198501012010011001', 'Ani']],
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await source.xlsx.writeBuffer());
  (workbook as unknown as { _themes: object })._themes = {};
  const table = tableOf(workbook);
  table.style = null;
  for (const column of table.columns) delete column.filterButton;
  return workbook;
}

const tableOf = (workbook: ExcelJS.Workbook): TableModel =>
  (workbook.getWorksheet('Pegawai')!.getTables() as unknown as { table: TableModel }[])[0]!.table;

describe('repairForeignWorkbook', () => {
  it('lets ExcelJS write it: default theme, table left unstyled, filter buttons shown', async () => {
    const workbook = await libreOfficeShaped();
    await expect(workbook.xlsx.writeBuffer()).rejects.toThrow(/reading 'theme'/);

    repairForeignWorkbook(workbook);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    expect(Object.keys((reread as unknown as { _themes: object })._themes)).toEqual(['theme1']);
    const table = tableOf(reread);
    expect(table.style?.theme ?? null).toBeNull();
    expect(table.columns.map((c) => c.filterButton)).toEqual([true, true]);
    expect(reread.getWorksheet('Pegawai')!.getCell('A2').value).toBe('198501012010011001');
  });

  it('leaves a workbook ExcelJS wrote itself as it was', async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet('Pegawai').addTable({
      name: 'Pegawai',
      ref: 'A1',
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: [{ name: 'NIP', filterButton: false }, { name: 'Nama' }],
      rows: [['198501012010011001', 'Ani']],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await source.xlsx.writeBuffer());
    const themes = { ...(workbook as unknown as { _themes: object })._themes };
    const before = JSON.stringify(tableOf(workbook));

    repairForeignWorkbook(workbook);
    expect((workbook as unknown as { _themes: object })._themes).toEqual(themes);
    expect(Object.keys(themes)).toEqual(['theme1']);
    expect(JSON.stringify(tableOf(workbook))).toBe(before);
    expect(tableOf(workbook).style?.theme).toBe('TableStyleMedium2');
  });
});
