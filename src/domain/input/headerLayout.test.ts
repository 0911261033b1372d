import { headerCellsOf, isColumnNumberRow, mergeSubHeader } from './headerLayout';
import { PEGAWAI_TABLE } from './pegawaiFields';
import { scanHeaderRow } from './scanHeader';

describe('two-row headers', () => {
  const top = ['No', 'NIP', 'Nama', 'Pangkat', null, 'Jabatan', null, 'Pendidikan', null, 'Unit Kerja'];
  const sub = [null, null, null, 'Gol/Ruang', 'TMT', 'Nama', 'TMT', 'Tingkat', 'Jurusan', null];

  it('reads sub-columns with the merged cell above them', () => {
    const merged = mergeSubHeader(headerCellsOf(top, PEGAWAI_TABLE), top, sub, PEGAWAI_TABLE);
    expect(merged?.map((c) => [c.index, c.header, c.field])).toEqual([
      [1, 'NIP', 'nip'],
      [2, 'Nama', 'nama'],
      [3, 'Pangkat / Gol/Ruang', 'golongan'],
      [4, 'Pangkat / TMT', null],
      [5, 'Jabatan / Nama', 'jabatan'],
      [6, 'Jabatan / TMT', 'tmtJabatan'],
      [7, 'Pendidikan / Tingkat', 'pendidikan'],
      [8, 'Pendidikan / Jurusan', 'jurusan'],
      [9, 'Unit Kerja', 'unitKerja'],
    ]);
  });

  it('starts the data below the sub-header and a column-numbering row', () => {
    const sheet = {
      name: 'DUK',
      rows: [['DAFTAR URUT KEPANGKATAN'], top, sub, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, '198005122005011003']],
    };
    const scan = scanHeaderRow(sheet, PEGAWAI_TABLE, 2);
    expect([scan.headerRow, scan.firstDataRow, scan.score]).toEqual([2, 5, 8]);
  });

  it('does not take a data row for a sub-header', () => {
    const row = [1, '198005122005011003', 'Ahmad', 'Penata', '01-04-2015', 'Kepala Seksi', '01-03-2019', 'S1', 'Hukum', 'Dinas Sosial'];
    expect(mergeSubHeader(headerCellsOf(top, PEGAWAI_TABLE), top, row, PEGAWAI_TABLE)).toBeNull();
  });

  it('does not read a title row as the top of a two-row header', () => {
    const title = ['DAFTAR PEGAWAI'];
    expect(mergeSubHeader(headerCellsOf(title, PEGAWAI_TABLE), title, top, PEGAWAI_TABLE)).toBeNull();
  });
});

describe('isColumnNumberRow', () => {
  it('recognises 1, 2, 3 … and (1), (2), (3) …', () => {
    expect(isColumnNumberRow([1, 2, 3, 4])).toBe(true);
    expect(isColumnNumberRow(['(1)', '(2)', null, '(3)'])).toBe(true);
  });

  it('refuses rows that are not a numbering', () => {
    expect(isColumnNumberRow([1, 2])).toBe(false);
    expect(isColumnNumberRow([1, 3, 4])).toBe(false);
    expect(isColumnNumberRow([1, '198005122005011003', 'Ahmad'])).toBe(false);
    expect(isColumnNumberRow(undefined)).toBe(false);
  });
});
