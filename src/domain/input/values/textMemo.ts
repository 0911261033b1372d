/**
 * Remembering a text parser's results: a column such as Golongan or Pendidikan holds a few
 * dozen spellings over tens of thousands of rows, each parsed by several patterns.
 */
import type { CellValue } from '../../model/cell';
import type { ValueResult } from './result';

/** At most this many spellings are remembered per parser; then the memory starts afresh. */
const MEMO_LIMIT = 16_384;

/** `parse` with its results remembered per text, within {@link MEMO_LIMIT}. */
function remembered<R>(parse: (text: string) => R): (text: string) => R {
  const memo = new Map<string, R>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const result = parse(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, result);
    return result;
  };
}

/**
 * The parser `fromText` with its results remembered per text. Only for pure parsers whose
 * results hold plain values (a result is shared between the cells that spell it alike).
 *
 * @example const golonganFromText = memoizeText(readGolonganText);
 */
export function memoizeText<T>(fromText: (text: string) => ValueResult<T>): (text: string) => ValueResult<T> {
  return remembered(fromText);
}

/**
 * The cell parser `parse` with its results for text cells remembered per text as written (other
 * cells are parsed each time). Only for pure parsers of a column with few spellings: a cell's
 * result is then one lookup, without the trimmed copy and the objects a parse makes.
 *
 * @example const parseStatusCell = memoizeCell((raw) => parseTextOnly(raw, 'STATUS_UNKNOWN', statusFromText));
 */
export function memoizeCell<R>(parse: (raw: CellValue | undefined) => R): (raw: CellValue | undefined) => R {
  const fromText = remembered<R>(parse);
  return (raw) => (typeof raw === 'string' ? fromText(raw) : parse(raw));
}
