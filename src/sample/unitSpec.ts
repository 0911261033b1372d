/**
 * The shape of one agency (unit kerja) in the sample catalog: its structural posts, the
 * pelaksana and functional posts with their formasi at the base size, and the staffing
 * character that decides whether it ends up short or in surplus.
 */
import type { Golongan, JenisJabatan, Jenjang } from '../domain/model/types';
import type { FamilyKey, FungsionalLevel } from './fungsionalFamilies';
import type { PelaksanaKey } from './pelaksanaTemplates';
import type { Sector } from './studyFields';

export type Eselon = 'II.a' | 'II.b' | 'III.a' | 'III.b' | 'IV.a' | 'IV.b';

export interface EselonSpec {
  readonly jenis: Extract<JenisJabatan, 'JPT' | 'Administrator' | 'Pengawas'>;
  readonly kelas: number;
  readonly golonganMin: Golongan;
  readonly golonganMax: Golongan;
  readonly pendidikanMin: Jenjang;
}

/** Rank ranges per eselon after PP 100/2000 (lowest and highest pangkat), widened by one step at the top. */
export const ESELON: Readonly<Record<Eselon, EselonSpec>> = {
  'II.a': { jenis: 'JPT', kelas: 15, golonganMin: 'IV/c', golonganMax: 'IV/e', pendidikanMin: 'S1' },
  'II.b': { jenis: 'JPT', kelas: 14, golonganMin: 'IV/b', golonganMax: 'IV/d', pendidikanMin: 'S1' },
  'III.a': { jenis: 'Administrator', kelas: 12, golonganMin: 'IV/a', golonganMax: 'IV/c', pendidikanMin: 'S1' },
  'III.b': { jenis: 'Administrator', kelas: 11, golonganMin: 'III/d', golonganMax: 'IV/b', pendidikanMin: 'S1' },
  'IV.a': { jenis: 'Pengawas', kelas: 9, golonganMin: 'III/b', golonganMax: 'IV/a', pendidikanMin: 'D3' },
  'IV.b': { jenis: 'Pengawas', kelas: 8, golonganMin: 'III/a', golonganMax: 'III/d', pendidikanMin: 'D3' },
};

export interface StructuralPost {
  readonly abbr: string;
  readonly name: string;
  readonly eselon: Eselon;
  /** What the post leads, for the one-sentence Uraian Tugas. */
  readonly scope: string;
  /** Overrides the eselon's kelas (staf ahli, kepala puskesmas). */
  readonly kelas?: number;
  /** Left vacant (held by a Plt) in every sample, and marked Segera. */
  readonly vacant?: boolean;
}

export type StaffLine =
  | { readonly kind: 'pelaksana'; readonly key: PelaksanaKey; readonly formasi: number; readonly minVacancy?: number }
  | {
      readonly kind: 'fungsional';
      readonly family: FamilyKey;
      readonly level: FungsionalLevel;
      readonly formasi: number;
      readonly minVacancy?: number;
    };

export type UnitKind =
  | 'setda'
  | 'bagian'
  | 'sekretariat'
  | 'inspektorat'
  | 'badan'
  | 'dinas'
  | 'satpol'
  | 'rsud'
  | 'puskesmas'
  | 'sekolah'
  | 'kecamatan'
  | 'kelurahan';

export interface UnitSpec {
  readonly name: string;
  /** Prefix of the unit's position codes (DINKES → DINKES-PRW-01). */
  readonly code: string;
  readonly kind: UnitKind;
  /** Sectors whose graduates fit the unit, primary first (structural fields, aspirations). */
  readonly sectors: readonly Sector[];
  readonly structural: readonly StructuralPost[];
  readonly staff: readonly StaffLine[];
  readonly layananPublik: boolean;
  /**
   * Staffing factor: 1 = staffed like the city average, below 1 short (health, Disdukcapil),
   * above 1 in surplus (secretariats, kecamatan offices), as in most Indonesian pemkot.
   */
  readonly fill: number;
  /** How the Unit Kerja sheet states the need; absent = drawn at random. */
  readonly need?: 'abk' | 'hours' | 'none';
  /** ABK figure relative to the unit's formasi when `need` is 'abk'. */
  readonly abkFactor?: number;
  /** Pertumbuhan Layanan (%) shown in the Unit Kerja sheet. */
  readonly growth?: number;
  /**
   * A unit staffed exactly to its need (ABK = staff, no growth) whose staff are all PNS due
   * for rotation (five years or more in post): rotation may swap people but must not leave
   * it short.
   */
  readonly balanced?: boolean;
}

/** A pelaksana line. */
export const p = (key: PelaksanaKey, formasi: number, minVacancy?: number): StaffLine => ({
  kind: 'pelaksana',
  key,
  formasi,
  ...(minVacancy === undefined ? {} : { minVacancy }),
});

/**
 * Functional lines of one family, one per level with a formasi; `vacant` gives the levels
 * whose posts keep at least that many vacancies (marked Segera).
 */
export const fj = (
  family: FamilyKey,
  levels: Partial<Record<FungsionalLevel, number>>,
  vacant: Partial<Record<FungsionalLevel, number>> = {},
): StaffLine[] =>
  (Object.entries(levels) as [FungsionalLevel, number][]).map(([level, formasi]) => {
    const minVacancy = vacant[level];
    return { kind: 'fungsional', family, level, formasi, ...(minVacancy === undefined ? {} : { minVacancy }) };
  });

/** A structural post. */
export const s = (abbr: string, name: string, eselon: Eselon, scope: string, kelas?: number): StructuralPost => ({
  abbr,
  name,
  eselon,
  scope,
  ...(kelas === undefined ? {} : { kelas }),
});

/** The same posts with those named in `names` left vacant (held by a Plt). */
export const withVacant = (posts: readonly StructuralPost[], names: readonly string[]): StructuralPost[] =>
  posts.map((post) => (names.includes(post.name) ? { ...post, vacant: true } : post));

/**
 * The structural posts of a dinas or badan: its head (JPT II.b), the secretary (III.a),
 * one Kepala Bidang per bidang (III.b) and the Kepala Subbagian of the secretariat (IV.a).
 */
export function opdStructure(
  unitName: string,
  bidang: readonly string[],
  subbagian: readonly string[] = ['Umum dan Kepegawaian', 'Keuangan'],
  head = `Kepala ${unitName}`,
): StructuralPost[] {
  return [
    s('KA', head, 'II.b', unitName),
    s('SEK', `Sekretaris ${unitName}`, 'III.a', `kesekretariatan ${unitName}`),
    ...bidang.map((b) => s('KBD', `Kepala Bidang ${b}`, 'III.b', `Bidang ${b}`)),
    ...subbagian.map((b) => s('KSB', `Kepala Subbagian ${b}`, 'IV.a', `Subbagian ${b}`)),
  ];
}

/** The structural posts of a bagian of the Sekretariat Daerah: Kepala Bagian and its subbagian. */
export function bagianStructure(bagian: string, subbagian: readonly string[]): StructuralPost[] {
  return [
    s('KBG', `Kepala Bagian ${bagian}`, 'III.a', `Bagian ${bagian}`),
    ...subbagian.map((b) => s('KSB', `Kepala Subbagian ${b}`, 'IV.a', `Subbagian ${b}`)),
  ];
}
