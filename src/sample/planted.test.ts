import { GOLONGAN, JENJANG, type Golongan, type Jenjang } from '../domain/model/types';
import { generateSample, SAMPLE_REFERENCE_DATE } from './generateSample';
import { PLANTED } from './planted';
import { utcDate } from './sampleDates';
import { num, recordsOf, sheetNamed, str, type SheetRecord } from '../../test/support/sampleTestkit';

const gi = (g: string): number => GOLONGAN.indexOf(g as Golongan);
const ji = (j: string): number => JENJANG.indexOf(j as Jenjang);
const YEAR_MS = 365.2425 * 86_400_000;

function load(employees: number, seed: number) {
  const { sheets } = generateSample({ employees, seed });
  const pegawai = recordsOf(sheetNamed(sheets, 'Pegawai'));
  const jabatan = new Map(recordsOf(sheetNamed(sheets, 'Jabatan')).map((j) => [str(j['Kode Jabatan']), j]));
  const units = new Map(recordsOf(sheetNamed(sheets, 'Unit Kerja')).map((u) => [str(u['Unit Kerja']), u]));
  const holders = new Map<string, number>();
  const staff = new Map<string, number>();
  for (const r of pegawai) {
    holders.set(str(r['Kode Jabatan']), (holders.get(str(r['Kode Jabatan'])) ?? 0) + 1);
    staff.set(str(r['Unit Kerja']), (staff.get(str(r['Unit Kerja'])) ?? 0) + 1);
  }
  const position = (code: string): SheetRecord => {
    const j = jabatan.get(code);
    if (j === undefined) throw new Error(`missing ${code}`);
    return j;
  };
  const vacancies = (code: string): number => num(position(code)['Formasi']) - (holders.get(code) ?? 0);
  return { pegawai, jabatan, units, staff, position, vacancies };
}

const PEOPLE = [PLANTED.nursingGraduate, PLANTED.socialToEducation, PLANTED.administratorToService] as const;

describe.each([
  [2500, 1],
  [800, 2],
  [5000, 4],
])('planted cases in a sample of %i employees (seed %i)', (employees, seed) => {
  const data = load(employees, seed);
  const ref = utcDate(SAMPLE_REFERENCE_DATE).getTime();

  it.each(PEOPLE.map((p) => [p.nama, p] as const))('%s is present once, ready to move, with a fitting vacancy', (_name, p) => {
    const rows = data.pegawai.filter((r) => r['Nama'] === p.nama);
    expect(rows).toHaveLength(1);
    const e = rows[0] as SheetRecord;
    expect(e['NIP']).toBe(p.nip);
    expect(e['Status Kepegawaian']).toBe('PNS');
    expect(e['Unit Kerja']).toBe(p.unit);
    expect(e['Kode Jabatan']).toBe(p.positionCode);
    expect(e['Jurusan']).toBe(p.jurusan);
    expect(e['Golongan']).toBe(p.golongan);
    expect(e['Bersedia Dimutasi']).toBe('Ya');
    expect(e['Hukuman Disiplin']).toBeNull();
    expect([e['Pilihan 1'], e['Pilihan 2'], e['Pilihan 3']].filter((x) => x !== null)).toEqual(p.pilihan);
    expect((ref - (e['TMT Jabatan'] as Date).getTime()) / YEAR_MS).toBeGreaterThanOrEqual(5);

    const now = data.position(p.positionCode);
    const target = data.position(p.targetCode);
    expect(target['Unit Kerja']).toBe(p.targetUnit);
    expect(target['Jenis Jabatan']).toBe(now['Jenis Jabatan']);
    expect(target['Kelas Jabatan']).toBe(now['Kelas Jabatan']);
    expect(data.vacancies(p.targetCode)).toBeGreaterThanOrEqual(1);
    expect(gi(p.golongan)).toBeGreaterThanOrEqual(gi(str(target['Golongan Minimal'])));
    expect(gi(p.golongan)).toBeLessThanOrEqual(gi(str(target['Golongan Maksimal'])));
    expect(ji(p.pendidikan)).toBeGreaterThanOrEqual(ji(str(target['Pendidikan Minimal'])));
  });

  it('has the nursing graduate in a Dinas Sosial pelaksana post for over six years, asking for Dinas Kesehatan', () => {
    const e = data.pegawai.find((r) => r['NIP'] === PLANTED.nursingGraduate.nip) as SheetRecord;
    expect(e['Pendidikan']).toBe('S1');
    expect(e['Jurusan']).toBe('Keperawatan');
    expect(data.position(str(e['Kode Jabatan']))['Jenis Jabatan']).toBe('Pelaksana');
    // A pelaksana moves into a pelaksana post; a Perawat post would change the jabatan.
    expect(data.position(PLANTED.nursingGraduate.targetCode)['Jenis Jabatan']).toBe('Pelaksana');
    expect((ref - (e['TMT Jabatan'] as Date).getTime()) / YEAR_MS).toBeGreaterThanOrEqual(6);
    expect(e['Pilihan 1']).toBe('Dinas Kesehatan');
    expect(str(data.position(PLANTED.nursingGraduate.targetCode)['Bidang Pendidikan']).split('; ')).toContain('Keperawatan');
  });

  it('has the administrator asking for the Disdukcapil front office, a public-service post', () => {
    const e = data.pegawai.find((r) => r['NIP'] === PLANTED.administratorToService.nip) as SheetRecord;
    expect(e['Jabatan']).toBe('Pengadministrasi Umum');
    expect(e['Pilihan 1']).toBe('DISDUKCAPIL-OLO-01');
    expect(data.units.get(PLANTED.disdukcapil.unit)?.['Layanan Publik']).toBe('Ya');
  });

  it('has the teaching graduate in Dinas Sosial asking for Dinas Pendidikan', () => {
    const e = data.pegawai.find((r) => r['NIP'] === PLANTED.socialToEducation.nip) as SheetRecord;
    expect(e['Unit Kerja']).toBe('Dinas Sosial');
    expect(e['Pilihan 1']).toBe('Dinas Pendidikan');
    expect(str(e['Nama'])).toMatch(/S\.Pd\.$/);
  });

  it('has a growing Disdukcapil whose ABK need is clearly above its staff, with vacancies others can fill', () => {
    const unit = data.units.get(PLANTED.disdukcapil.unit) as SheetRecord;
    expect(unit['Pertumbuhan Layanan (%)']).toBe(PLANTED.disdukcapil.growthPercent);
    const staff = data.staff.get(PLANTED.disdukcapil.unit) ?? 0;
    expect(num(unit['Kebutuhan Pegawai (ABK)'])).toBeGreaterThanOrEqual(staff * 1.3);
    for (const code of PLANTED.disdukcapil.vacancyCodes) {
      expect(data.vacancies(code)).toBeGreaterThanOrEqual(2);
      expect(data.position(code)['Prioritas']).toBe('Segera');
      const pos = data.position(code);
      const candidates = data.pegawai.filter(
        (r) =>
          r['Unit Kerja'] !== PLANTED.disdukcapil.unit &&
          r['Status Kepegawaian'] === 'PNS' &&
          data.position(str(r['Kode Jabatan']))['Jenis Jabatan'] === 'Pelaksana' &&
          data.position(str(r['Kode Jabatan']))['Kelas Jabatan'] === pos['Kelas Jabatan'] &&
          gi(str(r['Golongan'])) >= gi(str(pos['Golongan Minimal'])) &&
          gi(str(r['Golongan'])) <= gi(str(pos['Golongan Maksimal'])),
      );
      expect(candidates.length).toBeGreaterThan(20);
    }
  });
});
