/**
 * Potensi: the talent-assessment potential axis of the 9-box (PermenPANRB 3/2020).
 */
import type { CellValue } from '../../model/cell';
import type { Potensi } from '../../model/types';
import { vocabularyParser } from './enumeration';
import type { ValueResult } from './result';

const parse = vocabularyParser<Potensi>({
  code: 'POTENSI_UNKNOWN',
  terms: [
    ['Tinggi', ['Tinggi', 'High']],
    ['Menengah', ['Menengah', 'Sedang', 'Medium', 'Middle', 'Moderate']],
    ['Rendah', ['Rendah', 'Low']],
  ],
});

/**
 * Reads a potential level: Tinggi / Menengah (also `Sedang`) / Rendah, or High / Medium / Low.
 *
 * Codes: POTENSI_UNKNOWN, CELL_FORMULA_ERROR.
 *
 * @example parsePotensi('Sedang') // ok: 'Menengah'
 */
export function parsePotensi(raw: CellValue | undefined): ValueResult<Potensi> {
  return parse(raw);
}
