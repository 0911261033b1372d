/**
 * The common shape of the small vocabularies (predikat, potensi, jenis jabatan, …):
 * a table of spellings, compared by {@link normalizeKey} so case, spaces and punctuation
 * never matter.
 */
import type { CellValue } from '../../model/cell';
import { parseTextOnly } from './cellInput';
import { normalizeKey } from '../../model/normalize';
import { blank, fail, ok, type ValueCode, type ValueResult } from './result';
import { memoizeCell } from './textMemo';

export interface Vocabulary<T> {
  /** The failure code for text that is in no table. */
  readonly code: ValueCode;
  /** Each value with the spellings that mean it (Indonesian and English). */
  readonly terms: readonly (readonly [T, readonly string[]])[];
  /** Spellings that mean "none" and read as a blank cell (`Tidak Ada`). */
  readonly none?: readonly string[];
}

/**
 * A parser for a vocabulary. The returned function reads text through the table; a
 * number, truth value or date is never a vocabulary word and fails with the table's code.
 * Throws (a programmer error) when two values share a spelling.
 *
 * @example const parseSize = vocabularyParser({ code: 'POTENSI_UNKNOWN', terms: [['S', ['small', 'kecil']]] });
 */
export function vocabularyParser<T>(vocabulary: Vocabulary<T>): (raw: CellValue | undefined) => ValueResult<T> {
  const table = new Map<string, T | null>();
  const add = (spelling: string, value: T | null): void => {
    const key = normalizeKey(spelling);
    if (table.has(key) && table.get(key) !== value) throw new Error(`vocabulary ${vocabulary.code}: '${spelling}' has two meanings`);
    table.set(key, value);
  };
  for (const [value, spellings] of vocabulary.terms) for (const s of spellings) add(s, value);
  for (const s of vocabulary.none ?? []) add(s, null);

  const fromText = (text: string): ValueResult<T> => {
    const value = table.get(normalizeKey(text));
    if (value === undefined) return fail(vocabulary.code, { value: text });
    return value === null ? blank() : ok(value);
  };
  // A column holds a handful of spellings over many rows: each is read once.
  return memoizeCell((raw) => parseTextOnly(raw, vocabulary.code, fromText));
}
