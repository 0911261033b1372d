import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ExcelJsWorkbook, UnreadableWorkbookError } from './ExcelJsWorkbook';
import type { SectionsSheetModel, TableSheetModel } from '../../domain/output/sheetModel';

async function userWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Usulan Mutasi');
  ws.addRow(['Daftar Pegawai']);
  ws.addRow([]);
  ws.addRow(['NIP', 'Nama', 'TMT', 'Rumus']);
  ws.addRow(['198501012010011001', 'Ani', new Date(Date.UTC(2020, 0, 12)), { formula: '1+1', result: 2 }]);
  ws.addRow([{ richText: [{ text: 'Bu' }, { text: 'di' }] }, { error: '#N/A' }]);
  ws.addRow(['', 'Citra', '', { formula: 'T(1)', result: '' }]);
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
    // "" reads as an empty cell, as after LibreOffice has saved the file (it drops such cells).
    expect(rows[5]).toEqual([null, 'Citra']);
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

  it('writes a workbook made here as a whole package: the Office theme its font refers to, its creator, the values read back', async () => {
    const wb = ExcelJsWorkbook.empty();
    await wb.addSheets([proposals]);
    const bytes = await wb.toBuffer();
    const zip = await JSZip.loadAsync(bytes);
    const theme = await zip.file('xl/theme/theme1.xml')?.async('string');
    expect(theme).toMatch(/<a:theme\b[^>]*name="Office Theme"/);
    expect(await zip.file('xl/_rels/workbook.xml.rels')?.async('string')).toContain('Target="theme/theme1.xml"');
    expect(await zip.file('[Content_Types].xml')?.async('string')).toContain('PartName="/xl/theme/theme1.xml"');
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(reread.creator).toBe('Rencana Mutasi ASN');
    const fromFile = await (await ExcelJsWorkbook.fromBuffer(bytes)).readValues();
    expect(fromFile).toEqual(await wb.readValues());
    expect(await wb.readComments('Usulan Mutasi')).toEqual([]);
  });

  it('prints a wide sheet two pages across with its first columns repeated on each page', async () => {
    const wb = ExcelJsWorkbook.empty();
    await wb.addSheets([{ ...proposals, print: { landscape: true, paper: 'F4', pagesWide: 2, repeatColumns: 2 } }]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer);
    expect(reread.getWorksheet('Usulan Mutasi')!.pageSetup).toMatchObject({
      fitToWidth: 2,
      printTitlesRow: '3:3',
      printTitlesColumn: 'A:B',
    });
  });

  it('writes a sections sheet: titled tables stacked with a blank row between, an empty section as its note', async () => {
    const report: SectionsSheetModel = {
      kind: 'sections',
      name: 'Pemeriksaan Keadilan',
      titleLines: ['Pemeriksaan Keadilan', 'Tanggal efektif: 1 Desember 2026'],
      sections: [
        {
          title: 'Ringkasan',
          tableName: 'Ringkasan',
          columns: [
            { header: 'Pemeriksaan', width: 30, format: 'text', wrap: true },
            { header: 'Status', width: 12, format: 'text', list: ['Lulus', 'Perhatian', 'Gagal'] },
          ],
          rows: [
            ['Paritas', 'Lulus'],
            ['=SUM(A1)', 'Gagal'],
          ],
        },
        {
          title: 'Kelompok',
          notes: ['Rasio 4/5 = tingkat ÷ tingkat tertinggi'],
          tableName: 'Ringkasan', // a clash: made unique by the adapter
          columns: [
            { header: 'Kelompok', width: 10, format: 'text' },
            { header: 'Tingkat', width: 9, format: 'percent' },
            { header: 'p', width: 40, format: 'general' },
          ],
          rows: [['L', 0.5, 0.01]],
        },
        {
          title: 'Pelanggaran',
          tableName: 'Pelanggaran',
          columns: [{ header: 'Kode', width: 10, format: 'text' }],
          rows: [],
          emptyNote: 'Tidak ada kasus.',
        },
      ],
      print: { landscape: true, paper: 'F4' },
    };
    const wb = ExcelJsWorkbook.empty();
    await wb.addSheets([report]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer);
    const ws = reread.getWorksheet('Pemeriksaan Keadilan')!;
    const column = (c: number) => Array.from({ length: 14 }, (_, r) => ws.getCell(r + 1, c).value);
    expect(column(1)).toEqual([
      'Pemeriksaan Keadilan',
      'Tanggal efektif: 1 Desember 2026',
      null,
      'Ringkasan',
      'Pemeriksaan',
      'Paritas',
      '=SUM(A1)',
      null,
      'Kelompok',
      'Rasio 4/5 = tingkat ÷ tingkat tertinggi',
      'Kelompok',
      'L',
      null,
      'Pelanggaran',
    ]);
    expect(ws.getCell('A15').value).toBe('Tidak ada kasus.');
    expect(ws.getCell('A7').formula).toBeUndefined();
    expect(ws.getCell('B12').numFmt).toBe('0.0%');
    expect(ws.getCell('A6').alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('B6').dataValidation).toMatchObject({ type: 'list', formulae: ['"Lulus,Perhatian,Gagal"'] });
    // Widths: the widest any section asks for.
    expect([ws.getColumn(1).width, ws.getColumn(2).width, ws.getColumn(3).width]).toEqual([30, 12, 40]);
    const tables = (ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables;
    expect(Object.keys(tables)).toEqual(['Ringkasan', 'Ringkasan_2']);
    expect(tables['Ringkasan']?.table.tableRef).toBe('A5:B7');
    expect(tables['Ringkasan_2']?.table.tableRef).toBe('A11:C12');
    expect(ws.views ?? []).not.toContainEqual(expect.objectContaining({ state: 'frozen' }));
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 14, fitToWidth: 1 });
  });

  it('writes dates as date cells with a date format, also among figures', async () => {
    const day = new Date(Date.UTC(2026, 11, 1));
    const summary: TableSheetModel = {
      kind: 'table',
      name: 'Ringkasan',
      tableName: 'Ringkasan',
      columns: [
        { header: 'Uraian', width: 30, format: 'text' },
        { header: 'Nilai', width: 14, format: 'general' },
        { header: 'TMT', width: 12, format: 'date' },
      ],
      rows: [
        ['Tanggal efektif', day, day],
        ['Usulan mutasi', 121, null],
      ],
    };
    const wb = ExcelJsWorkbook.empty();
    await wb.addSheets([summary]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer);
    const ws = reread.getWorksheet('Ringkasan')!;
    expect(ws.getCell('B2').value).toEqual(day);
    expect(ws.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('C2').value).toEqual(day);
    expect(ws.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('B3').value).toBe(121);
    expect(ws.getCell('B3').numFmt ?? 'General').not.toBe('dd/mm/yyyy');
  });

  it('makes rows with wrapped text tall enough to print, and leaves one-line rows alone', async () => {
    const long =
      'Kesesuaian bidang pendidikan dengan jabatan tujuan; aspirasi pegawai: pilihan ke-1; kebutuhan unit tujuan kurang 4 pegawai.';
    const wb = ExcelJsWorkbook.empty();
    await wb.addSheets([
      {
        ...proposals,
        rows: [
          ['198501012010011001', long, 'Diusulkan'],
          ['199002022015022002', 'pendek', 'Diusulkan'],
        ],
      },
    ]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer);
    const ws = reread.getWorksheet('Usulan Mutasi')!;
    expect(ws.getRow(4).height).toBeGreaterThanOrEqual(4 * 15); // ~125 characters in a 30-wide column
    expect(ws.getRow(5).height ?? 15).toBe(15);
    expect(ws.getCell('B4').alignment).toMatchObject({ wrapText: true });
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

describe('appending result sheets to the user file', () => {
  it('keeps the user file as it is when nothing is added', async () => {
    const bytes = await userWorkbook();
    expect(await (await ExcelJsWorkbook.fromBuffer(bytes)).toBuffer()).toEqual(bytes);
  });

  it('writes dates in the user workbook date system (1904 too)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet('Pegawai').addRow(['NIP', 'TMT']);
    const source = await ExcelJsWorkbook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const date = new Date(Date.UTC(2026, 11, 1));
    await source.addSheets([
      { kind: 'table', name: 'Tanggal', tableName: 'Tanggal', columns: [{ header: 'Efektif', width: 12, format: 'date' }], rows: [[date]] },
    ]);
    const reread = await ExcelJsWorkbook.fromBuffer(await source.toBuffer());
    const values = await reread.readValues();
    expect(values.date1904).toBe(true);
    expect(values.sheets.map((s) => s.name)).toEqual(['Pegawai', 'Tanggal']);
    expect(values.sheets[1]?.rows[1]).toEqual([date]);
  });

  it('reads the added sheets back before writing, and names them against the user sheets and each other', async () => {
    const source = await ExcelJsWorkbook.fromBuffer(await userWorkbook());
    const first = await source.addSheets([proposals]);
    const second = await source.addSheets([proposals]);
    expect([...first, ...second]).toEqual(['Usulan Mutasi (2)', 'Usulan Mutasi (3)']);
    expect((await source.readValues()).sheets.map((s) => s.name)).toEqual(['Usulan Mutasi', 'Usulan Mutasi (2)', 'Usulan Mutasi (3)']);
    const reread = await ExcelJsWorkbook.fromBuffer(await source.toBuffer());
    expect(reread.sheetStates().map((s) => s.name)).toEqual(['Usulan Mutasi', 'Usulan Mutasi (2)', 'Usulan Mutasi (3)']);
    const tables = (await reread.rawModel()).worksheets.flatMap((w) =>
      (w.getTables() as unknown as { table: { name: string } }[]).map((t) => t.table.name),
    );
    expect(new Set(tables).size).toBe(tables.length);
    expect(tables).toHaveLength(2);
  });
});

describe('appending to a file appended to before', () => {
  it('keeps every earlier result sheet (new relationship ids each time)', async () => {
    const once = await ExcelJsWorkbook.fromBuffer(await userWorkbook());
    await once.addSheets([proposals, proposals]);
    const twice = await ExcelJsWorkbook.fromBuffer(await once.toBuffer());
    await twice.addSheets([proposals]);
    const reread = await ExcelJsWorkbook.fromBuffer(await twice.toBuffer());
    expect(reread.sheetStates().map((s) => s.name)).toEqual([
      'Usulan Mutasi',
      'Usulan Mutasi (2)',
      'Usulan Mutasi (3)',
      'Usulan Mutasi (4)',
    ]);
    const values = await reread.readValues();
    expect(values.sheets[3]?.rows[3]).toEqual(['198501012010011001', '=HYPERLINK("http://x")', 'Diusulkan']);
  });
});
