/**
 * Row heights for wrapped text, computed from the text and the column width. LibreOffice
 * keeps the height a file gives a row (or the default one-line height) instead of growing
 * it to fit wrapped text, so a sheet printed from it cuts every long cell to its first
 * line; Excel autofits on screen but not always in print. Both adapters therefore set the
 * height this module estimates.
 */
import type { CellValue } from '../model/cell';

/** Height of one line of 11-point text, and Excel's default row height, in points. */
export const LINE_HEIGHT_POINTS = 15;
/** Excel's highest row. */
export const MAX_ROW_HEIGHT_POINTS = 409;

/**
 * Characters of ordinary text per unit of column width. A width unit is one digit of the
 * default font (Calibri 11); proportional text averages about 1.2 characters per unit in
 * Calibri and in LibreOffice's fall-back fonts (measured on a LibreOffice render), so 1.0
 * keeps a margin for long words and wider fonts. Bold text is wider.
 */
const CHARS_PER_UNIT = 1.0;
const CHARS_PER_UNIT_BOLD = 0.9;

/** A column as the row height needs it: its width in Excel character units, and whether it wraps. */
export interface WrapColumn {
  readonly width: number;
  readonly wrap?: boolean | undefined;
}

/** Whether a UTF-16 code unit is white space as a regular expression's `\s` reads it. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const LINE_FEED = 0x0a;

/** White space other than a space and a line feed: text without any is cut into words by `indexOf`. */
const OTHER_SPACE = /[^\S \n]/;

/**
 * The lines `text` takes in a wrapped cell of `capacity` characters per line: each line
 * break starts a new line, words go greedily, and a word longer than a line is cut. Read
 * without splitting the text (it runs for every wrapped cell of a 50,000-row sheet); text no
 * longer than a line takes one line per paragraph.
 *
 * @example wrappedLineCount('satu dua tiga', 8) // 2 ("satu dua" / "tiga")
 */
export function wrappedLineCount(text: string, capacity: number): number {
  const width = Math.max(1, Math.floor(capacity));
  if (text.length <= width) {
    let lines = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines += 1;
    return lines;
  }
  return OTHER_SPACE.test(text) ? lineCountByCharacter(text, width) : lineCountByWord(text, width);
}

/**
 * {@link wrappedLineCount} of text whose only white space is spaces and line feeds, `width`
 * a whole number of characters: the words found with `indexOf`, a step per word instead of
 * a step per character.
 */
function lineCountByWord(text: string, width: number): number {
  const n = text.length;
  const fill = new LineFill(width);
  /** Where the next space and the next line feed are (the text's length when there is none). */
  let nextSpace = -1;
  let nextBreak = -1;
  for (let start = 0; start <= n;) {
    if (nextSpace < start) nextSpace = indexOrEnd(text, ' ', start);
    if (nextBreak < start) nextBreak = indexOrEnd(text, '\n', start);
    const end = nextSpace < nextBreak ? nextSpace : nextBreak;
    const word = end - start;
    if (word > 0) fill.place(word);
    if (end === nextBreak && end < n) fill.lineBreak();
    start = end + 1;
  }
  return fill.lines;
}

/** Where `char` next occurs in `text` at or after `from`; the text's length when nowhere. */
function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

/** {@link wrappedLineCount} of any text, `width` a whole number of characters, read character by character. */
function lineCountByCharacter(text: string, width: number): number {
  const n = text.length;
  const fill = new LineFill(width);
  let wordStart = -1;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : LINE_FEED;
    if (!isSpace(code)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      fill.place(i - wordStart);
      wordStart = -1;
    }
    if (code === LINE_FEED && i < n) fill.lineBreak();
  }
  return fill.lines;
}

/** Lines filled greedily with words: `lines` so far, `line` characters on the last one. */
class LineFill {
  lines = 1;
  private line = 0;

  constructor(private readonly width: number) {}

  /** Puts a word of `word` characters after the last one, on a new line when it does not fit. */
  place(word: number): void {
    const width = this.width;
    const needed = this.line === 0 ? word : this.line + 1 + word;
    if (needed <= width) {
      this.line = needed;
      return;
    }
    if (this.line > 0) this.lines += 1;
    // A word longer than the line breaks across lines.
    this.lines += Math.ceil(word / width) - 1;
    this.line = word % width || width;
  }

  /** A line feed: the next word starts a new line. */
  lineBreak(): void {
    this.lines += 1;
    this.line = 0;
  }
}

/** Text of a cell as it shows (numbers and dates take one line). */
function shownText(value: CellValue): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * Height in points for a row whose cells are `values` under `columns` (the sheet's column
 * widths): enough lines for the longest wrapped cell. Null when every cell fits on one line,
 * so the row keeps its default height. `bold` for a header row.
 *
 * @example rowHeightPoints(['a long reason …'], [{ width: 10, wrap: true }]) // 45 (three lines)
 */
export function rowHeightPoints(
  values: readonly CellValue[],
  columns: readonly WrapColumn[],
  options: { readonly bold?: boolean } = {},
): number | null {
  return rowHeightsOf(columns, options)(values);
}

/**
 * {@link rowHeightPoints} for the rows of one table, one row after another under the same
 * `columns`: each wrapped column remembers the text it last measured and its line count, so a
 * text repeated down a column (a unit, a reason) is measured once per run.
 *
 * @example const heightOf = rowHeightsOf(columns); rows.map(heightOf)
 */
export function rowHeightsOf(
  columns: readonly WrapColumn[],
  options: { readonly bold?: boolean } = {},
): (values: readonly CellValue[]) => number | null {
  const perUnit = options.bold === true ? CHARS_PER_UNIT_BOLD : CHARS_PER_UNIT;
  const lastText: (string | undefined)[] = [];
  const lastLines: number[] = [];
  return (values) => {
    let lines = 1;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      if (column?.wrap !== true) continue;
      const text = shownText(values[c] ?? null);
      if (text === null || text === '') continue;
      if (lastText[c] !== text) {
        lastText[c] = text;
        lastLines[c] = wrappedLineCount(text, column.width * perUnit);
      }
      lines = Math.max(lines, lastLines[c] ?? 1);
    }
    if (lines <= 1) return null;
    return Math.min(MAX_ROW_HEIGHT_POINTS, lines * LINE_HEIGHT_POINTS);
  };
}
