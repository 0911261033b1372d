/**
 * Pure helpers of the Office.js adapter: how engine values become Excel cell values and
 * number formats, A1 addresses, column widths, and how a sheet is cut into requests that
 * stay well under Excel on the web's 5 MB request limit.
 */
import type { CellValue } from '../../domain/model/cell';
import { cellFormat, columnLetter } from '../../domain/output/sheetLayout';
import { EXCEL_NUMBER_FORMATS, type ColumnFormat } from '../../domain/output/sheetModel';

/** Excel number formats of the sheet model's column formats (shared with the ExcelJS adapter). */
export const NUMBER_FORMATS = EXCEL_NUMBER_FORMATS;

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL_1900 = 25_569;
/** Days between the 1900 and 1904 systems' day zero. */
const OFFSET_1904 = 1_462;

/** A JavaScript date as an Excel serial number (dates are UTC calendar days in the engine). */
export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL_1900;
  return date1904 ? serial - OFFSET_1904 : serial;
}

/** A value as Office.js `values` accepts it: dates as serials, empty as "". */
export function toExcelValue(value: CellValue, date1904: boolean): string | number | boolean {
  if (value === null) return '';
  if (value instanceof Date) return dateToSerial(value, date1904);
  return value;
}

/** What Office.js `values` delivers, as the engine's cell value ("" is an empty cell). */
export function fromExcelValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Text that Excel would read as a formula or a number when typed (`= + - @`):
 * such a cell gets the text format "@" before its value is written, so it stays text.
 */
export function mustStayText(value: CellValue): boolean {
  return typeof value === 'string' && /^[=+\-@]/.test(value);
}

/** The number format of one data cell of a column with format `format` (a date shows as a date anywhere). */
export function cellNumberFormat(value: CellValue, format: ColumnFormat): string {
  if (mustStayText(value)) return '@';
  return NUMBER_FORMATS[cellFormat(value, format)];
}

/** A1 address of a block: zero-based first column, one-based rows, inclusive. */
export function blockAddress(firstColumn: number, columnCount: number, firstRow: number, lastRow: number): string {
  return `${columnLetter(firstColumn)}${firstRow}:${columnLetter(firstColumn + Math.max(columnCount, 1) - 1)}${lastRow}`;
}

/**
 * Column width in points for a width in Excel character units (Calibri 11: a character is
 * 7 px, plus 5 px padding; 1 px = 0.75 pt).
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Rough serialised size of a cell in a request (value plus number format), in bytes. */
function cellBytes(value: CellValue): number {
  if (typeof value === 'string') return value.length * 2 + 16;
  return 24;
}

export interface RowChunk {
  /** First row index (into the rows array), inclusive. */
  readonly start: number;
  /** Last row index, exclusive. */
  readonly end: number;
}

/**
 * Cuts rows into chunks of at most `maxRows` rows and about `maxBytes` bytes each, so that
 * every write request stays under Excel on the web's 5 MB limit (default: 2,000 rows,
 * 2 MB, leaving room for JSON overhead and number formats).
 */
export function chunkRows(rows: readonly (readonly CellValue[])[], maxRows = 2000, maxBytes = 2_000_000): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = row.reduce<number>((sum, value) => sum + cellBytes(value), 8);
    if (i > start && (i - start >= maxRows || bytes + size > maxBytes)) {
      chunks.push({ start, end: i });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length > start) chunks.push({ start, end: rows.length });
  return chunks;
}

/** Row blocks for reading a used range of `rowCount` × `columnCount` cells, ≤ `maxCells` each. */
export function readBlocks(rowCount: number, columnCount: number, maxCells = 100_000): RowChunk[] {
  const rowsPerBlock = Math.max(1, Math.floor(maxCells / Math.max(columnCount, 1)));
  const blocks: RowChunk[] = [];
  for (let start = 0; start < rowCount; start += rowsPerBlock) blocks.push({ start, end: Math.min(rowCount, start + rowsPerBlock) });
  return blocks;
}
