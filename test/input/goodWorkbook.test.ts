import { readInput } from '../../src/domain/input/readInput';
import { fixturesIn, workbookOf } from './loadFixture';

const good = fixturesIn('good');

describe('good workbooks', () => {
  it('has at least one', () => expect(good.length).toBeGreaterThan(0));

  it.each(good)('%s reads without errors, and with no warnings but the expected ones', (_name, fixture) => {
    const { tables, issues } = readInput(workbookOf(fixture));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect([...new Set(issues.map((i) => i.code))].sort()).toEqual([...fixture.expect].sort());
    expect(tables).not.toBeNull();
  });

  it('reads a DUK with a two-row header and a column-numbering row', () => {
    const fixture = good.find(([name]) => name === 'duk-two-row-header.json')?.[1];
    if (!fixture) throw new Error('fixture missing');
    const { tables, mapping } = readInput(workbookOf(fixture));
    expect([mapping.pegawai?.headerRow, mapping.pegawai?.firstDataRow]).toEqual([4, 7]);
    expect(mapping.pegawai?.columns.tmtJabatan?.header).toBe('Jabatan / TMT');
    expect(tables?.employees.map((e) => [e.row, e.golongan, e.positionCode])).toEqual([
      [7, 'IV/a', 'DUKCAPIL-02'],
      [8, 'III/b', 'DUKCAPIL-01'],
      [9, 'III/a', 'DUKCAPIL-01'],
    ]);
    expect(tables?.extraEmployeeColumns).toEqual(['Pangkat / TMT', 'Keterangan']);
  });

  it('reads the Tebing Tinggi workbook as an HR officer wrote it', () => {
    const fixture = good.find(([name]) => name === 'tebing-tinggi.json')?.[1];
    if (!fixture) throw new Error('fixture missing');
    const { tables, mapping, issues } = readInput(workbookOf(fixture));
    expect(issues).toEqual([]);
    expect([mapping.pegawai?.sheet, mapping.pegawai?.headerRow, mapping.jabatan?.sheet, mapping.unit?.sheet]).toEqual([
      'DUK 2024',
      5,
      'Peta Jab',
      'Data OPD',
    ]);
    const employees = tables?.employees ?? [];
    // Golongan written as 'Penata (III/c)', 'III-a', '3b', 'Pengatur (II/c)', 'IV/a', none (PPPK), 'Penata', 'Penata Muda'.
    expect(employees.map((e) => e.golongan)).toEqual(['III/c', 'III/a', 'III/b', 'II/c', 'IV/a', null, 'III/c', 'III/a']);
    // Dates as text day first, a date cell, an Excel serial, month names with abbreviations, dotted.
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    expect(employees.map((e) => iso(e.tmtJabatan))).toEqual([
      '2019-03-01',
      '2017-06-01',
      '2016-01-04',
      '2021-01-04',
      '2018-07-01',
      '2023-05-02',
      '2014-02-03',
      '2024-03-01',
    ]);
    expect(employees.map((e) => e.unit)).toContain('Dinas Sosial');
    expect(employees[1]?.unit).toBe('Dinas Sosial'); // written DINAS SOSIAL
    expect(employees[7]?.status).toBe('CPNS');
    expect(tables?.extraEmployeeColumns).toEqual(['Kecamatan Domisili']);
    expect(tables?.units.find((u) => u.name === 'Dinas Kependudukan dan Pencatatan Sipil')).toMatchObject({
      bebanKerjaJam: 62500,
      pertumbuhanPersen: 4.5,
    });
  });
});
