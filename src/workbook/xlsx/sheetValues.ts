/**
 * One worksheet's values, read from its XML in chunks: what the user sees in each cell (a
 * formula's last result, dates as dates), nothing of its formatting.
 */
import type { CellValue } from '../../domain/model/cell';
import { streamPart } from './packageParts';
import type { PackageReader } from './packageReader';
import { type CellAttributes, columnOf, readCell } from './cellTag';
import type { TagAttributes } from './tagAttributes';
import { XmlScanner } from './xmlScanner';
import { decodeEscapes } from './xmlText';

/** What a sheet's cells refer to: the shared strings and which cell formats are dates. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

export { columnOf } from './cellTag';

const DAY_MS = 24 * 3600 * 1000;

/** An Excel serial day number as a Date (the 1900 or the 1904 date system), to the millisecond. */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

/**
 * The rows of the sheet at `path`: `rows[i]` is row i + 1, each without trailing empty cells; a
 * cell holding "" reads as empty, and in a merged range only the top-left cell holds the value
 * (as in Excel and Office.js).
 */
export async function readSheetRows(pkg: PackageReader, path: string, context: SheetContext): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  let rowNumber = 0;
  let column = 0;
  let type = 'n';
  let style = 0;
  let formula = false;
  let raw: string | null = null; // the <v> text
  let whole = -1; // the <v> text as a number when it was read in place (raw is then IN_PLACE)
  let inline: string | null = null; // the <is> text
  let collecting: 'v' | 't' | null = null;
  let phonetic = 0;
  let inInline = false;
  const cell: CellAttributes = { column: 0, type: 'n', style: 0 };
  // The cells of row `rowNumber` gather here, to be copied once into an array of their width.
  const scratch: CellValue[] = [];
  let width = 0;
  const dates = new Map<number, Date>();
  const flushRow = () => {
    if (width === 0) return;
    const cells = scratch.slice(0, width);
    width = 0;
    const row = rows[rowNumber - 1];
    if (row === undefined) rows[rowNumber - 1] = cells;
    else placeAll(row, cells); // the row was written twice
  };

  const open = (tagName: string, attributes: TagAttributes, selfClosing: boolean) => {
    switch (unprefixed(tagName)) {
      case 'c': {
        readCell(attributes, cell, column);
        column = cell.column;
        type = cell.type;
        style = cell.style;
        formula = false;
        raw = null;
        whole = -1;
        inline = null;
        break;
      }
      case 'row': {
        flushRow();
        const r = attributes.get('r');
        rowNumber = r === undefined ? rowNumber + 1 : Number(r);
        column = 0;
        break;
      }
      case 'v':
        raw = '';
        whole = -1;
        collecting = selfClosing ? null : 'v';
        break;
      case 'f':
        formula = true;
        break;
      case 'is':
        inInline = true;
        inline = '';
        break;
      case 'rPh':
        phonetic++;
        break;
      case 't':
        if (inInline && phonetic === 0 && !selfClosing) collecting = 't';
        break;
      case 'mergeCell': {
        const ref = attributes.get('ref');
        if (ref !== undefined) merges.push(ref);
        break;
      }
    }
  };
  const text = (piece: string) => {
    if (collecting === 'v') {
      if (whole >= 0) raw = String(whole);
      whole = -1;
      raw += piece;
    } else if (collecting === 't') inline += piece;
  };
  // A shared string's index or a whole number is read where it stands, without a string of its own.
  const textIn = (source: string, from: number, to: number): boolean => {
    if (collecting !== 'v' || raw !== '' || (type !== 's' && type !== 'n')) return false;
    whole = wholeNumberAt(source, from, to);
    if (whole < 0) return false;
    raw = IN_PLACE;
    return true;
  };
  const close = (tagName: string) => {
    const name = unprefixed(tagName);
    if (name === 'v' || name === 't') collecting = null;
    else if (name === 'rPh') phonetic--;
    else if (name === 'is') inInline = false;
    else if (name === 'c') {
      const value = whole >= 0 ? wholeCellValue(type, style, whole, context, dates) : cellValue(type, style, formula, raw, inline, context);
      if (value !== null && rowNumber > 0 && column > 0) {
        while (width < column - 1) scratch[width++] = null;
        scratch[column - 1] = value;
        if (column > width) width = column;
      }
    }
  };
  const scanner = new XmlScanner({ open, close, text, textIn });
  await streamPart(pkg, path, (chunk) => scanner.write(chunk));
  scanner.close();
  flushRow();

  for (const range of merges) clearMergedCells(rows, range);
  const result: CellValue[][] = [];
  for (let i = 0; i < rows.length; i++) result.push(trimmed(rows[i] ?? []));
  while (result.length > 0 && (result[result.length - 1] ?? []).length === 0) result.pop();
  return result;
}

