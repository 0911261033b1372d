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

/**
 * The lines `text` takes in a wrapped cell of `capacity` characters per line: each line
 * break starts a new line, words go greedily, and a word longer than a line is cut.
 *
 * @example wrappedLineCount('satu dua tiga', 8) // 2 ("satu dua" / "tiga")
 */
export function wrappedLineCount(text: string, capacity: number): number {
  const width = Math.max(1, Math.floor(capacity));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= width) {
        line = needed;
        continue;
      }
      if (line > 0) lines += 1;
      // A word longer than the line breaks across lines.
      lines += Math.ceil(word.length / width) - 1;
      line = word.length % width || width;
    }
  }
  return lines;
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
  const perUnit = options.bold === true ? CHARS_PER_UNIT_BOLD : CHARS_PER_UNIT;
  let lines = 1;
  columns.forEach((column, c) => {
    if (column.wrap !== true) return;
    const text = shownText(values[c] ?? null);
    if (text === null || text === '') return;
    lines = Math.max(lines, wrappedLineCount(text, column.width * perUnit));
  });
  if (lines <= 1) return null;
  return Math.min(MAX_ROW_HEIGHT_POINTS, lines * LINE_HEIGHT_POINTS);
}
