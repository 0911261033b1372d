import { detectTables } from './detectTables';
import { JABATAN_HEADER, PEGAWAI_HEADER, UNIT_HEADER } from '../../../test/fixtures/baseWorkbook';
import { baseWorkbook, permuteColumns, renameHeaders, withTitleRows } from '../../../test/input/workbooks';

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('detectTables', () => {
  it('finds the three tables of the base workbook with every column', () => {
    const { mapping, issues } = detectTables(baseWorkbook());
    expect(issues).toEqual([]);
    expect(mapping.pegawai?.sheet).toBe('Pegawai');
    expect(mapping.jabatan?.sheet).toBe('Jabatan');
    expect(mapping.unit?.sheet).toBe('Unit');
    expect(mapping.pegawai?.headerRow).toBe(1);
    expect(Object.keys(mapping.pegawai?.columns ?? {})).toHaveLength(PEGAWAI_HEADER.length);
    expect(Object.keys(mapping.jabatan?.columns ?? {})).toHaveLength(JABATAN_HEADER.length);
    expect(Object.keys(mapping.unit?.columns ?? {})).toHaveLength(UNIT_HEADER.length);
  });

  it('finds the header below title rows and a blank row', () => {
    const wb = baseWorkbook((s) => ({
      ...s,
      Pegawai: withTitleRows(s.Pegawai, [['DAFTAR NOMINATIF PEGAWAI'], ['PEMERINTAH KOTA TEBING TINGGI'], ['Per 31 Desember 2024'], []]),
    }));
    const { mapping, issues } = detectTables(wb);
    expect(issues).toEqual([]);
    expect(mapping.pegawai?.headerRow).toBe(5);
    expect(mapping.pegawai?.columns.nip).toEqual({ index: 0, header: 'NIP' });
  });

  it('does not look for a header below row 20', () => {
    const titles = Array.from({ length: 20 }, (_, i) => [`Judul ${i + 1}`]);
    const wb = baseWorkbook((s) => ({ ...s, Pegawai: withTitleRows(s.Pegawai, titles) }));
    expect(codes(detectTables(wb).issues)).toContain('NO_EMPLOYEE_SHEET');
  });

  it('maps shuffled columns by their headers', () => {
    const order = PEGAWAI_HEADER.map((_, i) => i).reverse();
    const wb = baseWorkbook((s) => ({ ...s, Pegawai: permuteColumns(s.Pegawai, order) }));
    const { mapping, issues } = detectTables(wb);
    expect(issues).toEqual([]);
    expect(mapping.pegawai?.columns.nip?.index).toBe(PEGAWAI_HEADER.length - 1);
    expect(mapping.pegawai?.columns.unitDihindari?.index).toBe(0);
  });

  it('accepts BKPSDM aliases, ignoring case, spaces and punctuation', () => {
    const wb = baseWorkbook((s) => {
      renameHeaders(s.Pegawai, {
        NIP: 'NIP Baru',
        Nama: 'NAMA LENGKAP',
        'Jenis Kelamin': 'L/P',
        'Tanggal Lahir': 'Tgl. Lahir',
        'Status Kepegawaian': 'Status',
        Golongan: 'Pangkat / Gol. Ruang',
        Pendidikan: 'Pendidikan Terakhir',
        Jurusan: 'Prodi',
        'Unit Kerja': 'SKPD',
        'Kode Jabatan': 'Kode Jab',
        Jabatan: 'Jabatan Saat Ini',
        'TMT Jabatan': 'tmt  jabatan',
        'Predikat Kinerja': 'Predikat SKP',
        'Hukuman Disiplin': 'Hukdis',
        'Pilihan 1': 'Aspirasi 1',
        'Pilihan 2': 'Pilihan II',
        'Pilihan 3': 'Pilihan Ketiga',
      });
      renameHeaders(s.Jabatan, {
        'Kode Jabatan': 'Kode',
        'Nama Jabatan': 'Jabatan',
        'Unit Kerja': 'OPD',
        Formasi: 'Jumlah Formasi',
        Prioritas: 'Urgensi',
      });
    });
    const { mapping, issues } = detectTables(wb);
    expect(issues).toEqual([]);
    const p = mapping.pegawai?.columns;
    expect([p?.nip?.header, p?.golongan?.header, p?.jurusan?.header, p?.unitKerja?.header, p?.pilihan3?.header]).toEqual([
      'NIP Baru',
      'Pangkat / Gol. Ruang',
      'Prodi',
      'SKPD',
      'Pilihan Ketiga',
    ]);
    expect(mapping.jabatan?.columns.formasi?.header).toBe('Jumlah Formasi');
  });

  it('accepts English headers', () => {
    const wb = baseWorkbook((s) => {
      renameHeaders(s.Pegawai, {
        NIP: 'Employee ID',
        Nama: 'Name',
        'Jenis Kelamin': 'Gender',
        'Tanggal Lahir': 'Date of Birth',
        'Status Kepegawaian': 'Employment Status',
        Golongan: 'Rank',
        Pendidikan: 'Education',
        Jurusan: 'Major',
        'Unit Kerja': 'Department',
        'Kode Jabatan': 'Position Code',
        Jabatan: 'Position',
        'TMT Jabatan': 'Start in Position',
        'TMT Mutasi Terakhir': 'Last Transfer Date',
        'Predikat Kinerja': 'Performance Rating',
        Potensi: 'Potential',
        Kompetensi: 'Skills',
        'Hukuman Disiplin': 'Disciplinary Sanction',
        'Akhir Hukuman Disiplin': 'Sanction End',
        'Pilihan 1': 'Preference 1',
        'Pilihan 2': 'Preference 2',
        'Pilihan 3': 'Preference 3',
        'Bersedia Dimutasi': 'Willing to Move',
        'Pertimbangan Khusus': 'Special Circumstances',
        'Unit Dihindari': 'Conflict of Interest Units',
      });
      renameHeaders(s.Jabatan, {
        'Kode Jabatan': 'Position Code',
        'Nama Jabatan': 'Position',
        'Unit Kerja': 'Department',
        'Jenis Jabatan': 'Position Type',
        Formasi: 'Capacity',
        'Kompetensi Dibutuhkan': 'Required Competencies',
        Prioritas: 'Urgency',
        'Bidang Pendidikan': 'Accepted Fields',
      });
      renameHeaders(s.Unit, {
        'Unit Kerja': 'Department',
        'Kebutuhan Pegawai (ABK)': 'Required Staff',
        'Beban Kerja (jam/tahun)': 'Workload Hours',
        'Pertumbuhan Layanan (%)': 'Demand Growth',
        'Layanan Publik': 'Public Service',
        'Batas Keluar': 'Max Outflow',
      });
    });
    const { mapping, issues } = detectTables(wb);
    expect(issues).toEqual([]);
    expect(Object.keys(mapping.pegawai?.columns ?? {})).toHaveLength(PEGAWAI_HEADER.length);
    expect(Object.keys(mapping.unit?.columns ?? {})).toHaveLength(UNIT_HEADER.length);
  });

  it('tells the tables apart by content, whatever the sheets are called and in whatever order', () => {
    const wb = baseWorkbook((s) => ({ Sheet3: s.Unit, 'Peta Jab 2025': s.Jabatan, Sheet1: [['catatan']], 'DUK Tebing Tinggi': s.Pegawai }));
    const { mapping, issues } = detectTables(wb);
    expect(issues).toEqual([]);
    expect([mapping.pegawai?.sheet, mapping.jabatan?.sheet, mapping.unit?.sheet]).toEqual(['DUK Tebing Tinggi', 'Peta Jab 2025', 'Sheet3']);
  });

  it('never reads back its own output sheets', () => {
    const wb = baseWorkbook((s) => ({ 'Usulan Mutasi (2)': s.Pegawai, Jabatan: s.Jabatan, 'Catatan Data': s.Pegawai }));
    expect(codes(detectTables(wb).issues)).toEqual(['NO_EMPLOYEE_SHEET']);
  });

  it('treats the unit sheet as optional', () => {
    const wb = baseWorkbook((s) => ({ Pegawai: s.Pegawai, Jabatan: s.Jabatan }));
    const { mapping, issues } = detectTables(wb);
    expect(issues).toEqual([]);
    expect(mapping.unit).toBeNull();
  });

  it('keeps unknown columns as extras and skips a running-number column', () => {
    const wb = baseWorkbook((s) => ({
      ...s,
      Pegawai: s.Pegawai.map((row, i) => [
        i === 0 ? 'No.' : i,
        ...row,
        i === 0 ? 'Agama' : null,
        i === 0 ? 'Kecamatan Domisili' : 'Bajenis',
      ]),
    }));
    const { mapping } = detectTables(wb);
    expect(mapping.pegawai?.extra.map((c) => c.header)).toEqual(['Agama', 'Kecamatan Domisili']);
    expect(mapping.pegawai?.columns.nip?.index).toBe(1);
  });

  it('warns about a second column for the same field and uses the first', () => {
    const wb = baseWorkbook((s) => ({ ...s, Pegawai: s.Pegawai.map((row, i) => [...row, i === 0 ? 'NIP Baru' : (row[0] ?? null)]) }));
    const { mapping, issues } = detectTables(wb);
    expect(mapping.pegawai?.columns.nip?.index).toBe(0);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_COLUMN', severity: 'warning', sheet: 'Pegawai', row: 1, column: 'NIP Baru' }),
    ]);
  });

  it('names the sheet, the column and the aliases tried when a required column is missing', () => {
    const wb = baseWorkbook((s) => ({ ...s, Pegawai: s.Pegawai.map((row) => row.slice(1)) }));
    const { issues } = detectTables(wb);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'MISSING_COLUMN',
        severity: 'error',
        sheet: 'Pegawai',
        column: 'NIP',
        params: expect.objectContaining({ column: 'NIP', aliases: expect.stringContaining('NIP Baru') }),
      }),
    ]);
  });

  it('needs either Kode Jabatan or Jabatan in the employee sheet', () => {
    const drop = (row: unknown[]) =>
      row.filter((_, i) => i !== PEGAWAI_HEADER.indexOf('Kode Jabatan') && i !== PEGAWAI_HEADER.indexOf('Jabatan'));
    const wb = baseWorkbook((s) => ({ ...s, Pegawai: s.Pegawai.map((row) => drop(row) as typeof row) }));
    expect(codes(detectTables(wb).issues)).toEqual(['MISSING_POSITION_COLUMN']);
  });

  it('reports missing employee and position sheets', () => {
    const wb = baseWorkbook((s) => ({ Unit: s.Unit, Catatan: [['hanya catatan']] }));
    const { issues } = detectTables(wb);
    expect(codes(issues)).toEqual(['NO_EMPLOYEE_SHEET', 'NO_POSITION_SHEET']);
    expect(issues[0]?.params.sheets).toBe("'Unit', 'Catatan'");
  });

  describe('overrides', () => {
    it('uses the sheet the user chose even when its headers are unknown, given a header row and columns', () => {
      const wb = baseWorkbook((s) => {
        renameHeaders(s.Pegawai, { NIP: 'Nomor Pokok' });
        return s;
      });
      const { mapping, issues } = detectTables(wb, { pegawai: { sheet: 'Pegawai', columns: { nip: 'nomor pokok' } } });
      expect(issues).toEqual([]);
      expect(mapping.pegawai?.columns.nip).toEqual({ index: 0, header: 'Nomor Pokok' });
      expect(mapping.pegawai?.extra.map((c) => c.header)).not.toContain('Nomor Pokok');
    });

    it('moves a field to another column by index and unmaps a field with null', () => {
      const { mapping } = detectTables(baseWorkbook(), {
        pegawai: { columns: { tmtMutasiTerakhir: null, jabatan: PEGAWAI_HEADER.indexOf('TMT Mutasi Terakhir') } },
      });
      const columns = mapping.pegawai?.columns;
      expect(columns?.tmtMutasiTerakhir).toBeUndefined();
      expect(columns?.jabatan?.header).toBe('TMT Mutasi Terakhir');
      expect(mapping.pegawai?.extra.map((c) => c.header)).toEqual(['Jabatan']);
    });

    it('takes a header row from the user', () => {
      const wb = baseWorkbook((s) => ({ ...s, Pegawai: withTitleRows(s.Pegawai, [['NIP', 'Nama']]) }));
      expect(detectTables(wb).mapping.pegawai?.headerRow).toBe(2);
      expect(detectTables(wb, { pegawai: { headerRow: 2 } }).mapping.pegawai?.headerRow).toBe(2);
    });

    it('can say there is no unit sheet', () => {
      const { mapping, issues } = detectTables(baseWorkbook(), { unit: { sheet: null } });
      expect(mapping.unit).toBeNull();
      expect(issues).toEqual([]);
    });

    it('reports a chosen sheet or column that does not exist, and one sheet chosen twice', () => {
      expect(codes(detectTables(baseWorkbook(), { jabatan: { sheet: 'Formasi' } }).issues)).toEqual(['OVERRIDE_SHEET_NOT_FOUND']);
      expect(codes(detectTables(baseWorkbook(), { pegawai: { columns: { nip: 'Nomor Pokok' } } }).issues)).toEqual([
        'OVERRIDE_COLUMN_NOT_FOUND',
      ]);
      expect(codes(detectTables(baseWorkbook(), { pegawai: { sheet: 'Jabatan' }, jabatan: { sheet: 'Jabatan' } }).issues)).toContain(
        'TABLES_SHARE_SHEET',
      );
    });

    it('reports a chosen sheet without a recognisable header', () => {
      const wb = baseWorkbook((s) => ({
        ...s,
        Kosong: [
          ['a', 'b'],
          [1, 2],
        ],
      }));
      expect(codes(detectTables(wb, { unit: { sheet: 'Kosong' } }).issues)).toEqual(['HEADER_NOT_FOUND']);
    });
  });
});
