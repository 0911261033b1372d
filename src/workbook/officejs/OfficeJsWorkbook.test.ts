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

const proposals = (rows: TableSheetModel['rows']): TableSheetModel => ({
  kind: 'table',
  name: 'Usulan Mutasi',
  tableName: 'UsulanMutasi',
  titleLines: ['Usulan Mutasi', 'Kota Tebing Tinggi'],
  columns: [
    { header: 'NIP', width: 22, format: 'text' },
    { header: 'Catatan', width: 30, format: 'general', wrap: true },
    { header: 'TMT', width: 12, format: 'date' },
    { header: 'Keputusan', width: 14, format: 'text', list: ['Diusulkan', 'Setuju', 'Tolak', 'Revisi'] },
  ],
  rows,
  print: { landscape: true, paper: 'F4' },
});

describe('OfficeJsWorkbook (against an in-memory Excel)', () => {
  it('reads every sheet with rows at their Excel row numbers, even when the used range starts lower', async () => {
    const excel = new FakeWorkbook();
    excel.addSheet(
      'Pegawai',
      [
        ['NIP', 'Nama'],
        ['198503122010011002', 'Budi'],
      ],
      { row: 2, column: 1 },
    );
    excel.addSheet('Kosong');
    const values = await new OfficeJsWorkbook(excel.run, ALL).readValues();
    expect(values.date1904).toBe(false);
    expect(values.sheets.map((sheet) => sheet.name)).toEqual(['Pegawai', 'Kosong']);
    expect(values.sheets[0]?.rows).toEqual([[], [], [null, 'NIP', 'Nama'], [null, '198503122010011002', 'Budi']]);
    expect(values.sheets[1]?.rows).toEqual([]);
  });

  it('detects the 1904 date system without touching a cell', async () => {
    const excel = new FakeWorkbook(true);
    excel.addSheet('Pegawai', [['x']]);
    await expect(new OfficeJsWorkbook(excel.run, ALL).readValues()).resolves.toMatchObject({ date1904: true });
  });

  it('reads a large sheet in several requests', async () => {
    const excel = new FakeWorkbook();
    excel.addSheet(
      'Besar',
      Array.from({ length: 600 }, (_, r) => Array.from({ length: 200 }, (_, c) => r * 1000 + c)),
    );
    const values = await new OfficeJsWorkbook(excel.run, ALL).readValues();
    expect(values.sheets[0]?.rows).toHaveLength(600);
    expect(values.sheets[0]?.rows[599]?.[199]).toBe(599_199);
    expect(excel.syncs).toBeGreaterThanOrEqual(4); // date system, names, used ranges, ≥ 2 blocks
  });

  it('writes a sheet model as a formatted table below its title lines, in chunks', async () => {
    const excel = new FakeWorkbook();
    excel.addSheet('Usulan Mutasi', [['milik pengguna']]);
    const rows = Array.from({ length: 4500 }, (_, i) => [
      `19850312201001${String(i).padStart(4, '0')}`,
      i === 0 ? '=HYPERLINK("x")' : 'ok',
      new Date(Date.UTC(2020, 0, 12)),
      'Diusulkan',
    ]);
    const workbook = new OfficeJsWorkbook(excel.run, ALL);
    await expect(workbook.addSheets([proposals(rows)])).resolves.toEqual(['Usulan Mutasi (2)']);

    const sheet = excel.sheet('Usulan Mutasi (2)');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(excel.sheet('Usulan Mutasi')?.rows()).toEqual([['milik pengguna']]);
    const cells = sheet.rows();
    expect(cells[0]?.[0]).toBe('Usulan Mutasi');
    expect(cells[3]).toEqual(['NIP', 'Catatan', 'TMT', 'Keputusan']);
    expect(cells[4]).toEqual(['198503122010010000', '=HYPERLINK("x")', 43842, 'Diusulkan']);
    expect(sheet.formats.get('4:1')).toBe('@'); // formula-like text stays text
    expect(sheet.formats.get('4:2')).toBe('dd/mm/yyyy');
    expect(sheet.formats.get('4:0')).toBe('@');
    expect(excel.tableList[0]).toMatchObject({ address: 'A4:D4504', hasHeaders: true, name: 'UsulanMutasi' });
    expect(sheet.freezePanes.frozenRows).toBe(4);
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'Folio', printTitleRows: '$4:$4' });
    const validation = sheet.ranges.find((range) => range.address === 'D5:D4504')?.dataValidation.rule;
    expect(validation).toEqual({ list: { inCellDropDown: true, source: 'Diusulkan,Setuju,Tolak,Revisi' } });
    const dataWrites = sheet.ranges.filter((range) => /^A\d+:D\d+$/.test(range.address) && range.address !== 'A4:D4');
    expect(dataWrites.map((range) => range.address)).toEqual(['A5:D2004', 'A2005:D4004', 'A4005:D4504']);
    expect(excel.active).toBe('Usulan Mutasi (2)');
    expect(workbook.notes).toEqual([]);
  });

  it('wraps long text and gives its rows the height the text needs; dates show as dates anywhere', async () => {
    const excel = new FakeWorkbook();
    const long =
      'Kesesuaian bidang pendidikan dengan jabatan tujuan; aspirasi pegawai: pilihan ke-1; kebutuhan unit tujuan kurang 4 pegawai.';
    const day = new Date(Date.UTC(2026, 11, 1));
    await new OfficeJsWorkbook(excel.run, ALL).addSheets([
      proposals([
        ['1', long, null, 'Setuju'],
        ['2', 'pendek', null, 'Setuju'],
        ['3', day, day, 'Setuju'],
      ]),
    ]);
    const sheet = excel.sheet('Usulan Mutasi');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.rowHeight(5)).toBeGreaterThanOrEqual(4 * 15); // ~125 characters in a 30-wide column
    expect(sheet.rowHeight(6)).toBe(0); // one line: left at Excel's default
    expect(sheet.ranges.find((range) => range.address === 'B5:B7')?.format).toMatchObject({ wrapText: true, verticalAlignment: 'Top' });
    expect(sheet.rows()[6]?.[1]).toBe(46357);
    expect(sheet.formats.get('6:1')).toBe('dd/mm/yyyy'); // a date in the general column
    expect(sheet.formats.get('6:2')).toBe('dd/mm/yyyy');
  });

  it('prints a wide sheet two pages across with its first columns repeated on each page', async () => {
    const excel = new FakeWorkbook();
    await new OfficeJsWorkbook(excel.run, ALL).addSheets([
      { ...proposals([['1', 'a', null, 'Setuju']]), print: { landscape: true, paper: 'F4', pagesWide: 2, repeatColumns: 2 } },
    ]);
    expect(excel.sheet('Usulan Mutasi')?.pageLayout).toMatchObject({
      zoom: { horizontalFitToPages: 2, verticalFitToPages: 0 },
      printTitleRows: '$4:$4',
      printTitleColumns: '$A:$B',
    });
  });

  it('makes table names valid and unique across sheets, without regard to case', async () => {
    const excel = new FakeWorkbook();
    excel.tableList.push({ sheet: excel.addSheet('Lama'), address: 'A1:A2', hasHeaders: true, name: 'USULANMUTASI', style: '' });
    await new OfficeJsWorkbook(excel.run, ALL).addSheets([
      proposals([]),
      { ...proposals([]), name: 'Lagi' },
      { ...proposals([]), name: 'Sel', tableName: 'R1C1' },
    ]);
    expect(excel.tableList.map((table) => table.name)).toEqual(['USULANMUTASI', 'UsulanMutasi_2', 'UsulanMutasi_3', '_R1C1']);
  });

  it('skips features this Excel lacks and says so', async () => {
    const excel = new FakeWorkbook();
    const workbook = new OfficeJsWorkbook(excel.run, NONE);
    await workbook.addSheets([proposals([['1', 'a', null, 'Setuju']])]);
    const sheet = excel.sheet('Usulan Mutasi');
    expect(sheet?.freezePanes.frozenRows).toBe(0);
    expect(sheet?.pageLayout.printTitleRows).toBe('');
    expect([...workbook.notes].sort()).toEqual(['noDataValidation', 'noFreezePanes', 'noPageLayout']);
  });

  it('hides sheets marked hidden and gives an empty table one blank row', async () => {
    const excel = new FakeWorkbook();
    await new OfficeJsWorkbook(excel.run, ALL).addSheets([
      {
        kind: 'table',
        name: '_RencanaMutasi',
        tableName: 'Meta',
        columns: [{ header: 'Kunci', width: 10, format: 'text' }],
        rows: [],
        hidden: true,
      },
    ]);
    expect(excel.sheet('_RencanaMutasi')?.visibility).toBe('Hidden');
    expect(excel.tableList[0]?.address).toBe('A1:A2');
  });

  it('removes the sheets it created when a write fails, and rethrows with the cause', async () => {
    const excel = new FakeWorkbook();
    excel.addSheet('Pegawai', [['NIP']]);
    const small = { ...proposals([['1', 'a', null, 'Setuju']]), print: undefined } as unknown as TableSheetModel;
    excel.failOnSync = 8; // the second sheet's table: writability, date system, names, 3 for the first sheet, its rows, then this
    const error = await new OfficeJsWorkbook(excel.run, ALL)
      .addSheets([small, { ...small, name: 'Justifikasi', tableName: 'Justifikasi' }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/sudah dihapus/);
    expect(((error as Error).cause as Error).message).toMatch(/GeneralException/);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['Pegawai']);
  });

  it('writes a sections sheet as titled tables, with the empty note where a section has no rows', async () => {
    const excel = new FakeWorkbook();
    await new OfficeJsWorkbook(excel.run, ALL).addSheets([
      {
        kind: 'sections',
        name: 'Pemeriksaan Keadilan',
        titleLines: ['Pemeriksaan Keadilan'],
        sections: [
          {
            title: 'Paritas gender',
            notes: ['Rasio empat perlima'],
            tableName: 'Paritas',
            columns: [
              { header: 'Kelompok', width: 12, format: 'text' },
              { header: 'Rasio', width: 8, format: 'percent' },
            ],
            rows: [
              ['L', 0.5],
              ['P', 0.45],
            ],
          },
          {
            title: 'Iri yang beralasan',
            tableName: 'Iri',
            columns: [{ header: 'NIP', width: 22, format: 'text' }],
            rows: [],
            emptyNote: 'Tidak ada kasus.',
          },
        ],
      },
    ]);
    const rows = excel.sheet('Pemeriksaan Keadilan')?.rows() ?? [];
    expect(rows[0]?.[0]).toBe('Pemeriksaan Keadilan');
    expect(rows[2]?.[0]).toBe('Paritas gender');
    expect(rows[3]?.[0]).toBe('Rasio empat perlima');
    expect(rows[4]).toEqual(['Kelompok', 'Rasio']);
    expect(rows[6]).toEqual(['P', 0.45]);
    expect(rows[8]?.[0]).toBe('Iri yang beralasan');
    expect(rows[9]?.[0]).toBe('Tidak ada kasus.');
    expect(excel.tableList.map((table) => [table.name, table.address])).toEqual([['Paritas', 'A5:B7']]);
  });

  it('selects the row an issue points at', async () => {
    const excel = new FakeWorkbook();
    excel.addSheet('Pegawai', [['NIP']]);
    await new OfficeJsWorkbook(excel.run, ALL).selectRow('Pegawai', 12);
    expect(excel.selected).toBe('Pegawai!12:12');
    expect(excel.active).toBe('Pegawai');
  });
});
