/**
 * Prioritas: how urgently a vacancy should be filled.
 */
import type { CellValue } from '../../model/cell';
import type { Prioritas } from '../../model/types';
import { vocabularyParser } from './enumeration';
import type { ValueResult } from './result';

const parse = vocabularyParser<Prioritas>({
  code: 'PRIORITAS_UNKNOWN',
  terms: [
    ['Segera', ['Segera', 'Mendesak', 'Sangat Mendesak', 'Urgent', 'Immediate']],
    ['Tinggi', ['Tinggi', 'High']],
    ['Normal', ['Normal', 'Biasa', 'Sedang', 'Medium', 'Regular']],
  ],
});

/**
 * Reads a vacancy priority: Segera (also Mendesak, Urgent), Tinggi / High, Normal (also
 * Biasa, Sedang, Medium).
 *
 * Codes: PRIORITAS_UNKNOWN, CELL_FORMULA_ERROR.
 *
 * @example parsePrioritas('URGENT') // ok: 'Segera'
 */
export function parsePrioritas(raw: CellValue | undefined): ValueResult<Prioritas> {
  return parse(raw);
}
