/**
 * The domain's shared vocabulary: typed employee, position and unit records as the input
 * layer produces them, and the branded identifiers that must never be mixed up.
 *
 * Pure TypeScript: no host (Office, ExcelJS, React, DOM, fs) may be imported below src/domain.
 */

/** 18-digit civil-servant number (Nomor Induk Pegawai), always held as text. */
export type Nip = string & { readonly __brand: 'Nip' };
/** Position code (Kode Jabatan) as written in the position sheet, trimmed. */
export type PositionCode = string & { readonly __brand: 'PositionCode' };
/** Canonical unit (agency, OPD) name as written in the position or unit sheet, trimmed. */
export type UnitName = string & { readonly __brand: 'UnitName' };

export const asNip = (s: string): Nip => s as Nip;
export const asPositionCode = (s: string): PositionCode => s as PositionCode;
export const asUnitName = (s: string): UnitName => s as UnitName;

/**
 * A calendar date as whole days since 1970-01-01 (UTC). Spreadsheet dates have no time
 * zone; day numbers keep tenure and age arithmetic exact.
 */
export type DayNumber = number;

/** The 17 civil-service ranks, in order (index 0 = I/a … 16 = IV/e). */
export const GOLONGAN = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;
export type Golongan = (typeof GOLONGAN)[number];

/** Rank names (pangkat) of the 17 golongan, same order as {@link GOLONGAN}. */
export const PANGKAT: Record<Golongan, string> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

/** Education levels (jenjang), in order; D4 and "S1 Terapan" rank with S1. */
export const JENJANG = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type Jenjang = (typeof JENJANG)[number];

export type Gender = 'L' | 'P';
export type EmploymentStatus = 'PNS' | 'CPNS' | 'PPPK';
export type Predikat = 'Sangat Baik' | 'Baik' | 'Butuh Perbaikan' | 'Kurang' | 'Sangat Kurang';
export type Potensi = 'Tinggi' | 'Menengah' | 'Rendah';
export type Hukdis = 'Ringan' | 'Sedang' | 'Berat';
export type JenisJabatan = 'JPT' | 'Administrator' | 'Pengawas' | 'Pelaksana' | 'Fungsional';
export type Prioritas = 'Segera' | 'Tinggi' | 'Normal';

/** An employee row of the Pegawai sheet, parsed and validated. */
export interface Employee {
  /** Excel row number the user sees. */
  readonly row: number;
  readonly nip: Nip;
  readonly nama: string;
  readonly gender: Gender;
  readonly birthDate: DayNumber;
  readonly status: EmploymentStatus;
  readonly golongan: Golongan | null; // null only for PPPK, who have no golongan ruang
  readonly pendidikan: Jenjang;
  readonly jurusan: string;
  readonly unit: UnitName;
  /** Resolved current position (from Kode Jabatan, or Jabatan + Unit Kerja). */
  readonly positionCode: PositionCode;
  readonly tmtJabatan: DayNumber;
  readonly tmtMutasiTerakhir: DayNumber | null;
  readonly predikat: Predikat | null;
  readonly potensi: Potensi | null;
  readonly kompetensi: readonly string[];
  readonly hukdis: Hukdis | null;
  readonly hukdisEnd: DayNumber | null;
  /** Up to three aspirations, in order, each a unit name or a position code as written. */
  readonly pilihan: readonly string[];
  readonly bersedia: boolean;
  readonly pertimbanganKhusus: string;
  readonly unitDihindari: readonly UnitName[];
  /** Columns the input layer did not recognise, by their header text (kept, never dropped). */
  readonly extra: Readonly<Record<string, string>>;
}

/** A position (jabatan) row of the position sheet. */
export interface Position {
  readonly row: number;
  readonly code: PositionCode;
  readonly name: string;
  readonly unit: UnitName;
  readonly jenis: JenisJabatan;
  readonly kelas: number | null;
  readonly eselon: string | null;
  /** Capacity; default 1. */
  readonly formasi: number;
  readonly golonganMin: Golongan | null;
  readonly golonganMax: Golongan | null;
  readonly pendidikanMin: Jenjang | null;
  readonly bidangPendidikan: readonly string[];
  readonly kompetensi: readonly string[];
  readonly prioritas: Prioritas;
  readonly uraianTugas: string;
  readonly extra: Readonly<Record<string, string>>;
}

/** An agency (unit kerja, OPD) row of the optional unit sheet. */
export interface Unit {
  readonly row: number | null; // null when the unit only appears in the other sheets
  readonly name: UnitName;
  readonly kebutuhanAbk: number | null;
  readonly bebanKerjaJam: number | null;
  /** Demand growth in percent, e.g. 4.5 for 4.5 %. */
  readonly pertumbuhanPersen: number | null;
  readonly layananPublik: boolean;
  readonly batasKeluar: number | null;
}

/** The validated input of one planning run. */
export interface InputTables {
  readonly employees: readonly Employee[];
  readonly positions: readonly Position[];
  readonly units: readonly Unit[];
  /** The sheet names the tables came from, for messages and for leaving them untouched. */
  readonly sheets: { readonly pegawai: string; readonly jabatan: string; readonly unit: string | null };
  /** Headers of unrecognised employee columns, offered as extra fairness attributes. */
  readonly extraEmployeeColumns: readonly string[];
}
