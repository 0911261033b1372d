/**
 * One row of the position sheet read into a position draft (unit name as written).
 */
import { asPositionCode, type Position } from '../model/types';
import { parseEselon } from './eselon';
import type { JabatanField } from './jabatanFields';
import type { RowReader } from './rowReader';
import { golonganIndex, parseGolongan } from './values/golongan';
import { parseJenisJabatan } from './values/jenisJabatan';
import { parseList } from './values/list';
import { parseInteger } from './values/number';
import { parsePendidikan } from './values/pendidikan';
import { parsePrioritas } from './values/prioritas';
import { parseRepeatedText, parseText } from './values/text';

/** A position before unit names are made canonical. */
export interface PositionDraft extends Omit<Position, 'unit'> {
  readonly unitText: string;
}

/** Kelas jabatan runs from 1 to 17 (Perpres on tunjangan kinerja; PermenPANRB 39/2013). */
const KELAS_MIN = 1;
const KELAS_MAX = 17;

/**
 * Reads a position row. Formasi defaults to 1 and must be at least 1 (FORMASI_NOT_POSITIVE);
 * Prioritas defaults to Normal; Golongan Minimal above Golongan Maksimal is
 * GOLONGAN_RANGE; a Kelas outside 1-17 is KELAS_OUT_OF_RANGE (warning); an unknown Eselon
 * is kept as written with ESELON_UNKNOWN (warning). Returns null when the row has errors.
 */
export function readPositionRow(r: RowReader<JabatanField>): PositionDraft | null {
  const code = r.read('kodeJabatan', parseText, true);
  const name = r.read('namaJabatan', parseRepeatedText, true);
  const unitText = r.read('unitKerja', parseRepeatedText, true);
  const jenis = r.read('jenisJabatan', parseJenisJabatan, true);
  const kelas = r.read('kelas', parseInteger);
  if (kelas !== null && (kelas < KELAS_MIN || kelas > KELAS_MAX)) {
    r.report('KELAS_OUT_OF_RANGE', 'warning', 'kelas', { min: KELAS_MIN, max: KELAS_MAX });
  }
  const eselon = eselonOf(r);
  const formasi = r.read('formasi', parseInteger) ?? (r.isBlank('formasi') ? 1 : null);
  if (formasi !== null && formasi < 1) r.report('FORMASI_NOT_POSITIVE', 'error', 'formasi');
  const golonganMin = r.read('golonganMin', parseGolongan);
  const golonganMax = r.read('golonganMax', parseGolongan);
  if (golonganMin !== null && golonganMax !== null && golonganIndex(golonganMin) > golonganIndex(golonganMax)) {
    r.report('GOLONGAN_RANGE', 'error', 'golonganMin', { min: golonganMin, max: golonganMax, maxColumn: r.column('golonganMax') });
  }
  const pendidikanMin = r.read('pendidikanMin', parsePendidikan);
  const bidangPendidikan = r.read('bidangPendidikan', parseList) ?? [];
  const kompetensi = r.read('kompetensi', parseList) ?? [];
  const prioritas = r.read('prioritas', parsePrioritas) ?? 'Normal';
  const uraianTugas = r.read('uraianTugas', parseRepeatedText) ?? '';

  if (r.failed || code === null || name === null || unitText === null || jenis === null || formasi === null) return null;
  return {
    row: r.row,
    code: asPositionCode(code),
    name,
    unitText,
    jenis,
    kelas,
    eselon,
    formasi,
    golonganMin,
    golonganMax,
    pendidikanMin,
    bidangPendidikan,
    kompetensi,
    prioritas,
    uraianTugas,
    extra: r.extra(),
  };
}

function eselonOf(r: RowReader<JabatanField>): string | null {
  const result = parseEselon(r.raw('eselon'));
  if (result.ok) return result.value;
  if (result.code !== 'ESELON_UNKNOWN') {
    r.report(result.code, 'error', 'eselon', result.params);
    return null;
  }
  r.report('ESELON_UNKNOWN', 'warning', 'eselon', result.params);
  return String(result.params.value ?? '');
}
