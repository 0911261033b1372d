/**
 * Writes a table sheet that prints as a document (the decree appendix) with ExcelJS: the
 * title block and the signature block merged across the right-hand columns, a plain range
 * (no Excel table: an official appendix has no filter buttons or banded colours) with a
 * bold header, the numbered row under it, thin borders on every cell, and rows as tall as
 * their wrapped text. Rows come from `documentRows`, as the Office.js adapter places them.
 */
import type ExcelJS from 'exceljs';
import type { SheetTarget, TargetCell } from '../xlsx/write/sheetTarget';
import type { CellValue } from '../../domain/model/cell';
import { columnNumbers, documentRows, footerText, type DocumentRows } from '../../domain/output/documentLayout';
import { rowHeightPoints } from '../../domain/output/rowHeight';
import { cellFormat } from '../../domain/output/sheetLayout';
import { EXCEL_NUMBER_FORMATS, type DocumentLayout, type TableSheetModel } from '../../domain/output/sheetModel';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Writes `model` into the new, empty `worksheet` and returns where its parts went (for the print titles). */
export function writeDocumentSheet(worksheet: SheetTarget, model: TableSheetModel, layout: DocumentLayout): DocumentRows {
  const rows = documentRows(model);
  const columns = model.columns;
  const last = columns.length;
  const block = Math.min(Math.max(1, layout.blockColumn), last);
  const blockWidth = columns.slice(block - 1).reduce((sum, c) => sum + c.width, 0);
  columns.forEach((column, c) => (worksheet.getColumn(c + 1).width = column.width));

  const blockLine = (row: number, text: string, font: Partial<ExcelJS.Font>, horizontal: 'left' | 'center') => {
    if (last > block) worksheet.mergeCells(row, block, row, last);
    const cell = worksheet.getCell(row, block);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal, vertical: 'top', wrapText: true };
    const height = rowHeightPoints([text], [{ width: blockWidth, wrap: true }], { bold: font.bold === true });
    if (height !== null) worksheet.getRow(row).height = height;
  };
  (model.titleLines ?? []).forEach((line, i) => blockLine(i + 1, line, { bold: i === 0, size: 11 }, 'left'));

  const border = (cell: TargetCell) => {
    if (layout.borders) cell.border = THIN;
  };
  columns.forEach((column, c) => {
    const cell = worksheet.getCell(rows.headerRow, c + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    border(cell);
  });
  const header = rowHeightPoints(
    columns.map((column) => column.header),
    columns.map((column) => ({ width: column.width, wrap: true })),
    { bold: true },
  );
  if (header !== null) worksheet.getRow(rows.headerRow).height = header;
  if (rows.numberRow !== null) {
    columnNumbers(model).forEach((n, c) => {
      const cell = worksheet.getCell(rows.numberRow ?? 0, c + 1);
      cell.value = n;
      cell.font = { italic: true, size: 9 };
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      border(cell);
    });
  }

  const data: readonly (readonly CellValue[])[] = model.rows.length > 0 ? model.rows : [columns.map(() => null)];
  data.forEach((values, r) => {
    const row = rows.firstDataRow + r;
    columns.forEach((column, c) => {
      const value = values[c] ?? null;
      const cell = worksheet.getCell(row, c + 1);
      cell.value = value;
      const format = cellFormat(value, column.format);
      if (format !== 'general') cell.numFmt = EXCEL_NUMBER_FORMATS[format];
      cell.alignment = {
        vertical: 'top',
        wrapText: column.wrap === true,
        ...(column.format === 'integer' ? { horizontal: 'center' as const } : {}),
      };
      border(cell);
    });
    const height = rowHeightPoints(values, columns);
    if (height !== null) worksheet.getRow(row).height = height;
  });

  if (rows.footerRow !== null) blockLine(rows.footerRow, footerText(layout.footerLines), { size: 11 }, 'center');
  return rows;
}
