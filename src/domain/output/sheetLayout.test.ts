import {
  MAX_TABLE_NAME,
  cellFormat,
  columnLetter,
  firstRowBelowTitles,
  nameColumn,
  nipColumn,
  personColumns,
  sectionPlacements,
  tableHeaderRow,
  uniqueTableName,
  validTableName,
} from './sheetLayout';
import type { SectionsSheetModel } from './sheetModel';

describe('sheet layout', () => {
  it('puts a table header below the title lines and one blank row, or in row 1', () => {
    expect(tableHeaderRow({})).toBe(1);
    expect(tableHeaderRow({ titleLines: [] })).toBe(1);
    expect(tableHeaderRow({ titleLines: ['Usulan Mutasi'] })).toBe(3);
    expect(firstRowBelowTitles({ titleLines: ['a', 'b', 'c'] })).toBe(5);
  });

  it('stacks sections below the titles with a blank row between them', () => {
    const model: SectionsSheetModel = {
      kind: 'sections',
      name: 'Keadilan',
      titleLines: ['Judul', 'Sub'],
      sections: [
        { title: 'A', notes: ['n'], tableName: 'A', columns: [], rows: [[1], [2]] },
        { title: 'B', tableName: 'B', columns: [], rows: [], emptyNote: 'Tidak ada.' },
        { title: 'C', tableName: 'C', columns: [], rows: [] },
      ],
    };
    expect(sectionPlacements(model)).toEqual([
      { titleRow: 4, noteRows: [5], headerRow: 6, lastRow: 8 },
      { titleRow: 10, noteRows: [], headerRow: null, lastRow: 11 },
      { titleRow: 13, noteRows: [], headerRow: 14, lastRow: 15 },
    ]);
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16_383, 'XFD'],
  ])('column %d is %s', (index, letters) => expect(columnLetter(index)).toBe(letters));
});

describe('table names (Excel rules)', () => {
  it('keeps letters, digits and underscores, and turns the rest into underscores', () => {
    expect(validTableName('Usulan Mutasi')).toBe('Usulan_Mutasi');
    expect(validTableName('Pemeriksaan-Keadilan (2)')).toBe('Pemeriksaan_Keadilan__2_');
    expect(validTableName('Ibu Kota Négara')).toBe('Ibu_Kota_Negara');
    expect(validTableName('')).toBe('Tabel');
  });

  it('starts with a letter or an underscore', () => {
    expect(validTableName('9Tabel')).toBe('_9Tabel');
    expect(validTableName('_Tabel')).toBe('_Tabel');
    expect(validTableName(' Tabel')).toBe('_Tabel');
  });

  it('is never a cell reference', () => {
    for (const reference of ['A1', 'xfd1048576', 'AB12', 'R1C1', 'r2c3', 'R', 'C', 'RC', 'R10', 'C7']) {
      expect(validTableName(reference)).toBe(`_${reference}`);
    }
    expect(validTableName('Rekap')).toBe('Rekap');
    expect(validTableName('ABCD1')).toBe('ABCD1'); // four letters are no column
  });

  it('is at most 255 characters, suffix included', () => {
    const taken = new Set<string>();
    const first = uniqueTableName('x'.repeat(300), taken);
    const second = uniqueTableName('x'.repeat(300), taken);
    expect(first).toHaveLength(MAX_TABLE_NAME);
    expect(second).toHaveLength(MAX_TABLE_NAME);
    expect(second.endsWith('_2')).toBe(true);
  });

  it('is unique without regard to case, and records what it hands out', () => {
    const taken = new Set(['usulan_mutasi']);
    expect(uniqueTableName('Usulan Mutasi', taken)).toBe('Usulan_Mutasi_2');
    expect(uniqueTableName('USULAN_MUTASI', taken)).toBe('USULAN_MUTASI_3');
    expect(uniqueTableName('Ringkasan', taken)).toBe('Ringkasan');
    expect(uniqueTableName('ringkasan', taken)).toBe('ringkasan_2');
    expect([...taken].sort()).toEqual(['ringkasan', 'ringkasan_2', 'usulan_mutasi', 'usulan_mutasi_2', 'usulan_mutasi_3']);
  });
});

describe('cell formats and standard columns', () => {
  it('shows a date as a date in any column, and text in a number column as plain', () => {
    const day = new Date(Date.UTC(2026, 11, 1));
    expect(cellFormat(day, 'general')).toBe('date');
    expect(cellFormat(day, 'text')).toBe('date');
    expect(cellFormat('n/a', 'integer')).toBe('general');
    expect(cellFormat('III/a', 'text')).toBe('text');
    expect(cellFormat(5, 'integer')).toBe('integer');
  });

  it('builds No, NIP (as text) and Nama (wrapped) in the output language', () => {
    expect(personColumns('id')).toEqual([
      { header: 'No', width: 6, format: 'integer' },
      { header: 'NIP', width: 20, format: 'text' },
      { header: 'Nama', width: 24, format: 'text', wrap: true },
    ]);
    expect(nameColumn('en').header).toBe('Name');
    expect(nipColumn('id', 'NIP Pemegang')).toEqual({ header: 'NIP Pemegang', width: 20, format: 'text' });
  });
});
