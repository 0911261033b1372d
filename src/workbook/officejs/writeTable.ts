/**
 * Writes one Excel table (header row, data rows, table object) at a given row of a new
 * worksheet. Rows go in chunks, one request each, so no request nears Excel on the web's
 * 5 MB limit. Text that Excel would read as a formula gets the text format first. Wrapped
 * columns wrap, and rows get the height their wrapped text needs (as the ExcelJS file has
 * them), so the sheet prints whole. The model's formulas go in after the values and before
 * the table object exists, so Excel does not turn one formula into a calculated column.
 */
import type { CellValue } from '../../domain/model/cell';
import { rowHeightPoints, type WrapColumn } from '../../domain/output/rowHeight';
import { columnLetter } from '../../domain/output/sheetLayout';
import type { CellFormula, ColumnSpec, NumberRange } from '../../domain/output/sheetModel';
import { blockAddress, cellNumberFormat, chunkRows, NUMBER_FORMATS, toExcelValue } from './cells';

export interface TableSpec {
  /** Excel row of the header (1-based). */
  readonly headerRow: number;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Unique in the workbook already. */
  readonly tableName: string;
  /** Widths of the sheet's columns when they differ from the table's own (a sections sheet). */
  readonly sheetWidths?: readonly number[];
  /** Live formulas in data cells (rows and columns counted from 0 inside the table). */
  readonly formulas?: readonly CellFormula[];
}

/** A drop-down list to add once the table exists (ExcelApi 1.8). */
export interface ListRequest {
  readonly address: string;
  readonly source: string;
}

/** A number range (data validation) to add once the table exists (ExcelApi 1.8). */
export interface RangeRequest {
  readonly address: string;
  readonly range: NumberRange;
}

export interface WrittenTable {
  readonly lastRow: number;
  readonly lists: readonly ListRequest[];
  readonly ranges: readonly RangeRequest[];
  /** Data cells of the input columns: unlocked when the sheet is protected. */
  readonly inputs: readonly string[];
}

/** Formulas per request: each formula is short, so a request stays far below the 5 MB limit. */
const FORMULAS_PER_REQUEST = 1000;

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
  // A formula outside the table's cells has nowhere to go (as in the ExcelJS file).
  const within = (index: number, count: number) => Number.isInteger(index) && index >= 0 && index < count;
  const formulas = (spec.formulas ?? []).filter((f) => within(f.row, rows.length) && within(f.column, columns.length));
  const formulaCells = new Set(formulas.map((f) => `${f.row}:${f.column}`));
  for (const chunk of chunkRows(rows)) {
    const slice = rows.slice(chunk.start, chunk.end);
    const range = sheet.getRange(blockAddress(0, columns.length, headerRow + 1 + chunk.start, headerRow + chunk.end));
    // Formats first, in the same request: text that starts with = + - @ must land as text.
    // A formula cell stays empty here (the row's value there is ignored) and never gets the
    // text format, which would keep the formula as text.
    const isFormula = (r: number, c: number) => formulaCells.has(`${chunk.start + r}:${c}`);
    range.numberFormat = slice.map((row, r) =>
      row.map((value, c) => (isFormula(r, c) ? formulaNumberFormat(columns[c]) : cellNumberFormat(value, columns[c]?.format ?? 'general'))),
    );
    range.values = slice.map((row, r) => row.map((value, c) => (isFormula(r, c) ? '' : toExcelValue(value, date1904))));
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

  for (let start = 0; start < formulas.length; start += FORMULAS_PER_REQUEST) {
    for (const f of formulas.slice(start, start + FORMULAS_PER_REQUEST)) {
      sheet.getRange(`${columnLetter(f.column)}${headerRow + 1 + f.row}`).formulas = [[`=${f.formula}`]];
    }
    // Forms hold few formulas, but a long table of them still goes in bounded requests.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }

  const lastRow = headerRow + rows.length;
  const table = sheet.tables.add(blockAddress(0, columns.length, headerRow, lastRow), true);
  table.name = spec.tableName;
  table.style = 'TableStyleMedium2';
  const dataCells = (c: number) => `${columnLetter(c)}${headerRow + 1}:${columnLetter(c)}${lastRow}`;
  const lists = columns.flatMap((column, c) =>
    column.list && column.list.length > 0 ? [{ address: dataCells(c), source: column.list.join(',') }] : [],
  );
  // A column has one validation: a list wins over a range, as in the ExcelJS file.
  const ranges = columns.flatMap((column, c) =>
    column.range && !(column.list && column.list.length > 0) ? [{ address: dataCells(c), range: column.range }] : [],
  );
  const inputs = columns.flatMap((column, c) => (column.input ? [dataCells(c)] : []));
  return { lastRow, lists, ranges, inputs };
}

/** Number format of a formula cell: the column's, but never text ("@" would show the formula itself). */
function formulaNumberFormat(column: ColumnSpec | undefined): string {
  const format = NUMBER_FORMATS[column?.format ?? 'general'];
  return format === '@' ? NUMBER_FORMATS.general : format;
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
