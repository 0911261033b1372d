/**
 * Remembering a text parser's results: a column such as Golongan or Pendidikan holds a few
 * dozen spellings over tens of thousands of rows, each parsed by several patterns.
 */
import type { ValueResult } from './result';

/** At most this many spellings are remembered per parser; then the memory starts afresh. */
const MEMO_LIMIT = 4096;

/**
 * The parser `fromText` with its results remembered per text. Only for pure parsers whose
 * results hold plain values (a result is shared between the cells that spell it alike).
 *
 * @example const golonganFromText = memoizeText(readGolonganText);
 */
export function memoizeText<T>(fromText: (text: string) => ValueResult<T>): (text: string) => ValueResult<T> {
  const memo = new Map<string, ValueResult<T>>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const result = fromText(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, result);
    return result;
  };
}
