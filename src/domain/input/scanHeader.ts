/**
 * Finding the header row of a table: sheets from BKPSDM usually start with title rows
 * ("DAFTAR NOMINATIF PEGAWAI …", the agency, the date) above the real header, which may
 * span two rows and be followed by a row numbering the columns.
 */
import type { SheetValues } from '../model/cell';
import type { TableDictionary } from './fieldDef';
import { headerCellsOf, isColumnNumberRow, mergeSubHeader, type HeaderCell } from './headerLayout';
import type { ColumnRef } from './tableMapping';

/** How far down a header row is looked for (docs/sheets.md#input-tables). */
export const HEADER_SEARCH_ROWS = 20;

/** A second column for a field that already has one; the first is used. */
export interface DuplicateColumn<F extends string> {
  readonly field: F;
  readonly used: ColumnRef;
  readonly ignored: ColumnRef;
}

/** What one candidate header row says. */
export interface HeaderScan<F extends string> {
  /** Excel row number (1-based) of the (top) header row. */
  readonly headerRow: number;
  /** Excel row number of the first data row: below a sub-header and a column-numbering row. */
  readonly firstDataRow: number;
  /** Every non-blank header column, as shown (a sub-header as "Top / Sub"). */
  readonly headers: readonly ColumnRef[];
  readonly columns: Readonly<Partial<Record<F, ColumnRef>>>;
  readonly duplicates: readonly DuplicateColumn<F>[];
  readonly extra: readonly ColumnRef[];
  /** Number of distinct fields matched. */
  readonly score: number;
}

function assemble<F extends string>(headerRow: number, firstDataRow: number, cells: readonly HeaderCell<F>[]): HeaderScan<F> {
  const columns: Partial<Record<F, ColumnRef>> = {};
  const duplicates: DuplicateColumn<F>[] = [];
  const extra: ColumnRef[] = [];
  let score = 0;
  for (const { index, header, field } of cells) {
    const ref: ColumnRef = { index, header };
    if (field === null) {
      extra.push(ref);
      continue;
    }
    const used = columns[field];
    if (used) {
      duplicates.push({ field, used, ignored: ref });
      continue;
    }
    columns[field] = ref;
    score += 1;
  }
  return { headerRow, firstDataRow, headers: cells.map(({ index, header }) => ({ index, header })), columns, duplicates, extra, score };
}

/**
 * Reads row `headerRow` (1-based) of a sheet as the header of a table of the given kind,
 * with the row below when it is a sub-header, and skips a column-numbering row.
 */
export function scanHeaderRow<F extends string>(sheet: SheetValues, dictionary: TableDictionary<F>, headerRow: number): HeaderScan<F> {
  const topCells = sheet.rows[headerRow - 1] ?? [];
  const top = headerCellsOf(topCells, dictionary);
  const merged = mergeSubHeader(top, topCells, sheet.rows[headerRow], dictionary);
  let firstDataRow = headerRow + (merged === null ? 1 : 2);
  if (isColumnNumberRow(sheet.rows[firstDataRow - 1])) firstDataRow += 1;
  return assemble(headerRow, firstDataRow, merged ?? top);
}

/**
 * The header row of a table: among the first {@link HEADER_SEARCH_ROWS} rows, the one that
 * matches most fields (the first of equals). Null when no row matches any field.
 *
 * @example findHeaderRow(sheet, PEGAWAI_TABLE)?.headerRow // 5 when three title rows and a blank row come first
 */
export function findHeaderRow<F extends string>(sheet: SheetValues, dictionary: TableDictionary<F>): HeaderScan<F> | null {
  let best: HeaderScan<F> | null = null;
  const last = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let row = 1; row <= last; row += 1) {
    const scan = scanHeaderRow(sheet, dictionary, row);
    if (scan.score > (best?.score ?? 0)) best = scan;
  }
  return best;
}
