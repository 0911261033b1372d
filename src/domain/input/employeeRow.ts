/**
 * One row of the employee sheet read into an employee draft: everything of an
 * {@link Employee} except what needs the other tables (the resolved position and the
 * canonical unit names).
 */
import type { CellValue } from '../model/cell';
import { isoFromDay } from '../model/dates';
import type { DayNumber, Employee, EmploymentStatus, Gender, Golongan, Jenjang } from '../model/types';
import { parseJenisKelamin } from './jenisKelamin';
import type { PegawaiField } from './pegawaiFields';
import type { RowReader } from './rowReader';
import { parseDate } from './values/date';
import { parseGolongan } from './values/golongan';
import { parseHukdis } from './values/hukdis';
import { parseList } from './values/list';
import { parseNip, type NipInfo } from './values/nip';
import { parsePendidikan } from './values/pendidikan';
import { parsePotensi } from './values/potensi';
import { parsePredikat } from './values/predikat';
import { parseStatus } from './values/status';
import { parseRepeatedText, parseText } from './values/text';
import { parseYesNo } from './values/yesNo';

/** An employee before cross-table resolution: units and position as written. */
export interface EmployeeDraft extends Omit<Employee, 'unit' | 'positionCode' | 'unitDihindari'> {
  readonly unitText: string;
  readonly kodeJabatan: string | null;
  readonly jabatan: string | null;
  readonly unitDihindari: readonly string[];
  /** The column each entry of `pilihan` came from, for messages. */
  readonly pilihanFrom: readonly PegawaiField[];
}

/** The date parsers of the two date systems, made once rather than per cell. */
const DATE_1900 = { date1904: false } as const;
const DATE_1904 = { date1904: true } as const;
const parseDate1900 = (raw: CellValue | undefined) => parseDate(raw, DATE_1900);
const parseDate1904 = (raw: CellValue | undefined) => parseDate(raw, DATE_1904);

/** Jenjang below which a blank Jurusan is normal (SD, SMP, SMA graduates often have none). */
const NO_MAJOR_NEEDED: ReadonlySet<Jenjang> = new Set<Jenjang>(['SD', 'SMP', 'SMA']);

/**
 * Reads an employee row. Gender and birth date come from the NIP when their columns are
 * absent or blank; when both are given and disagree the column wins and a warning says
 * so (NIP_GENDER_MISMATCH, NIP_BIRTH_MISMATCH). A blank status is PNS, or PPPK for a PPPK
 * number; a PPPK number under status PNS/CPNS is NIP_PPPK_STATUS. Golongan is required
 * except for PPPK. Returns null when a required value is missing or unreadable (the
 * reader holds the issues).
 */
export function readEmployeeRow(r: RowReader<PegawaiField>, date1904: boolean): EmployeeDraft | null {
  const parse = date1904 ? parseDate1904 : parseDate1900;
  const date = (field: PegawaiField, required = false): DayNumber | null => r.read(field, parse, required);

  const nipInfo = r.read('nip', parseNip, true);
  const nama = r.read('nama', parseText, true);
  const gender = genderOf(r, nipInfo);
  const birthDate = birthDateOf(r, nipInfo, date1904);
  const status = statusOf(r, nipInfo);
  const golongan = golonganOf(r, status);
  const pendidikan = r.read('pendidikan', parsePendidikan, true);
  const jurusanRequired = pendidikan === null || !NO_MAJOR_NEEDED.has(pendidikan);
  const jurusan = r.read('jurusan', parseRepeatedText, jurusanRequired) ?? '';
  const unitText = r.read('unitKerja', parseRepeatedText, true);
  const kodeJabatan = r.read('kodeJabatan', parseText);
  const jabatan = r.read('jabatan', parseRepeatedText);
  if (kodeJabatan === null && jabatan === null && (r.mapped('kodeJabatan') || r.mapped('jabatan'))) {
    r.report('MISSING_POSITION_VALUE', 'error', r.mapped('kodeJabatan') ? 'kodeJabatan' : 'jabatan');
  }
  const tmtJabatan = date('tmtJabatan', true);
  const tmtMutasiTerakhir = date('tmtMutasiTerakhir');
  const predikat = r.read('predikat', parsePredikat);
  const potensi = r.read('potensi', parsePotensi);
  const kompetensi = r.read('kompetensi', parseList) ?? [];
  const hukdis = r.read('hukdis', parseHukdis);
  const hukdisEnd = date('hukdisEnd');
  const first = r.read('pilihan1', parseRepeatedText);
  const second = r.read('pilihan2', parseRepeatedText);
  const third = r.read('pilihan3', parseRepeatedText);
  const pilihan = present(first, second, third);
  const pilihanFrom = present<PegawaiField>(
    first === null ? null : 'pilihan1',
    second === null ? null : 'pilihan2',
    third === null ? null : 'pilihan3',
  );
  const bersedia = r.read('bersedia', parseYesNo) ?? true;
  const pertimbanganKhusus = r.read('pertimbanganKhusus', parseRepeatedText) ?? '';
  const unitDihindari = r.read('unitDihindari', parseList) ?? [];

  if (birthDate !== null && tmtJabatan !== null && tmtJabatan < birthDate) {
    r.report('TMT_BEFORE_BIRTH', 'error', 'tmtJabatan', { date: isoFromDay(tmtJabatan), birthDate: isoFromDay(birthDate) });
  }

  if (
    r.failed ||
    nipInfo === null ||
    nama === null ||
    gender === null ||
    birthDate === null ||
    status === null ||
    (golongan === null && status !== 'PPPK') ||
    pendidikan === null ||
    unitText === null ||
    tmtJabatan === null ||
    (kodeJabatan === null && jabatan === null)
  ) {
    return null;
  }
  return {
    row: r.row,
    nip: nipInfo.nip,
    nama,
    gender,
    birthDate,
    status,
    golongan,
    pendidikan,
    jurusan,
    unitText,
    kodeJabatan,
    jabatan,
    tmtJabatan,
    tmtMutasiTerakhir,
    predikat,
    potensi,
    kompetensi,
    hukdis,
    hukdisEnd,
    pilihan,
    pilihanFrom,
    bersedia,
    pertimbanganKhusus,
    unitDihindari,
    extra: r.extra(),
  };
}

