/**
 * Predikat kinerja: the annual performance rating (PermenPANRB 6/2022).
 */
import type { CellValue } from '../../model/cell';
import type { Predikat } from '../../model/types';
import { vocabularyParser } from './enumeration';
import type { ValueResult } from './result';

const parse = vocabularyParser<Predikat>({
  code: 'PREDIKAT_UNKNOWN',
  terms: [
    ['Sangat Baik', ['Sangat Baik', 'SB', 'Outstanding', 'Excellent', 'Very Good']],
    ['Baik', ['Baik', 'B', 'Good']],
    ['Butuh Perbaikan', ['Butuh Perbaikan', 'Perlu Perbaikan', 'BP', 'Needs Improvement', 'Need Improvement']],
    ['Kurang', ['Kurang', 'K', 'Poor']],
    ['Sangat Kurang', ['Sangat Kurang', 'SK', 'Very Poor']],
  ],
});

/**
 * Reads a performance rating: Sangat Baik / Baik / Butuh Perbaikan / Kurang / Sangat
 * Kurang in any case and spacing, their initials (SB, B, BP, K, SK), or English
 * (Outstanding, Good, Needs Improvement, Poor, Very Poor).
 *
 * Codes: PREDIKAT_UNKNOWN, CELL_FORMULA_ERROR.
 *
 * @example parsePredikat('sangat  baik') // ok: 'Sangat Baik'
 */
export function parsePredikat(raw: CellValue | undefined): ValueResult<Predikat> {
  return parse(raw);
}
