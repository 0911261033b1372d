/**
 * Jenis kelamin as sheets write it. The values/ parsers have no gender reader (the NIP
 * carries gender), so the employee table reads an explicit column here.
 */
import type { CellValue } from '../model/cell';
import type { Gender } from '../model/types';
import { cellText } from './cellText';
import type { ParseResult } from './rowReader';
import { readCell } from './values/cellInput';
import { normalizeKey } from '../model/normalize';
import { memoizeCell } from './values/textMemo';

const SPELLINGS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...['L', 'Laki-laki', 'Laki laki', 'Lakilaki', 'Laki', 'Pria', 'Lk', 'M', 'Male', 'Man', '1'].map((s) => [normalizeKey(s), 'L'] as const),
  ...['P', 'Perempuan', 'Wanita', 'Pr', 'Pr.', 'F', 'Female', 'Woman', '2'].map((s) => [normalizeKey(s), 'P'] as const),
]);

/**
 * Reads L / P, also Laki-laki, Pria, Perempuan, Wanita, Male, Female, M, F, and 1 / 2 (the
 * NIP's own digit). Code: GENDER_UNKNOWN (or CELL_FORMULA_ERROR).
 *
 * @example parseJenisKelamin('Perempuan') // { ok: true, value: 'P' }
 */
export function parseJenisKelamin(raw: CellValue | undefined): ParseResult<Gender> {
  return genderFromCell(raw);
}

/** The column holds a few spellings: each is read once. */
const genderFromCell = memoizeCell(readJenisKelamin);

function readJenisKelamin(raw: CellValue | undefined): ParseResult<Gender> {
  const cell = readCell(raw);
  if (cell.kind === 'blank') return { ok: true, value: null };
  if (cell.kind === 'error') return cell.result;
  const text = cellText(raw) ?? '';
  const gender = SPELLINGS.get(normalizeKey(text));
  return gender === undefined ? { ok: false, code: 'GENDER_UNKNOWN', params: { value: text } } : { ok: true, value: gender };
}
