/**
 * Writes one Excel table (header row, data rows, table object) at a given row of a new
 * worksheet. Rows go in chunks, one request each, so no request nears Excel on the web's
 * 5 MB limit. Text that Excel would read as a formula gets the text format first. Wrapped
 * columns wrap, and rows get the height their wrapped text needs (as the ExcelJS file has
 * them), so the sheet prints whole.
 */
import type { CellValue } from '../../domain/model/cell';
import { rowHeightPoints, type WrapColumn } from '../../domain/output/rowHeight';
import { columnLetter } from '../../domain/output/sheetLayout';
import type { ColumnSpec } from '../../domain/output/sheetModel';
import { blockAddress, cellNumberFormat, chunkRows, toExcelValue } from './cells';

export interface TableSpec {
  /** Excel row of the header (1-based). */
  readonly headerRow: number;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Unique in the workbook already. */
  readonly tableName: string;
  /** Widths of the sheet's columns when they differ from the table's own (a sections sheet). */
  readonly sheetWidths?: readonly number[];
}

/** A drop-down list to add once the table exists (ExcelApi 1.8). */
export interface ListRequest {
  readonly address: string;
  readonly source: string;
}

export interface WrittenTable {
  readonly lastRow: number;
  readonly lists: readonly ListRequest[];
}

export async function writeTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  spec: TableSpec,
  date1904: boolean,
): Promise<WrittenTable> {
  const { headerRow, columns } = spec;
  const header = sheet.getRange(blockAddress(0, columns.length, headerRow, headerRow));
  header.numberFormat = [columns.map(() => '@')];
  header.values = [columns.map((column) => column.header)];
  header.format.wrapText = true;
  const widths = columns.map((column, c) => spec.sheetWidths?.[c] ?? column.width);
  setRowHeights(sheet, headerRow, [
    rowHeightPoints(
      columns.map((column) => column.header),
      widths.map((width) => ({ width, wrap: true })),
      { bold: true },
    ),
  ]);
  const wrapColumns: WrapColumn[] = columns.map((column, c) => ({ width: widths[c] ?? column.width, wrap: column.wrap }));

  // Excel tables need at least one data row; an empty table gets one blank row.
  const rows: CellValue[][] =
    spec.rows.length > 0 ? spec.rows.map((row) => columns.map((_, c) => row[c] ?? null)) : [columns.map(() => null)];
  for (const chunk of chunkRows(rows)) {
    const slice = rows.slice(chunk.start, chunk.end);
    const range = sheet.getRange(blockAddress(0, columns.length, headerRow + 1 + chunk.start, headerRow + chunk.end));
    // Formats first, in the same request: text that starts with = + - @ must land as text.
    range.numberFormat = slice.map((row) => row.map((value, c) => cellNumberFormat(value, columns[c]?.format ?? 'general')));
    range.values = slice.map((row) => row.map((value) => toExcelValue(value, date1904)));
    // Top-aligned, so a tall wrapped row reads as one line across.
    range.format.verticalAlignment = 'Top';
    const first = headerRow + 1 + chunk.start;
    columns.forEach((column, c) => {
      if (!column.wrap) return;
      const cells = sheet.getRange(blockAddress(c, 1, first, headerRow + chunk.end));
      cells.format.wrapText = true;
      cells.format.verticalAlignment = 'Top';
    });
    setRowHeights(
      sheet,
      first,
      slice.map((row) => rowHeightPoints(row, wrapColumns)),
    );
    // One request per chunk is the point: each stays far below the 5 MB request limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }

  const lastRow = headerRow + rows.length;
  const table = sheet.tables.add(blockAddress(0, columns.length, headerRow, lastRow), true);
  table.name = spec.tableName;
  table.style = 'TableStyleMedium2';
  const lists = columns.flatMap((column, c) =>
    column.list && column.list.length > 0
      ? [{ address: `${columnLetter(c)}${headerRow + 1}:${columnLetter(c)}${lastRow}`, source: column.list.join(',') }]
      : [],
  );
  return { lastRow, lists };
}

/**
 * Sets the heights of the rows from `firstRow` on (null: leave the row as it is), one
 * request per run of equal heights.
 */
function setRowHeights(sheet: Excel.Worksheet, firstRow: number, heights: readonly (number | null)[]): void {
  let start = 0;
  for (let i = 1; i <= heights.length; i++) {
    if (i < heights.length && heights[i] === heights[start]) continue;
    const height = heights[start];
    if (height !== null && height !== undefined) sheet.getRange(`${firstRow + start}:${firstRow + i - 1}`).format.rowHeight = height;
    start = i;
  }
}
