/**
 * Small helpers to build test workbooks from the base fixture sheets.
 */
import type { WorkbookValues } from '../../src/domain/model/cell';
import { baseSheets, type Rows } from '../fixtures/baseWorkbook';
import { workbookOf } from './loadFixture';

export type Sheets = Record<string, Rows>;

/** The base workbook, optionally changed first. */
export function baseWorkbook(change: (s: ReturnType<typeof baseSheets>) => Sheets | void = () => undefined): WorkbookValues {
  const sheets = baseSheets();
  const changed = change(sheets) ?? sheets;
  return workbookOf({ description: '', expect: [], sheets: changed });
}

/** Sets the cell under `header` on Excel row `row` of a sheet whose header is row 1. */
export function setCell(rows: Rows, row: number, header: string, value: Rows[number][number]): void {
  const col = (rows[0] ?? []).indexOf(header);
  const target = rows[row - 1];
  if (col < 0 || !target) throw new Error(`no cell ${header}${row}`);
  target[col] = value;
}

/** Renames header cells (row 1). */
export function renameHeaders(rows: Rows, names: Record<string, string>): void {
  const header = rows[0] ?? [];
  header.forEach((h, i) => {
    if (typeof h === 'string' && names[h] !== undefined) header[i] = names[h];
  });
}

/** Reorders the columns of every row by a permutation of column indexes. */
export function permuteColumns(rows: Rows, order: readonly number[]): Rows {
  return rows.map((row) => order.map((i) => row[i] ?? null));
}

/** Puts title rows above a table. */
export function withTitleRows(rows: Rows, titles: Rows): Rows {
  return [...titles, ...rows];
}
