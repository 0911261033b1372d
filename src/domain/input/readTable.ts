/**
 * Reading every data row of one mapped table with a row reader.
 */
import type { CellValue, SheetValues } from '../model/cell';
import type { Issue } from '../model/issue';
import { eachDataRow } from './dataRows';
import type { TableDictionary } from './fieldDef';
import { RowReader } from './rowReader';
import type { TableMapping } from './tableMapping';

export interface ParsedRow<T> {
  /** Excel row number as the user sees it. */
  readonly row: number;
  readonly cells: readonly CellValue[];
  /** The record, or null when the row has errors. */
  readonly record: T | null;
  readonly issues: readonly Issue[];
}

export interface ParsedTable<T> {
  readonly rows: readonly ParsedRow<T>[];
  /** Issues about rows that are not records (ROW_NOT_RECORD). */
  readonly issues: readonly Issue[];
}

/**
 * Reads the data rows of a table with `readRow`. Row issues stay with their row, so a row
 * can later be excluded together with everything said about it.
 */
export function readTable<F extends string, T>(
  sheet: SheetValues,
  mapping: TableMapping<F>,
  dictionary: TableDictionary<F>,
  readRow: (reader: RowReader<F>) => T | null,
): ParsedTable<T> {
  const rows: ParsedRow<T>[] = [];
  const issues = eachDataRow(sheet, mapping, dictionary, (row, cells) => {
    const reader = new RowReader(mapping, dictionary, row, cells);
    const record = readRow(reader);
    rows.push({ row, cells, record: reader.failed ? null : record, issues: reader.issues });
  });
  return { rows, issues };
}
