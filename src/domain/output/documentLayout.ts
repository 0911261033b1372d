/**
 * Where the parts of a document-style table sheet go (the decree appendix), shared by both
 * workbook adapters so the ExcelJS file and the Office.js sheet print alike: title lines, a
 * blank row, the header, the numbered row, the data rows, a blank row and the footer lines.
 */
import { tableHeaderRow } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';

export interface DocumentRows {
  readonly headerRow: number;
  /** The row numbering the columns; null when the document has none. */
  readonly numberRow: number | null;
  /** First and last data row; an empty table keeps one blank bordered row. */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /**
   * The row of the footer (null when there is none): all its lines in one wrapped cell, since a
   * row never splits across printed pages and a signature block must not either.
   */
  readonly footerRow: number | null;
  /** The rows printed at the top of every page, as Excel writes them ("6:7"). */
  readonly printTitleRows: string;
}

/**
 * The rows of `model`'s parts (1-based Excel rows).
 *
 * @example documentRows(appendix) // 4 title lines: header 6, numbers 7, data from 8, printTitleRows '6:7'
 */
export function documentRows(model: TableSheetModel): DocumentRows {
  const headerRow = tableHeaderRow(model);
  const numbered = model.document?.numberedColumns === true;
  const numberRow = numbered ? headerRow + 1 : null;
  const firstDataRow = headerRow + (numbered ? 2 : 1);
  const lastDataRow = firstDataRow + Math.max(1, model.rows.length) - 1;
  const footerRow = (model.document?.footerLines.length ?? 0) > 0 ? lastDataRow + 2 : null;
  return { headerRow, numberRow, firstDataRow, lastDataRow, footerRow, printTitleRows: `${headerRow}:${numberRow ?? headerRow}` };
}

/** The footer's lines as the text of its one cell; an empty line stays an empty line. */
export function footerText(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? ' ' : line)).join('\n');
}

/** The numbered row's cells: 1, 2, 3, … one per column. */
export function columnNumbers(model: TableSheetModel): number[] {
  return model.columns.map((_, c) => c + 1);
}
