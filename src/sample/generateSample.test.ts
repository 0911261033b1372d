import { GOLONGAN, type Golongan } from '../domain/model/types';
import { generateSample, SAMPLE_REFERENCE_DATE } from './generateSample';
import { PPPK_MONTH_CODE } from './nip';
import { utcDate } from './sampleDates';
import { num, recordsOf, sheetNamed, str, type SheetRecord } from '../../test/support/sampleTestkit';

const PEGAWAI_HEADERS = [
  'NIP',
  'Nama',
  'Jenis Kelamin',
  'Tanggal Lahir',
  'Status Kepegawaian',
  'Golongan',
  'Pendidikan',
  'Jurusan',
  'Unit Kerja',
  'Kode Jabatan',
  'Jabatan',
  'TMT Jabatan',
  'TMT Mutasi Terakhir',
  'Predikat Kinerja',
  'Potensi',
  'Kompetensi',
  'Hukuman Disiplin',
  'Akhir Hukuman Disiplin',
  'Pilihan 1',
  'Pilihan 2',
  'Pilihan 3',
  'Bersedia Dimutasi',
  'Pertimbangan Khusus',
  'Unit Dihindari',
];
const JABATAN_HEADERS = [
  'Kode Jabatan',
  'Nama Jabatan',
  'Unit Kerja',
  'Jenis Jabatan',
  'Kelas Jabatan',
  'Eselon',
  'Formasi',
  'Golongan Minimal',
  'Golongan Maksimal',
  'Pendidikan Minimal',
  'Bidang Pendidikan',
  'Kompetensi Dibutuhkan',
  'Prioritas',
  'Uraian Tugas',
];
const UNIT_HEADERS = [
  'Unit Kerja',
  'Kebutuhan Pegawai (ABK)',
  'Beban Kerja (jam/tahun)',
  'Pertumbuhan Layanan (%)',
  'Layanan Publik',
  'Batas Keluar',
];

const sample = generateSample();
const pegawai = recordsOf(sheetNamed(sample.sheets, 'Pegawai'));
const jabatan = recordsOf(sheetNamed(sample.sheets, 'Jabatan'));
const units = recordsOf(sheetNamed(sample.sheets, 'Unit Kerja'));
const byCode = new Map(jabatan.map((j) => [str(j['Kode Jabatan']), j]));
const gi = (g: string): number => GOLONGAN.indexOf(g as Golongan);
const share = (rows: readonly SheetRecord[], pred: (r: SheetRecord) => boolean): number => rows.filter(pred).length / rows.length;

