import type { Issue } from '../../src/domain/model/issue';
import { readInput } from '../../src/domain/input/readInput';
import { baseWorkbook, setCell } from './workbooks';

const find = (issues: readonly Issue[], code: string) => issues.filter((i) => i.code === code);
const errors = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');

describe('readInput on clean data', () => {
  it('returns typed tables and no issues for the base workbook', () => {
    const { tables, issues } = readInput(baseWorkbook());
    expect(issues).toEqual([]);
    expect(tables?.employees).toHaveLength(7);
    expect(tables?.positions).toHaveLength(6);
    expect(tables?.units.map((u) => u.name)).toEqual([
      'Dinas Kesehatan',
      'Dinas Sosial',
      'Dinas Kependudukan dan Pencatatan Sipil',
      'Kecamatan Padang Hulu',
    ]);
    expect(tables?.sheets).toEqual({ pegawai: 'Pegawai', jabatan: 'Jabatan', unit: 'Unit' });
  });

  it('keeps Excel row numbers and reads every field', () => {
    const ahmad = readInput(baseWorkbook()).tables?.employees[0];
    expect(ahmad).toMatchObject({
      row: 2,
      nip: '198005122005011003',
      nama: 'Ahmad Siregar, S.KM',
      gender: 'L',
      status: 'PNS',
      golongan: 'III/c',
      pendidikan: 'S1',
      jurusan: 'Kesehatan Masyarakat',
      unit: 'Dinas Kesehatan',
      positionCode: 'DINKES-01',
      predikat: 'Baik',
      potensi: 'Menengah',
      kompetensi: ['Manajemen Pelayanan'],
      pilihan: ['Dinas Sosial'],
      bersedia: true,
    });
  });

  it('takes gender and birth date from the NIP when the columns are blank or absent', () => {
    const blank = baseWorkbook((s) => {
      setCell(s.Pegawai, 3, 'Jenis Kelamin', null);
      setCell(s.Pegawai, 3, 'Tanggal Lahir', null);
    });
    const rina = readInput(blank).tables?.employees[1];
    expect(rina).toMatchObject({ gender: 'P', birthDate: Date.UTC(1991, 2, 25) / 86_400_000 });
    const absent = baseWorkbook((s) => ({ ...s, Pegawai: s.Pegawai.map((row) => row.filter((_, i) => i !== 2 && i !== 3)) }));
    const result = readInput(absent);
    expect(result.issues).toEqual([]);
    expect(result.tables?.employees.map((e) => e.gender)).toEqual(['L', 'P', 'L', 'P', 'L', 'P', 'P']);
  });

  it('defaults status to PNS, or PPPK for a PPPK number, and Bersedia to Ya', () => {
    const wb = baseWorkbook((s) => {
      setCell(s.Pegawai, 2, 'Status Kepegawaian', null);
      setCell(s.Pegawai, 7, 'Status Kepegawaian', null);
      setCell(s.Pegawai, 2, 'Bersedia Dimutasi', null);
    });
    const { tables, issues } = readInput(wb);
    expect(issues).toEqual([]);
    expect(tables?.employees[0]).toMatchObject({ status: 'PNS', bersedia: true });
    expect(tables?.employees[5]).toMatchObject({ status: 'PPPK', golongan: null });
  });

  it('warns, and keeps the column, when gender or birth date disagree with the NIP', () => {
    const wb = baseWorkbook((s) => {
      setCell(s.Pegawai, 2, 'Jenis Kelamin', 'Perempuan');
      setCell(s.Pegawai, 2, 'Tanggal Lahir', '13/05/1980');
    });
    const { tables, issues } = readInput(wb);
    expect(issues.map((i) => [i.code, i.severity, i.row, i.column])).toEqual([
      ['NIP_GENDER_MISMATCH', 'warning', 2, 'Jenis Kelamin'],
      ['NIP_BIRTH_MISMATCH', 'warning', 2, 'Tanggal Lahir'],
    ]);
    expect(issues[1]?.params).toMatchObject({ nipDate: '1980-05-12', date: '1980-05-13' });
    expect(tables?.employees[0]?.gender).toBe('P');
  });

  it("reads serial dates in the workbook's date system", () => {
    const serial1900 = 43_525; // 2019-03-01
    const wb1900 = baseWorkbook((s) => setCell(s.Pegawai, 2, 'TMT Jabatan', serial1900));
    const wb1904 = { ...baseWorkbook((s) => setCell(s.Pegawai, 2, 'TMT Jabatan', serial1900 - 1462)), date1904: true };
    const day = Date.UTC(2019, 2, 1) / 86_400_000;
    expect(readInput(wb1900).tables?.employees[0]?.tmtJabatan).toBe(day);
    expect(readInput(wb1904).tables?.employees[0]?.tmtJabatan).toBe(day);
  });

  it('keeps Pilihan as written and makes Unit Dihindari canonical', () => {
    const wb = baseWorkbook((s) => {
      setCell(s.Pegawai, 2, 'Pilihan 1', 'dinas sosial');
      setCell(s.Pegawai, 2, 'Pilihan 2', 'dinkes-02');
      setCell(s.Pegawai, 2, 'Unit Dihindari', 'DINAS SOSIAL; Kecamatan  Padang Hulu');
    });
    const { tables, issues } = readInput(wb);
    expect(issues).toEqual([]);
    expect(tables?.employees[0]).toMatchObject({
      pilihan: ['dinas sosial', 'dinkes-02'],
      unitDihindari: ['Dinas Sosial', 'Kecamatan Padang Hulu'],
    });
  });

  it('uses the position sheet spelling of unit names', () => {
    const wb = baseWorkbook((s) => {
      setCell(s.Pegawai, 2, 'Unit Kerja', 'DINAS KESEHATAN');
      setCell(s.Unit, 2, 'Unit Kerja', 'Dinas  Kesehatan.');
    });
    const { tables, issues } = readInput(wb);
    expect(issues).toEqual([]);
    expect(tables?.employees[0]?.unit).toBe('Dinas Kesehatan');
    expect(tables?.units[0]).toMatchObject({ name: 'Dinas Kesehatan', row: 2, kebutuhanAbk: 40 });
  });

  it('lists units that only the position sheet knows, with empty figures', () => {
    const wb = baseWorkbook((s) => ({ Pegawai: s.Pegawai, Jabatan: s.Jabatan }));
    const { tables } = readInput(wb);
    expect(tables?.units).toHaveLength(4);
    expect(tables?.units[0]).toEqual({
      row: null,
      name: 'Dinas Kesehatan',
      kebutuhanAbk: null,
      bebanKerjaJam: null,
      pertumbuhanPersen: null,
      layananPublik: false,
      batasKeluar: null,
    });
    expect(tables?.sheets.unit).toBeNull();
  });

  it('keeps extra employee columns by header text', () => {
    const wb = baseWorkbook((s) => ({
      ...s,
      Pegawai: s.Pegawai.map((row, i) => [...row, i === 0 ? 'Agama' : 'Islam', i === 0 ? 'Agama' : 'x']),
    }));
    const { tables } = readInput(wb);
    expect(tables?.extraEmployeeColumns).toEqual(['Agama', 'Agama (2)']);
    expect(tables?.employees[0]?.extra).toEqual({ Agama: 'Islam', 'Agama (2)': 'x' });
  });

  it('skips entirely blank rows silently but reports a totals row', () => {
    const wb = baseWorkbook((s) => {
      s.Pegawai.splice(3, 0, [], [null, '  ', null]);
      s.Pegawai.push([
        'Jumlah',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    });
    const { tables, issues } = readInput(wb);
    expect(tables?.employees.map((e) => e.row)).toEqual([2, 3, 6, 7, 8, 9, 10]);
    expect(issues.map((i) => [i.code, i.row])).toEqual([['ROW_NOT_RECORD', 11]]);
  });
});

describe('cross-table checks', () => {
  it('marks both rows of a duplicate NIP, each naming the other', () => {
    const wb = baseWorkbook((s) => setCell(s.Pegawai, 8, 'NIP', '199103252015032002'));
    const dup = find(readInput(wb).issues, 'NIP_DUPLICATE');
    expect(dup.map((i) => [i.row, i.params.rows])).toEqual([
      [3, '8'],
      [8, '3'],
    ]);
  });

  it('marks duplicate position codes, ignoring case and spaces', () => {
    const wb = baseWorkbook((s) => {
      s.Jabatan.push([' dinkes-01 ', 'Staf', 'Dinas Kesehatan', 'Pelaksana', 5, null, 1, null, null, null, null, null, null]);
    });
    const { issues, tables } = readInput(wb);
    expect(find(issues, 'POSITION_CODE_DUPLICATE').map((i) => i.row)).toEqual([2, 8]);
    expect(find(issues, 'POSITION_ROW_INVALID').map((i) => [i.sheet, i.row])).toEqual([['Pegawai', 2]]);
    expect(tables).toBeNull();
  });

  it('reports an unknown position code with the closest code', () => {
    const wb = baseWorkbook((s) => setCell(s.Pegawai, 2, 'Kode Jabatan', 'DINKES-1'));
    const [notFound] = find(readInput(wb).issues, 'POSITION_NOT_FOUND');
    expect(notFound).toMatchObject({
      severity: 'error',
      row: 2,
      column: 'Kode Jabatan',
      value: 'DINKES-1',
      params: { suggestion: 'DINKES-01' },
    });
  });

  describe('without a Kode Jabatan column', () => {
    const withoutCode = (change: Parameters<typeof baseWorkbook>[0] = () => undefined) =>
      baseWorkbook((s) => {
        change(s);
        return { ...s, Pegawai: s.Pegawai.map((row) => row.filter((_, i) => i !== 9)) };
      });

    it('resolves positions by Jabatan and Unit Kerja', () => {
      const { tables, issues } = readInput(withoutCode((s) => setCell(s.Pegawai, 3, 'Unit Kerja', 'dinas sosial')));
      expect(issues).toEqual([]);
      expect(tables?.employees.map((e) => e.positionCode)).toEqual([
        'DINKES-01',
        'DINSOS-01',
        'DUKCAPIL-01',
        'KEC-PH-01',
        'DUKCAPIL-02',
        'DINKES-02',
        'DINSOS-01',
      ]);
    });

    it('reports a name found nowhere in the unit, with the closest name of that unit', () => {
      const { issues } = readInput(withoutCode((s) => setCell(s.Pegawai, 7, 'Jabatan', 'Perawat Ahli Pertma')));
      expect(find(issues, 'POSITION_NAME_NOT_FOUND')).toEqual([
        expect.objectContaining({
          row: 7,
          column: 'Jabatan',
          params: expect.objectContaining({ unit: 'Dinas Kesehatan', suggestion: 'Perawat Ahli Pertama' }),
        }),
      ]);
    });

    it('reports a name that fits two positions of the unit', () => {
      const { issues } = readInput(
        withoutCode((s) => {
          s.Jabatan.push([
            'DINKES-03',
            'Perawat Ahli Pertama',
            'Dinas Kesehatan',
            'Fungsional',
            8,
            null,
            1,
            null,
            null,
            null,
            null,
            null,
            null,
          ]);
        }),
      );
      expect(find(issues, 'POSITION_AMBIGUOUS').map((i) => [i.row, i.params.rows])).toEqual([[7, '3, 8']]);
    });
  });

  it("warns when an employee's unit differs from the position's, uses the position's unit and suggests a spelling", () => {
    const wb = baseWorkbook((s) => setCell(s.Pegawai, 2, 'Unit Kerja', 'Dinas Kesehtan'));
    const { issues, tables } = readInput(wb);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'UNIT_MISMATCH',
        severity: 'warning',
        row: 2,
        value: 'Dinas Kesehtan',
        params: expect.objectContaining({ positionUnit: 'Dinas Kesehatan', suggestion: 'Dinas Kesehatan' }),
      }),
    ]);
    expect(tables?.employees[0]?.unit).toBe('Dinas Kesehatan');
  });

  it('warns about holders above Formasi on the position row', () => {
    const wb = baseWorkbook((s) => setCell(s.Jabatan, 4, 'Formasi', 1));
    expect(find(readInput(wb).issues, 'FORMASI_SURPLUS')).toEqual([
      expect.objectContaining({
        sheet: 'Jabatan',
        row: 4,
        column: 'Formasi',
        params: expect.objectContaining({ code: 'DINSOS-01', formasi: 1, holders: 2, surplus: 1 }),
      }),
    ]);
  });

  it('warns about Pilihan and Unit Dihindari that name nothing known, with suggestions', () => {
    const wb = baseWorkbook((s) => {
      setCell(s.Pegawai, 2, 'Pilihan 2', 'DINSOS-1');
      setCell(s.Pegawai, 2, 'Pilihan 3', 'Dinas Pariwisata');
      setCell(s.Pegawai, 2, 'Unit Dihindari', 'Dinas Sosail; Kecamatan Padang Hulu');
    });
    const { issues, tables } = readInput(wb);
    expect(issues.map((i) => [i.code, i.column, i.params.suggestion ?? null])).toEqual([
      ['PILIHAN_UNKNOWN', 'Pilihan 2', 'DINSOS-01'],
      ['PILIHAN_UNKNOWN', 'Pilihan 3', null],
      ['UNIT_AVOID_UNKNOWN', 'Unit Dihindari', 'Dinas Sosial'],
    ]);
    expect(tables?.employees[0]?.unitDihindari).toEqual(['Dinas Sosail', 'Kecamatan Padang Hulu']);
  });

  it('warns about units missing from the unit sheet, and unit-sheet units without positions', () => {
    const wb = baseWorkbook((s) => setCell(s.Unit, 3, 'Unit Kerja', 'Dinas Sosal'));
    const { issues } = readInput(wb);
    expect(issues.map((i) => [i.code, i.sheet, i.row, i.params.suggestion ?? null])).toEqual([
      ['UNIT_NOT_IN_UNIT_SHEET', 'Jabatan', 4, 'Dinas Sosal'],
      ['UNIT_WITHOUT_POSITIONS', 'Unit', 3, 'Dinas Sosial'],
    ]);
  });
});

