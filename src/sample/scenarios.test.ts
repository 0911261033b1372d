/**
 * The situations the planner's rules must meet, present in the default demo sample
 * (2,500 employees, seed 1, as `mutasi demo` uses): the same jabatan fungsional and jenjang
 * in several units, some short and some in surplus; urgent vacancies someone elsewhere can
 * fill; vacancies of another profession; JPT vacancies; teachers past 58; unwilling and
 * special-circumstance staff due for rotation; balanced units whose staff are all due.
 */
import { GOLONGAN, JENJANG, type Golongan, type Jenjang } from '../domain/model/types';
import { generateSample, SAMPLE_REFERENCE_DATE } from './generateSample';
import { utcDate } from './sampleDates';
import { num, recordsOf, sheetNamed, str, type SheetRecord } from '../../test/support/sampleTestkit';

const YEAR_MS = 365.2425 * 86_400_000;
const REF = utcDate(SAMPLE_REFERENCE_DATE).getTime();
const gi = (g: string): number => GOLONGAN.indexOf(g as Golongan);
const ji = (j: string): number => JENJANG.indexOf(j as Jenjang);

/** Jenjang suffix of a functional post name and the golongan range and order it implies. */
const JENJANG_RANGE: readonly (readonly [string, Golongan, Golongan])[] = [
  ['Terampil', 'II/c', 'II/d'],
  ['Mahir', 'III/a', 'III/b'],
  ['Penyelia', 'III/c', 'III/d'],
  ['Ahli Pertama', 'III/a', 'III/b'],
  ['Ahli Muda', 'III/c', 'III/d'],
  ['Ahli Madya', 'IV/a', 'IV/c'],
];
const JENJANG_SUFFIX = / (Terampil|Mahir|Penyelia|Ahli Pertama|Ahli Muda|Ahli Madya)$/;
/** The jabatan fungsional (with the subject for a teacher): the name without its jenjang. */
const familyOf = (name: string): string => name.replace(JENJANG_SUFFIX, '');

function load(employees: number, seed: number) {
  const { sheets } = generateSample({ employees, seed });
  const pegawai = recordsOf(sheetNamed(sheets, 'Pegawai'));
  const jabatan = recordsOf(sheetNamed(sheets, 'Jabatan'));
  const units = recordsOf(sheetNamed(sheets, 'Unit Kerja'));
  const byCode = new Map(jabatan.map((j) => [str(j['Kode Jabatan']), j]));
  const holders = new Map<string, number>();
  const staff = new Map<string, number>();
  const formasi = new Map<string, number>();
  for (const r of pegawai) {
    holders.set(str(r['Kode Jabatan']), (holders.get(str(r['Kode Jabatan'])) ?? 0) + 1);
    staff.set(str(r['Unit Kerja']), (staff.get(str(r['Unit Kerja'])) ?? 0) + 1);
  }
  for (const j of jabatan) formasi.set(str(j['Unit Kerja']), (formasi.get(str(j['Unit Kerja'])) ?? 0) + num(j['Formasi']));
  // Need as the needs analysis states it: ABK, else hours / 1250, else formasi; then growth.
  const need = new Map(
    units.map((u) => {
      const name = str(u['Unit Kerja']);
      const base =
        u['Kebutuhan Pegawai (ABK)'] !== null
          ? num(u['Kebutuhan Pegawai (ABK)'])
          : u['Beban Kerja (jam/tahun)'] !== null
            ? Math.ceil(num(u['Beban Kerja (jam/tahun)']) / 1250)
            : (formasi.get(name) ?? 0);
      const growth = u['Pertumbuhan Layanan (%)'] === null ? 0 : num(u['Pertumbuhan Layanan (%)']);
      return [name, Math.ceil(Math.round(base * (100 + growth) * 1e4) / 1e6)] as const;
    }),
  );
  const gap = (unit: string): number => (need.get(unit) ?? 0) - (staff.get(unit) ?? 0);
  const vacancies = (j: SheetRecord): number => num(j['Formasi']) - (holders.get(str(j['Kode Jabatan'])) ?? 0);
  const post = (r: SheetRecord): SheetRecord => byCode.get(str(r['Kode Jabatan'])) as SheetRecord;
  const inPost = (r: SheetRecord): number => (REF - (r['TMT Jabatan'] as Date).getTime()) / YEAR_MS;
  const age = (r: SheetRecord): number => (REF - (r['Tanggal Lahir'] as Date).getTime()) / YEAR_MS;
  const due = (r: SheetRecord): boolean => r['Status Kepegawaian'] === 'PNS' && inPost(r) >= 5;
  /** PNS elsewhere who hold a post of the same name and whose rank and education fit `j`. */
  const qualifiedElsewhere = (j: SheetRecord): SheetRecord[] =>
    pegawai.filter(
      (r) =>
        r['Status Kepegawaian'] === 'PNS' &&
        r['Unit Kerja'] !== j['Unit Kerja'] &&
        r['Jabatan'] === j['Nama Jabatan'] &&
        gi(str(r['Golongan'])) >= gi(str(j['Golongan Minimal'])) &&
        gi(str(r['Golongan'])) <= gi(str(j['Golongan Maksimal'])) &&
        ji(str(r['Pendidikan'])) >= ji(str(j['Pendidikan Minimal'])),
    );
  return { pegawai, jabatan, units, byCode, staff, need, gap, vacancies, post, inPost, age, due, qualifiedElsewhere };
}

