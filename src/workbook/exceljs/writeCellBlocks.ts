/**
 * The blocks of figures of a table sheet with ExcelJS: plain cells beside the table (a bold
 * title, a bold header with a line below, the rows, the widths of their columns). ExcelJS
 * cannot write charts: a model's `charts` are skipped here, silently, since the figures they
 * draw are on the sheet (docs/sheets.md#ringkasan).
 */
import type { SheetTarget } from '../xlsx/write/sheetTarget';
import { cellBlockPlacement } from '../../domain/output/cellBlock';
import { cellFormat } from '../../domain/output/sheetLayout';
import { EXCEL_NUMBER_FORMATS, type CellBlock } from '../../domain/output/sheetModel';

export function writeCellBlocks(worksheet: SheetTarget, blocks: readonly CellBlock[]): void {
  for (const block of blocks) {
    const place = cellBlockPlacement(block);
    const first = block.firstColumn + 1;
    const title = worksheet.getCell(place.titleRow, first);
    title.value = block.title;
    title.font = { bold: true };
    block.columns.forEach((column, c) => {
      worksheet.getColumn(first + c).width = column.width;
      const header = worksheet.getCell(place.headerRow, first + c);
      header.value = column.header;
      header.font = { bold: true };
      header.alignment = { wrapText: true, vertical: 'top' };
      header.border = { bottom: { style: 'thin' } };
    });
    block.rows.forEach((row, r) => {
      block.columns.forEach((column, c) => {
        const value = row[c] ?? null;
        const cell = worksheet.getCell(place.firstRow + r, first + c);
        cell.value = value;
        const format = cellFormat(value, column.format);
        // 'General' is ExcelJS's default: left unset.
        if (format !== 'general') cell.numFmt = EXCEL_NUMBER_FORMATS[format];
        cell.alignment = { vertical: 'top' };
      });
    });
  }
}