describe('skipInvalidRows', () => {
  const twoBadRows = () =>
    baseWorkbook((s) => {
      setCell(s.Pegawai, 3, 'NIP', Number('199103252015032002'));
      setCell(s.Jabatan, 6, 'Jenis Jabatan', 'Kepala');
    });

  it('stops on errors by default', () => {
    const { tables, issues } = readInput(twoBadRows());
    expect(tables).toBeNull();
    expect(find(issues, 'ROW_EXCLUDED')).toEqual([]);
  });

  it('continues without the rows that have errors, and lists each of them', () => {
    const { tables, issues } = readInput(twoBadRows(), { skipInvalidRows: true });
    expect(tables?.employees.map((e) => e.row)).toEqual([2, 4, 5, 7, 8]);
    expect(tables?.positions.map((p) => p.code)).not.toContain('DUKCAPIL-02');
    const excluded = find(issues, 'ROW_EXCLUDED').map((i) => [i.sheet, i.row, i.params.codes]);
    expect(excluded).toEqual([
      ['Pegawai', 3, 'NIP_AS_NUMBER'],
      ['Pegawai', 6, 'POSITION_ROW_INVALID'],
      ['Jabatan', 6, 'JENIS_JABATAN_UNKNOWN'],
    ]);
    expect(errors(issues).length).toBeGreaterThan(0);
    expect(errors(issues).every((i) => i.row !== null)).toBe(true);
  });

  it('excludes both rows of a duplicate NIP', () => {
    const wb = baseWorkbook((s) => setCell(s.Pegawai, 8, 'NIP', '199103252015032002'));
    const { tables } = readInput(wb, { skipInvalidRows: true });
    expect(tables?.employees.map((e) => e.row)).toEqual([2, 4, 5, 6, 7]);
  });

  it('still stops on a missing column, which no row exclusion can mend', () => {
    const wb = baseWorkbook((s) => ({ ...s, Pegawai: s.Pegawai.map((row) => row.slice(1)) }));
    const { tables, issues } = readInput(wb, { skipInvalidRows: true });
    expect(tables).toBeNull();
    expect(find(issues, 'MISSING_COLUMN')).toHaveLength(1);
    expect(find(issues, 'ROW_EXCLUDED')).toEqual([]);
  });

  it('stops when no employee is left', () => {
    const wb = baseWorkbook((s) => {
      for (let row = 2; row <= 8; row += 1) setCell(s.Pegawai, row, 'Nama', null);
    });
    const { tables, issues } = readInput(wb, { skipInvalidRows: true });
    expect(tables).toBeNull();
    expect(find(issues, 'TABLE_EMPTY')).toEqual([expect.objectContaining({ sheet: 'Pegawai' })]);
    expect(find(issues, 'ROW_EXCLUDED')).toHaveLength(7);
  });
});