const data = load(2500, 1);
const fungsional = data.jabatan.filter((j) => j['Jenis Jabatan'] === 'Fungsional');
const postsNamed = (name: string): SheetRecord[] => fungsional.filter((j) => j['Nama Jabatan'] === name);

describe('sample scenarios at the demo size (2,500 employees, seed 1)', () => {
  it('names every functional post "<jabatan fungsional> <jenjang>" with the golongan range and class of that jenjang', () => {
    expect(fungsional.length).toBeGreaterThan(300);
    const kelasOf = new Map<string, number>();
    for (const j of fungsional) {
      const name = str(j['Nama Jabatan']);
      const level = JENJANG_SUFFIX.exec(name)?.[1];
      const range = JENJANG_RANGE.find(([l]) => l === level);
      expect([name, range === undefined]).toEqual([name, false]);
      expect([name, j['Golongan Minimal'], j['Golongan Maksimal']]).toEqual([name, range?.[1], range?.[2]]);
      expect(j['Eselon']).toBeNull();
      expect(kelasOf.get(name) ?? j['Kelas Jabatan']).toBe(j['Kelas Jabatan']);
      kelasOf.set(name, num(j['Kelas Jabatan']));
    }
    expect(kelasOf.get('Perawat Terampil')).toBeLessThan(kelasOf.get('Perawat Mahir') ?? 0);
    expect(kelasOf.get('Perawat Ahli Pertama')).toBeLessThan(kelasOf.get('Perawat Ahli Muda') ?? 0);
    expect(kelasOf.get('Perawat Ahli Muda')).toBeLessThan(kelasOf.get('Perawat Ahli Madya') ?? 0);
  });

  it('gives structural posts the eselon of their kind and other posts none', () => {
    const prefix = { JPT: 'II.', Administrator: 'III.', Pengawas: 'IV.' } as const;
    for (const j of data.jabatan) {
      const jenis = str(j['Jenis Jabatan']);
      if (jenis in prefix) expect(str(j['Eselon']).startsWith(prefix[jenis as keyof typeof prefix])).toBe(true);
      else expect(j['Eselon']).toBeNull();
    }
  });

  it('keeps each teacher subject recoverable from the post name', () => {
    const subjects = new Set(fungsional.map((j) => familyOf(str(j['Nama Jabatan']))).filter((f) => f.startsWith('Guru ')));
    for (const s of ['Guru Kelas', 'Guru Matematika', 'Guru Bahasa Inggris', 'Guru Bahasa Indonesia', 'Guru Pendidikan Agama Islam'])
      expect(subjects).toContain(s);
    expect(postsNamed('Guru Matematika Ahli Muda').every((j) => str(j['Bidang Pendidikan']).includes('Pendidikan Matematika'))).toBe(true);
    expect(postsNamed('Guru Matematika Ahli Muda').length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    'Perawat Terampil',
    'Perawat Mahir',
    'Perawat Ahli Pertama',
    'Perawat Ahli Muda',
    'Bidan Terampil',
    'Bidan Ahli Pertama',
    'Bidan Ahli Muda',
    'Dokter Ahli Pertama',
    'Dokter Ahli Muda',
    'Apoteker Ahli Pertama',
    'Pranata Laboratorium Kesehatan Terampil',
    'Guru Kelas Ahli Pertama',
    'Guru Kelas Ahli Muda',
    'Guru Matematika Ahli Pertama',
    'Guru Bahasa Inggris Ahli Pertama',
    'Arsiparis Terampil',
    'Pranata Komputer Terampil',
    'Pranata Komputer Ahli Pertama',
    'Analis Kebijakan Ahli Pertama',
  ])('has %s posts in at least three units', (name) => {
    expect(new Set(postsNamed(name).map((j) => j['Unit Kerja'])).size).toBeGreaterThanOrEqual(3);
  });

  it.each([
    'Perawat Terampil',
    'Perawat Ahli Pertama',
    'Perawat Ahli Muda',
    'Bidan Terampil',
    'Guru Kelas Ahli Pertama',
    'Guru Kelas Ahli Muda',
  ])('has %s in units short of staff with a vacancy and in units with a surplus', (name) => {
    const posts = postsNamed(name);
    const shortWithVacancy = posts.filter((j) => data.gap(str(j['Unit Kerja'])) > 0 && data.vacancies(j) > 0);
    const heldInSurplus = posts.filter((j) => data.gap(str(j['Unit Kerja'])) < 0 && data.vacancies(j) < num(j['Formasi']));
    expect(shortWithVacancy.length).toBeGreaterThanOrEqual(2);
    expect(heldInSurplus.length).toBeGreaterThanOrEqual(2);
  });

  it('has several puskesmas and schools short of staff and several in surplus', () => {
    const frontLine = data.units.map((u) => str(u['Unit Kerja'])).filter((n) => /^(Puskesmas|SD Negeri|SMP Negeri) /.test(n));
    expect(frontLine.filter((n) => data.gap(n) > 0).length).toBeGreaterThanOrEqual(10);
    expect(frontLine.filter((n) => data.gap(n) < 0).length).toBeGreaterThanOrEqual(8);
    expect(frontLine.filter((n) => n.startsWith('Puskesmas') && data.gap(n) < 0).length).toBeGreaterThanOrEqual(3);
  });

  it('has urgent (Segera) functional vacancies that a PNS of the same jabatan elsewhere could fill', () => {
    const urgent = fungsional.filter((j) => j['Prioritas'] === 'Segera' && data.vacancies(j) > 0);
    const fillable = urgent.filter((j) => data.qualifiedElsewhere(j).length > 0);
    expect(fillable.length).toBeGreaterThanOrEqual(6);
    for (const name of [
      'Perawat Ahli Muda',
      'Perawat Ahli Pertama',
      'Bidan Terampil',
      'Guru Kelas Ahli Pertama',
      'Guru Matematika Ahli Muda',
    ]) {
      expect(fillable.map((j) => j['Nama Jabatan'])).toContain(name);
    }
  });

  it('has a vacant urgent Dokter post in a puskesmas beside nurses due for rotation', () => {
    const doctor = fungsional.find((j) => j['Nama Jabatan'] === 'Dokter Ahli Pertama' && j['Unit Kerja'] === 'Puskesmas Satria');
    expect(doctor).toBeDefined();
    expect(data.vacancies(doctor as SheetRecord)).toBeGreaterThanOrEqual(1);
    expect(doctor?.['Prioritas']).toBe('Segera');
    const nurses = data.pegawai.filter(
      (r) => r['Unit Kerja'] === 'Puskesmas Satria' && str(r['Jabatan']).startsWith('Perawat ') && data.due(r),
    );
    expect(nurses.length).toBeGreaterThanOrEqual(1);
  });

  it('leaves JPT posts vacant (open selection) and an administrator post of the same eselon elsewhere', () => {
    const vacant = data.jabatan.filter((j) => data.vacancies(j) > 0);
    const jpt = vacant.filter((j) => j['Jenis Jabatan'] === 'JPT').map((j) => j['Nama Jabatan']);
    expect(jpt).toEqual(expect.arrayContaining(['Sekretaris DPRD', 'Kepala Dinas Perhubungan']));
    expect(vacant.map((j) => j['Nama Jabatan'])).toContain('Sekretaris Dinas Sosial');
    const held = data.pegawai.filter((r) => data.post(r)['Eselon'] === 'III.a' && r['Status Kepegawaian'] === 'PNS');
    expect(held.length).toBeGreaterThan(10);
  });

  it('has teachers aged 58-60, past the general retirement age but not their own, and nobody at their retirement age', () => {
    const isTeacher = (r: SheetRecord): boolean => str(r['Jabatan']).startsWith('Guru ');
    const teachers = data.pegawai.filter(isTeacher);
    expect(teachers.filter((r) => data.age(r) >= 58 && data.age(r) < 59).length).toBeGreaterThanOrEqual(5);
    expect(teachers.filter((r) => data.age(r) >= 59 && data.age(r) < 60).length).toBeGreaterThanOrEqual(3);
    expect(teachers.filter((r) => data.age(r) >= 58 && !str(r['Jabatan']).endsWith('Ahli Madya')).length).toBeGreaterThanOrEqual(5);
    for (const r of data.pegawai) {
      const post = data.post(r);
      const bup = isTeacher(r) || post['Jenis Jabatan'] === 'JPT' || str(post['Nama Jabatan']).endsWith('Ahli Madya') ? 60 : 58;
      expect([r['NIP'], data.age(r) < bup]).toEqual([r['NIP'], true]);
    }
  });

  it('has unwilling and special-circumstance PNS due for rotation, some whose profession has a vacancy elsewhere', () => {
    const vacantNames = new Set(
      fungsional.filter((j) => data.vacancies(j) > 0).map((j) => `${str(j['Unit Kerja'])}|${str(j['Nama Jabatan'])}`),
    );
    const movable = (r: SheetRecord): boolean =>
      [...vacantNames].some((k) => k.endsWith(`|${str(r['Jabatan'])}`) && !k.startsWith(`${str(r['Unit Kerja'])}|`));
    const unwilling = data.pegawai.filter((r) => r['Bersedia Dimutasi'] === 'Tidak' && data.due(r));
    const special = data.pegawai.filter((r) => r['Pertimbangan Khusus'] !== null && data.due(r));
    expect(unwilling.length).toBeGreaterThanOrEqual(40);
    expect(special.length).toBeGreaterThanOrEqual(10);
    expect(unwilling.filter((r) => data.post(r)['Jenis Jabatan'] === 'Fungsional' && movable(r)).length).toBeGreaterThanOrEqual(5);
    expect(special.filter((r) => data.post(r)['Jenis Jabatan'] === 'Fungsional' && movable(r)).length).toBeGreaterThanOrEqual(2);
  });

  it('has balanced units (staff = need, no growth) whose staff are all PNS due for rotation', () => {
    const balanced = data.units
      .filter((u) => {
        const name = str(u['Unit Kerja']);
        const staff = data.pegawai.filter((r) => r['Unit Kerja'] === name);
        return u['Pertumbuhan Layanan (%)'] === null && data.gap(name) === 0 && staff.length >= 5 && staff.every(data.due);
      })
      .map((u) => str(u['Unit Kerja']));
    expect(balanced).toEqual(expect.arrayContaining(['Puskesmas Pabatu', 'SD Negeri 164518 Tebing Tinggi', 'SMP Negeri 6 Tebing Tinggi']));
    // Their professions exist elsewhere, so rotation can swap staff without leaving them short.
    const pabatuNurses = data.pegawai.filter((r) => r['Unit Kerja'] === 'Puskesmas Pabatu' && str(r['Jabatan']).startsWith('Perawat '));
    expect(pabatuNurses.length).toBeGreaterThan(0);
    for (const r of pabatuNurses) expect(new Set(postsNamed(str(r['Jabatan'])).map((j) => j['Unit Kerja'])).size).toBeGreaterThanOrEqual(3);
  });

  it('has aspirations of functional staff that name the same jabatan and jenjang in another unit', () => {
    const sameJob = data.pegawai
      .filter((r) => data.post(r)['Jenis Jabatan'] === 'Fungsional')
      .filter((r) =>
        [r['Pilihan 1'], r['Pilihan 2'], r['Pilihan 3']].some((c) => {
          const target = c === null ? undefined : data.byCode.get(str(c));
          return target !== undefined && target['Nama Jabatan'] === r['Jabatan'] && target['Unit Kerja'] !== r['Unit Kerja'];
        }),
      );
    expect(sameJob.length).toBeGreaterThanOrEqual(30);
    expect(new Set(sameJob.map((r) => familyOf(str(r['Jabatan'])))).size).toBeGreaterThanOrEqual(5);
  });
});

describe('sample scenarios: determinism', () => {
  it('gives the same demo sample for the same seed', () => {
    const again = load(2500, 1);
    expect(again.pegawai).toEqual(data.pegawai);
    expect(again.jabatan).toEqual(data.jabatan);
    expect(again.units).toEqual(data.units);
  });
});