describe('generateSample: shape', () => {
  it('writes Pegawai, Jabatan and Unit Kerja with the Indonesian headers', () => {
    expect(sample.sheets.map((s) => s.name)).toEqual(['Pegawai', 'Jabatan', 'Unit Kerja']);
    expect(sample.sheets.map((s) => s.columns.map((c) => c.header))).toEqual([PEGAWAI_HEADERS, JABATAN_HEADERS, UNIT_HEADERS]);
    for (const s of sample.sheets) expect(s.tableName).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it('has 2,500 employees by default and keeps NIP as text and dates as UTC-midnight Dates', () => {
    expect(pegawai).toHaveLength(2500);
    const cols = sheetNamed(sample.sheets, 'Pegawai').columns;
    expect(cols.find((c) => c.header === 'NIP')?.format).toBe('text');
    for (const h of ['Tanggal Lahir', 'TMT Jabatan', 'TMT Mutasi Terakhir', 'Akhir Hukuman Disiplin']) {
      expect(cols.find((c) => c.header === h)?.format).toBe('date');
      for (const r of pegawai) {
        const v = r[h];
        if (v === null) continue;
        expect(v).toBeInstanceOf(Date);
        expect(Math.abs((v as Date).getTime() % 86_400_000)).toBe(0);
      }
    }
    for (const r of pegawai) expect(typeof r['NIP']).toBe('string');
  });

  it('writes ranks as III/a, education as a jenjang code and Bersedia as Ya/Tidak', () => {
    for (const r of pegawai) {
      if (r['Golongan'] !== null) expect(GOLONGAN).toContain(r['Golongan']);
      expect(['SMA', 'D3', 'D4', 'S1', 'S2']).toContain(r['Pendidikan']);
      expect(['Ya', 'Tidak']).toContain(r['Bersedia Dimutasi']);
    }
  });

  it('gives every employee a position that exists in the same unit', () => {
    for (const r of pegawai) {
      const pos = byCode.get(str(r['Kode Jabatan']));
      expect(pos).toBeDefined();
      expect(pos?.['Unit Kerja']).toBe(r['Unit Kerja']);
      expect(pos?.['Nama Jabatan']).toBe(r['Jabatan']);
    }
  });

  it('has unique position codes and a row per unit in the Unit Kerja sheet', () => {
    expect(byCode.size).toBe(jabatan.length);
    const unitNames = new Set(units.map((u) => str(u['Unit Kerja'])));
    expect(unitNames.size).toBe(units.length);
    for (const j of jabatan) expect(unitNames.has(str(j['Unit Kerja']))).toBe(true);
  });

  it('includes the city agencies, five kecamatan and 35 kelurahan', () => {
    const names = units.map((u) => str(u['Unit Kerja']));
    for (const n of [
      'Sekretariat Daerah',
      'Bagian Umum Sekretariat Daerah',
      'Sekretariat DPRD',
      'Inspektorat',
      'RSUD dr. H. Kumpulan Pane',
      'Dinas Kependudukan dan Pencatatan Sipil',
      'Dinas Sosial',
      'Satuan Polisi Pamong Praja',
      'Kecamatan Bajenis',
      'Kelurahan Berohol',
    ]) {
      expect(names).toContain(n);
    }
    expect(names.filter((n) => n.startsWith('Kecamatan '))).toHaveLength(5);
    expect(names.filter((n) => n.startsWith('Kelurahan '))).toHaveLength(35);
  });
});

describe('generateSample: determinism', () => {
  it('gives identical sheets for the same seed and size', () => {
    const a = generateSample({ employees: 800, seed: 9 });
    const b = generateSample({ employees: 800, seed: 9 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives different people for a different seed', () => {
    const a = recordsOf(sheetNamed(generateSample({ employees: 800, seed: 9 }).sheets, 'Pegawai'));
    const b = recordsOf(sheetNamed(generateSample({ employees: 800, seed: 10 }).sheets, 'Pegawai'));
    expect(a.map((r) => r['NIP'])).not.toEqual(b.map((r) => r['NIP']));
  });

  it('accepts the reference date as a Date or a day number', () => {
    const asDay = generateSample({ employees: 100, referenceDate: SAMPLE_REFERENCE_DATE });
    const asDate = generateSample({ employees: 100, referenceDate: utcDate(SAMPLE_REFERENCE_DATE) });
    expect(JSON.stringify(asDay)).toBe(JSON.stringify(asDate));
  });
});

describe('generateSample: NIP', () => {
  it('issues unique 18-digit NIPs consistent with birth date and gender', () => {
    expect(new Set(pegawai.map((r) => r['NIP'])).size).toBe(pegawai.length);
    for (const r of pegawai) {
      const nip = str(r['NIP']);
      expect(nip).toMatch(/^\d{18}$/);
      expect(nip.slice(0, 8)).toBe((r['Tanggal Lahir'] as Date).toISOString().slice(0, 10).replace(/-/g, ''));
      expect(nip[14]).toBe(r['Jenis Kelamin'] === 'L' ? '1' : '2');
    }
  });

  it('has an appointment after age 18 (at most 35 for PNS and CPNS) and the PPPK code for PPPK', () => {
    for (const r of pegawai) {
      const nip = str(r['NIP']);
      const birth = r['Tanggal Lahir'] as Date;
      const year = Number(nip.slice(8, 12));
      const month = Number(nip.slice(12, 14));
      if (r['Status Kepegawaian'] === 'PPPK') {
        expect(month).toBe(PPPK_MONTH_CODE);
        expect(r['Golongan']).toBeNull();
        continue;
      }
      expect(month).toBeGreaterThanOrEqual(1);
      expect(month).toBeLessThanOrEqual(12);
      const age = (Date.UTC(year, month - 1, 1) - birth.getTime()) / (365.2425 * 86_400_000);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(35.5);
      expect(Date.UTC(year, month - 1, 1)).toBeLessThanOrEqual(utcDate(SAMPLE_REFERENCE_DATE).getTime());
    }
  });
});

describe('generateSample: realism', () => {
  it('places most ranks within the position range', () => {
    const ranked = pegawai.filter((r) => r['Golongan'] !== null);
    const fits = share(ranked, (r) => {
      const pos = byCode.get(str(r['Kode Jabatan']));
      const g = gi(str(r['Golongan']));
      return pos !== undefined && g >= gi(str(pos['Golongan Minimal'])) && g <= gi(str(pos['Golongan Maksimal']));
    });
    expect(fits).toBeGreaterThan(0.94);
    expect(fits).toBeLessThan(1); // real data has a few misfits
  });

  it('keeps everyone below the retirement age, with a handful close to it', () => {
    const ref = utcDate(SAMPLE_REFERENCE_DATE).getTime();
    const ages = pegawai.map((r) => (ref - (r['Tanggal Lahir'] as Date).getTime()) / (365.2425 * 86_400_000));
    for (const a of ages) expect(a).toBeLessThan(60);
    expect(ages.filter((a) => a >= 57).length).toBeGreaterThan(5);
  });

  it('has about 5 % CPNS, 8 % PPPK, 30 % with aspirations and 10 % unwilling', () => {
    expect(share(pegawai, (r) => r['Status Kepegawaian'] === 'CPNS')).toBeCloseTo(0.05, 1);
    expect(share(pegawai, (r) => r['Status Kepegawaian'] === 'PPPK')).toBeCloseTo(0.08, 1);
    expect(share(pegawai, (r) => r['Pilihan 1'] !== null)).toBeCloseTo(0.3, 1);
    expect(share(pegawai, (r) => r['Bersedia Dimutasi'] === 'Tidak')).toBeCloseTo(0.1, 1);
    expect(pegawai.some((r) => r['Pilihan 3'] !== null)).toBe(true);
  });

  it('spreads time in post up to 12 years, with many due for rotation', () => {
    const ref = utcDate(SAMPLE_REFERENCE_DATE).getTime();
    const years = pegawai.map((r) => (ref - (r['TMT Jabatan'] as Date).getTime()) / (365.2425 * 86_400_000));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...years)).toBeLessThanOrEqual(12.1);
    expect(years.filter((y) => y >= 5).length / years.length).toBeGreaterThan(0.15);
  });

  it('includes sanctions, some still active, special circumstances and avoided units', () => {
    const ref = utcDate(SAMPLE_REFERENCE_DATE).getTime();
    const sanctioned = pegawai.filter((r) => r['Hukuman Disiplin'] !== null);
    expect(sanctioned.length).toBeGreaterThan(20);
    expect(sanctioned.every((r) => r['Akhir Hukuman Disiplin'] instanceof Date)).toBe(true);
    expect(sanctioned.some((r) => (r['Akhir Hukuman Disiplin'] as Date).getTime() > ref)).toBe(true);
    expect(new Set(sanctioned.map((r) => r['Hukuman Disiplin']))).toEqual(new Set(['Ringan', 'Sedang', 'Berat']));
    expect(pegawai.filter((r) => r['Pertimbangan Khusus'] !== null).length).toBeGreaterThan(20);
    expect(pegawai.filter((r) => r['Unit Dihindari'] !== null).length).toBeGreaterThan(10);
  });

  it('matches most fields to the post, but not all', () => {
    const withFields = pegawai.filter(
      (r) => str(byCode.get(str(r['Kode Jabatan']))?.['Bidang Pendidikan']) !== '' && r['Pendidikan'] !== 'SMA',
    );
    const matching = share(withFields, (r) =>
      str(byCode.get(str(r['Kode Jabatan']))?.['Bidang Pendidikan'])
        .split('; ')
        .includes(str(r['Jurusan'])),
    );
    expect(matching).toBeGreaterThan(0.6);
    expect(matching).toBeLessThan(0.97);
  });
});

describe('generateSample: staffing', () => {
  const holders = new Map<string, number>();
  for (const r of pegawai) holders.set(str(r['Kode Jabatan']), (holders.get(str(r['Kode Jabatan'])) ?? 0) + 1);
  const totalFormasi = jabatan.reduce((s, j) => s + num(j['Formasi']), 0);

  it('has total formasi 8-12 % above the staff', () => {
    const net = (totalFormasi - pegawai.length) / totalFormasi;
    expect(net).toBeGreaterThanOrEqual(0.08);
    expect(net).toBeLessThanOrEqual(0.12);
  });

  it('leaves some units short and others in surplus', () => {
    const perUnit = new Map<string, { f: number; h: number }>();
    for (const j of jabatan) {
      const u = perUnit.get(str(j['Unit Kerja'])) ?? { f: 0, h: 0 };
      u.f += num(j['Formasi']);
      u.h += holders.get(str(j['Kode Jabatan'])) ?? 0;
      perUnit.set(str(j['Unit Kerja']), u);
    }
    const ratios = [...perUnit.values()].filter((u) => u.f >= 10).map((u) => u.h / u.f);
    expect(ratios.some((r) => r < 0.8)).toBe(true);
    expect(ratios.some((r) => r > 1.1)).toBe(true);
  });

  it('states need as ABK for some units, hours only for others, neither for the rest', () => {
    const abk = units.filter((u) => u['Kebutuhan Pegawai (ABK)'] !== null);
    const hoursOnly = units.filter((u) => u['Kebutuhan Pegawai (ABK)'] === null && u['Beban Kerja (jam/tahun)'] !== null);
    const neither = units.filter((u) => u['Kebutuhan Pegawai (ABK)'] === null && u['Beban Kerja (jam/tahun)'] === null);
    for (const group of [abk, hoursOnly, neither]) expect(group.length).toBeGreaterThan(10);
  });

  it('marks a few vacant posts Segera', () => {
    const segera = jabatan.filter((j) => j['Prioritas'] === 'Segera');
    expect(segera.length).toBeGreaterThan(3);
    expect(segera.length).toBeLessThan(jabatan.length * 0.1);
    for (const j of segera) expect(num(j['Formasi'])).toBeGreaterThan(holders.get(str(j['Kode Jabatan'])) ?? 0);
  });
});

describe('generateSample: sizes', () => {
  it('generates 50,000 employees, with positions growing with them', () => {
    const big = generateSample({ employees: 50_000, seed: 3 });
    expect(sheetNamed(big.sheets, 'Pegawai').rows).toHaveLength(50_000);
    expect(sheetNamed(big.sheets, 'Jabatan').rows.length).toBeGreaterThan(10_000);
  });

  it('generates tiny samples without the planted cases', () => {
    expect(sheetNamed(generateSample({ employees: 5 }).sheets, 'Pegawai').rows).toHaveLength(5);
  });

  it('rejects a non-positive or fractional size', () => {
    expect(() => generateSample({ employees: 0 })).toThrow(RangeError);
    expect(() => generateSample({ employees: 2.5 })).toThrow(RangeError);
  });
});
