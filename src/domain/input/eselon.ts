/**
 * Eselon (structural echelon) as position sheets write it. Not one of the values/
 * parsers: only the position table has it, and an unknown spelling is kept with a warning.
 */
import type { CellValue } from '../model/cell';
import type { ParseResult } from './rowReader';
import { readCell } from './values/cellInput';
import { normalizeKey } from '../model/normalize';

const ROMAN: Readonly<Record<string, string>> = {
  i: 'I',
  ii: 'II',
  iii: 'III',
  iv: 'IV',
  v: 'V',
  '1': 'I',
  '2': 'II',
  '3': 'III',
  '4': 'IV',
  '5': 'V',
};
const ESELON = /^(?:eselon\s*)?(iv|v|i{1,3}|[1-5])\s*[./\-\s]?\s*([ab])$/i;
/** Spellings of "no echelon": functional and pelaksana positions have none. */
const NONE = new Set(['noneselon', 'nonesselon', 'tidakada', 'none', 'na']);

/**
 * Reads an eselon into the form `II.a`; `Non Eselon` reads as blank.
 * Code: ESELON_UNKNOWN (or CELL_FORMULA_ERROR).
 *
 * @example parseEselon('eselon 3b') // { ok: true, value: 'III.b' }
 */
export function parseEselon(raw: CellValue | undefined): ParseResult<string> {
  const cell = readCell(raw);
  if (cell.kind === 'blank') return { ok: true, value: null };
  if (cell.kind === 'error') return cell.result;
  const text = cell.kind === 'text' ? cell.text : String(cell.value);
  if (NONE.has(normalizeKey(text))) return { ok: true, value: null };
  const match = ESELON.exec(text.trim());
  const group = match ? ROMAN[(match[1] ?? '').toLowerCase()] : undefined;
  if (!match || group === undefined) return { ok: false, code: 'ESELON_UNKNOWN', params: { value: text } };
  return { ok: true, value: `${group}.${(match[2] ?? '').toLowerCase()}` };
}
