import { dataRows } from './dataRows';
import type { TableDictionary } from './fieldDef';
import { PEGAWAI_TABLE } from './pegawaiFields';
import { scanHeaderRow } from './scanHeader';
import { UNIT_TABLE } from './unitFields';

const header = ['NIP', 'Nama', 'Golongan', 'Pendidikan', 'Jurusan', 'Unit Kerja', 'TMT Jabatan'];

function rowsOf<F extends string>(
  body: (string | number | null)[][],
  table: TableDictionary<F> = PEGAWAI_TABLE as TableDictionary<string> as TableDictionary<F>,
  head: string[] = header,
) {
  const sheet = { name: 'Pegawai', rows: [['DAFTAR PEGAWAI'], head, ...body] };
  const scan = scanHeaderRow(sheet, table, 2);
  return dataRows(
    sheet,
    { sheet: 'Pegawai', headerRow: 2, firstDataRow: scan.firstDataRow, columns: scan.columns, extra: scan.extra },
    table,
  );
}

describe('dataRows', () => {
  it('returns Excel row numbers and skips entirely blank rows silently', () => {
    const { rows, issues } = rowsOf([['1', 'A'], [], [null, '   '], ['2', 'B']]);
    expect(rows.map((r) => r.row)).toEqual([3, 6]);
    expect(issues).toEqual([]);
  });

  it('reports a totals row, whether or not its key cell holds the word', () => {
    const { rows, issues } = rowsOf([
      ['1', 'A', 'III/a', 'S1', 'X', 'U', '1/1/2020'],
      [null, 'JUMLAH', null, null, null, null, 7],
      ['Total', null],
    ]);
    expect(rows.map((r) => r.row)).toEqual([3]);
    expect(issues.map((i) => [i.code, i.severity, i.row, i.params.text])).toEqual([
      ['ROW_NOT_RECORD', 'warning', 4, 'JUMLAH | 7'],
      ['ROW_NOT_RECORD', 'warning', 5, 'Total'],
    ]);
  });

  it('reports a note or signature under the table, but keeps a record that only lacks its key', () => {
    const { rows, issues } = rowsOf([
      [null, null, null, null, null, 'Kepala BKPSDM'],
      [null, 'Budi', 'III/a', 'S1', 'Hukum', 'Dinas Sosial', '1/1/2020'],
    ]);
    expect(issues.map((i) => i.row)).toEqual([3]);
    expect(rows.map((r) => r.row)).toEqual([4]);
  });

  it('treats a row whose key holds a totals word as not a record even in a one-column table', () => {
    const { rows, issues } = rowsOf([['Dinas Sosial'], ['Jumlah']], UNIT_TABLE, ['Unit Kerja', 'Kebutuhan ABK']);
    expect(rows.map((r) => r.row)).toEqual([3]);
    expect(issues.map((i) => i.row)).toEqual([4]);
  });

  it('does not mistake a name that starts like a totals word for one', () => {
    const { rows } = rowsOf([[null, 'Totalia Siregar', 'III/a', 'S1', 'Hukum', 'Dinas Sosial', '1/1/2020']]);
    expect(rows.map((r) => r.row)).toEqual([3]);
  });
});

describe('dataRows in a table with one required column', () => {
  it('reports a lone note under the unit table instead of asking for its unit name', () => {
    const sheet = {
      name: 'Unit',
      rows: [
        ['Unit Kerja', 'Kebutuhan ABK', 'Keterangan'],
        ['Dinas Sosial', 25, null],
        [null, null, 'Sumber: Bagian Organisasi'],
      ],
    };
    const scan = scanHeaderRow(sheet, UNIT_TABLE, 1);
    const { rows, issues } = dataRows(
      sheet,
      { sheet: 'Unit', headerRow: 1, firstDataRow: 2, columns: scan.columns, extra: scan.extra },
      UNIT_TABLE,
    );
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(issues.map((i) => [i.code, i.row])).toEqual([['ROW_NOT_RECORD', 3]]);
  });
});
