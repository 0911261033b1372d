/**
 * Performance, potential, competencies and discipline of a synthetic employee: SKP
 * predikat mostly Baik (PermenPANRB 6/2022), the talent-pool potential, the competencies
 * they hold (mostly those their post needs) and the occasional disciplinary sanction
 * with its end date (PP 94/2021).
 */
import type { DayNumber, EmploymentStatus, Gender, Hukdis, Potensi, Predikat } from '../domain/model/types';
import type { SamplePosition } from './organisation';
import type { Rng } from './random';
import { dayOf, ymdOf } from './sampleDates';

export interface Appraisal {
  readonly predikat: Predikat | null;
  readonly potensi: Potensi | null;
  readonly kompetensi: readonly string[];
  readonly hukdis: Hukdis | null;
  readonly hukdisEnd: DayNumber | null;
}

const GENERIC_KOMPETENSI = [
  'Pelayanan Prima',
  'Microsoft Excel',
  'Pengelolaan Arsip',
  'Komunikasi Publik',
  'Kepemimpinan',
  'Analisis Data',
  'Penyusunan Laporan',
  'Pengadaan Barang/Jasa',
  'Bahasa Inggris',
  'Manajemen Risiko',
];

function predikatOf(status: EmploymentStatus, rng: Rng): Predikat | null {
  if (status === 'CPNS') return rng.chance(0.4) ? null : 'Baik';
  if (rng.chance(0.02)) return null;
  return rng.weighted<Predikat>([
    ['Sangat Baik', 15],
    ['Baik', 72],
    ['Butuh Perbaikan', 9],
    ['Kurang', 3],
    ['Sangat Kurang', 1],
  ]);
}

function potensiOf(predikat: Predikat | null, rng: Rng): Potensi | null {
  if (predikat === null || rng.chance(0.05)) return null;
  if (predikat === 'Sangat Baik')
    return rng.weighted<Potensi>([
      ['Tinggi', 45],
      ['Menengah', 50],
      ['Rendah', 5],
    ]);
  if (predikat === 'Baik')
    return rng.weighted<Potensi>([
      ['Tinggi', 18],
      ['Menengah', 65],
      ['Rendah', 17],
    ]);
  return rng.weighted<Potensi>([
    ['Tinggi', 5],
    ['Menengah', 45],
    ['Rendah', 50],
  ]);
}

function kompetensiOf(pos: SamplePosition, fieldFits: boolean, rng: Rng): string[] {
  if (rng.chance(0.05)) return [];
  const held = pos.kompetensi.filter(() => rng.chance(fieldFits ? 0.72 : 0.5));
  const extra = rng.int(0, 2);
  for (let i = 0; i < extra; i++) {
    const k = rng.pick(GENERIC_KOMPETENSI);
    if (!held.includes(k)) held.push(k);
  }
  return held;
}

/** Sanction months by severity: Sedang is a 6-12 month tukin cut, Berat a 12-month demotion (PP 94/2021 Pasal 8). */
function sanction(ref: DayNumber, rng: Rng): { hukdis: Hukdis; end: DayNumber } {
  const hukdis = rng.weighted<Hukdis>([
    ['Ringan', 55],
    ['Sedang', 33],
    ['Berat', 12],
  ]);
  const start = ref - rng.int(20, 3 * 365);
  const months = hukdis === 'Ringan' ? 0 : hukdis === 'Sedang' ? rng.pick([6, 9, 12]) : 12;
  const { year, month, day } = ymdOf(start);
  return { hukdis, end: dayOf(year, month + months, day) };
}

/** Appraisal of a holder of `pos`; `fieldFits` when their study field is one the post accepts. */
export function appraisalFor(pos: SamplePosition, status: EmploymentStatus, fieldFits: boolean, ref: DayNumber, rng: Rng): Appraisal {
  const predikat = predikatOf(status, rng);
  const potensi = potensiOf(predikat, rng);
  const kompetensi = kompetensiOf(pos, fieldFits, rng);
  const punished = status === 'PNS' && rng.chance(predikat === 'Kurang' || predikat === 'Sangat Kurang' ? 0.3 : 0.025);
  if (!punished) return { predikat, potensi, kompetensi, hukdis: null, hukdisEnd: null };
  const { hukdis, end } = sanction(ref, rng);
  return { predikat, potensi, kompetensi, hukdis, hukdisEnd: end };
}

const SPECIAL: readonly (readonly [string, Gender | null])[] = [
  ['Menderita penyakit kronis, kontrol rutin di RSUD', null],
  ['Suami bertugas di Kota Tebing Tinggi, memohon tidak dipindah jauh dari domisili', 'P'],
  ['Istri bertugas sebagai guru di Kecamatan Rambutan', 'L'],
  ['Merawat orang tua lanjut usia yang sakit', null],
  ['Memiliki anak berkebutuhan khusus', null],
  ['Sedang hamil', 'P'],
  ['Penyandang disabilitas fisik (pengguna kruk)', null],
  ['Pasca operasi, memerlukan beban kerja ringan sementara', null],
];

/** Pertimbangan Khusus: health or family circumstances, for about 2.5 % of staff. */
export function specialCircumstances(gender: Gender, rng: Rng): string {
  if (!rng.chance(0.025)) return '';
  const options = SPECIAL.filter(([, g]) => g === null || g === gender).map(([text]) => text);
  return rng.pick(options);
}