/** What `raw` holds while the <v> text is known as a number read in place. */
const IN_PLACE = '#';

/**
 * The digits from `from` to `to` of `source` as a number, when they are written as `String`
 * writes that number (no sign, no leading zero, at most 15 digits); -1 otherwise.
 */
function wholeNumberAt(source: string, from: number, to: number): number {
  const length = to - from;
  if (length === 0 || length > 15 || (length > 1 && source.charCodeAt(from) === 48)) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = source.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * The value of a shared-string or number cell whose <v> is the whole number `n` (as {@link cellValue}
 * reads it). A date is made once per day and shared by the cells that hold it (`dates`).
 */
function wholeCellValue(type: string, style: number, n: number, context: SheetContext, dates: Map<number, Date>): CellValue {
  if (type === 's') {
    const value = context.sharedStrings[n] ?? null;
    return value === '' ? null : value;
  }
  if (context.dateStyles[style] !== true) return n;
  let date = dates.get(n);
  if (date === undefined) dates.set(n, (date = serialToDate(n, context.date1904)));
  return date;
}

/** Writes the non-empty `cells` of a row over `row`, as if its cells came one by one. */
function placeAll(row: CellValue[], cells: readonly CellValue[]): void {
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i] ?? null;
    if (value === null) continue;
    while (row.length < i) row.push(null);
    row[i] = value;
  }
}

/** The value a cell shows, from its type (`t`), format (`s`) and text. */
function cellValue(
  type: string,
  style: number,
  formula: boolean,
  raw: string | null,
  inline: string | null,
  context: SheetContext,
): CellValue {
  let value: CellValue;
  switch (type) {
    case 's':
      value = raw === null || raw === '' ? null : (context.sharedStrings[Number(raw)] ?? null);
      break;
    case 'inlineStr':
      value = inline === null ? raw : decodeEscapes(inline);
      break;
    case 'str':
    case 'e': // an error value (#N/A, #REF!, …) stays visible as its text, so the parsers report it
      value = raw;
      break;
    case 'b':
      value = raw === null || raw === '' ? null : parseInt(raw, 10) !== 0;
      break;
    case 'd':
      value = raw === null || raw === '' ? null : new Date(raw);
      break;
    default: {
      if (raw === null || raw === '') return null;
      const number = parseFloat(raw);
      value = context.dateStyles[style] === true ? serialToDate(number, context.date1904) : number;
    }
  }
  // A formula without a stored result reads as empty, as it did in Excel before it was computed.
  if (formula && (raw === null || raw === '')) return null;
  return value === '' ? null : value;
}

/** In a merged range only the top-left cell keeps its value. */
function clearMergedCells(rows: CellValue[][], range: string): void {
  const [from, to] = range.split(':');
  if (from === undefined || to === undefined) return;
  const firstColumn = columnOf(from);
  const firstRow = Number(from.slice(from.search(/\d/)));
  const lastColumn = columnOf(to);
  const lastRow = Number(to.slice(to.search(/\d/)));
  for (let r = firstRow; r <= lastRow; r++) {
    const row = rows[r - 1];
    if (row === undefined) continue;
    for (let c = firstColumn; c <= Math.min(lastColumn, row.length); c++) {
      if (r !== firstRow || c !== firstColumn) row[c - 1] = null;
    }
  }
}

function trimmed(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  if (end === row.length) return row;
  row.length = end;
  return row;
}

/** The element name without its namespace prefix (`x:c` → `c`): some writers prefix SpreadsheetML. */
function unprefixed(name: string): string {
  if (name.length === 1) return name;
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
