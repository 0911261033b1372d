/**
 * The first step of every value parser: what kind of thing a raw cell holds, with blanks
 * and formula errors recognised once for all parsers.
 */
import type { CellValue } from '../../model/cell';
import { plainNumberText } from './numberText';
import { blank, fail, type ValueCode, type ValueResult } from './result';

/** A raw cell sorted by kind; text is trimmed and never blank. */
export type CellInput =
  | { readonly kind: 'blank' }
  | { readonly kind: 'error'; readonly result: ValueResult<never> }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'date'; readonly value: Date };

/** Error values Excel shows for a failed formula; a cell holding one has no value to read. */
const FORMULA_ERROR =
  /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;
/** Indonesian sheets write a lone dash (or en/em dash) for "none". */
const DASH_ONLY = /^[-\u2012-\u2015\u2212]+$/;
const OUTER_SPACE = /^[\s\u200B-\u200D\u2060]+|[\s\u200B-\u200D\u2060]+$/g;
const BLANK: CellInput = { kind: 'blank' };

/** Whether the first or last character might be whitespace (conservative: then the pattern decides). */
function hasOuterSpace(s: string): boolean {
  return s.length === 0 || mightBeSpace(s.charCodeAt(0)) || mightBeSpace(s.charCodeAt(s.length - 1));
}

function mightBeSpace(c: number): boolean {
  return (
    c <= 32 || (c >= 128 && (c === 0xa0 || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff))
  );
}

/** The text without white space at either end (the text itself when it has none there). */
function trimmed(raw: string): string {
  return hasOuterSpace(raw) ? raw.replace(OUTER_SPACE, '') : raw;
}

/** Whether trimmed text reads as a blank cell: empty, or dashes only. */
function isBlankText(text: string): boolean {
  if (text === '') return true;
  // Only a text opening with a dash can be dashes only.
  const first = text.charCodeAt(0);
  return (first === 0x2d || (first >= 0x2012 && first <= 0x2015) || first === 0x2212) && DASH_ONLY.test(text);
}

/**
 * Sorts a raw cell (`undefined`, as a ragged row gives it, counts as blank). Blank: null, a string of whitespace only, or a lone dash.
 * A formula error such as `#N/A` becomes the failure `CELL_FORMULA_ERROR`.
 *
 * @example readCell('  ') // { kind: 'blank' }
 * @example readCell(' III/a ') // { kind: 'text', text: 'III/a' }
 */
export function readCell(raw: CellValue | undefined): CellInput {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'string') {
    const text = trimmed(raw);
    if (isBlankText(text)) return BLANK;
    // Only a text opening with # can be a formula error.
    if (text.charCodeAt(0) === 0x23 && FORMULA_ERROR.test(text))
      return { kind: 'error', result: fail('CELL_FORMULA_ERROR', { error: text.toUpperCase() }) };
    return { kind: 'text', text };
  }
  if (typeof raw === 'number') return { kind: 'number', value: raw };
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw };
  if (raw instanceof Date) return { kind: 'date', value: raw };
  // Not a CellValue at all (an adapter let a rich-text or hyperlink object through): read its text.
  return readCell(String(raw));
}

/**
 * Whether {@link readCell} sorts the cell as blank, found without the object it makes: rows
 * ask this of their key cells one by one.
 */
export function isBlankCell(raw: CellValue | undefined): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'string') return isBlankText(trimmed(raw));
  if (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return false;
  return isBlankCell(String(raw));
}

/**
 * Parses a cell whose value can only be written as text (golongan, pendidikan, a term of
 * a vocabulary): blanks and formula errors as usual, a number, a TRUE/FALSE or a date is
 * `unknownCode` with the value shown, and text goes to `fromText`.
 */
export function parseTextOnly<T>(
  raw: CellValue | undefined,
  unknownCode: ValueCode,
  fromText: (text: string) => ValueResult<T>,
): ValueResult<T> {
  const cell = readCell(raw);
  switch (cell.kind) {
    case 'blank':
      return blank();
    case 'error':
      return cell.result;
    case 'number':
      return fail(unknownCode, { value: plainNumberText(cell.value) });
    case 'boolean':
    case 'date':
      return fail(unknownCode, { value: String(cell.value) });
    case 'text':
      return fromText(cell.text);
  }
}
