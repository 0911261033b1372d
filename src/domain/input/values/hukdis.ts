/**
 * Hukuman disiplin: the level of a disciplinary sanction (PP 94/2021 Pasal 8).
 */
import type { CellValue } from '../../model/cell';
import type { Hukdis } from '../../model/types';
import { vocabularyParser } from './enumeration';
import type { ValueResult } from './result';

const LEVELS: readonly (readonly [Hukdis, readonly string[]])[] = [
  ['Ringan', ['Ringan', 'Light', 'Minor', 'Mild']],
  ['Sedang', ['Sedang', 'Moderate', 'Medium']],
  ['Berat', ['Berat', 'Severe', 'Heavy', 'Major']],
];

const parse = vocabularyParser<Hukdis>({
  code: 'HUKDIS_UNKNOWN',
  // `Hukuman Disiplin Ringan`, `Hukdis Sedang`, `Tingkat Berat` say the same as the bare level.
  terms: LEVELS.map(([level, words]) => [
    level,
    words.flatMap((w) => [w, `Hukuman Disiplin ${w}`, `Hukdis ${w}`, `Tingkat ${w}`, `${w} Sanction`]),
  ]),
  none: ['Tidak Ada', 'Tidak', 'Nihil', 'Tanpa', 'Belum Pernah', 'Bebas', 'None', 'No', 'Nil', 'N/A', '0'],
});

/**
 * Reads a disciplinary sanction level: Ringan / Sedang / Berat (also with `Hukuman
 * Disiplin` in front) or Light / Moderate / Severe. `-`, `Tidak Ada`, `Nihil` and `None`
 * mean no sanction and read as blank.
 *
 * Codes: HUKDIS_UNKNOWN, CELL_FORMULA_ERROR.
 *
 * @example parseHukdis('Hukuman Disiplin Sedang') // ok: 'Sedang'
 * @example parseHukdis('Tidak Ada') // ok: null
 */
export function parseHukdis(raw: CellValue | undefined): ValueResult<Hukdis> {
  return parse(raw);
}