/**
 * The values of `a`, `b`, `c` that are not null, in order, in an array of just their length:
 * an array filled by push reserves room for many more, and every employee keeps two.
 */
function present<T>(a: T | null, b: T | null, c: T | null): T[] {
  if (a !== null) {
    if (b !== null) return c === null ? [a, b] : [a, b, c];
    return c === null ? [a] : [a, c];
  }
  if (b !== null) return c === null ? [b] : [b, c];
  return c === null ? [] : [c];
}

function genderOf(r: RowReader<PegawaiField>, nip: NipInfo | null): Gender | null {
  const written = r.read('jenisKelamin', parseJenisKelamin);
  if (written === null) return r.isBlank('jenisKelamin') ? (nip?.gender ?? null) : null;
  if (nip !== null && nip.gender !== written) {
    r.report('NIP_GENDER_MISMATCH', 'warning', 'jenisKelamin', { nipGender: nip.gender, gender: written, nip: nip.nip });
  }
  return written;
}

function birthDateOf(r: RowReader<PegawaiField>, nip: NipInfo | null, date1904: boolean): DayNumber | null {
  const written = r.read('tanggalLahir', date1904 ? parseDate1904 : parseDate1900);
  if (written === null) return r.isBlank('tanggalLahir') ? (nip?.birthDate ?? null) : null;
  if (nip !== null && nip.birthDate !== written) {
    r.report('NIP_BIRTH_MISMATCH', 'warning', 'tanggalLahir', {
      nipDate: isoFromDay(nip.birthDate),
      date: isoFromDay(written),
      nip: nip.nip,
    });
  }
  return written;
}

function statusOf(r: RowReader<PegawaiField>, nip: NipInfo | null): EmploymentStatus | null {
  const written = r.read('status', parseStatus);
  if (!r.isBlank('status') && written === null) return null; // unreadable, reported
  const status = written ?? (nip?.kind === 'PPPK' ? 'PPPK' : 'PNS');
  if (nip?.kind === 'PPPK' && status !== 'PPPK') r.report('NIP_PPPK_STATUS', 'warning', 'status', { status, nip: nip.nip });
  return status;
}

/**
 * PNS and CPNS hold a golongan ruang; PPPK have none (their grades I-XVII are not
 * golongan ruang, UU 20/2023), so a PPPK value that is not a golongan is set aside with
 * a warning instead of blocking the row.
 */
function golonganOf(r: RowReader<PegawaiField>, status: EmploymentStatus | null): Golongan | null {
  if (status !== 'PPPK') return r.read('golongan', parseGolongan, status !== null);
  const result = parseGolongan(r.raw('golongan'));
  if (result.ok) return result.value;
  r.report('GOLONGAN_PPPK_IGNORED', 'warning', 'golongan');
  return null;
}
