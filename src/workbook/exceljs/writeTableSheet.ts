/**
 * Writes a {@link TableSheetModel} as a real Excel table with ExcelJS: title lines, a
 * formatted table with filters, frozen header, column widths and number formats, drop-down
 * lists, and print settings. Text is always written as text (never as a formula).
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../domain/cell';
import type { ColumnFormat, TableSheetModel } from '../../domain/output/sheetModel';

const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = {
  text: '@',
  integer: '0',
  decimal1: '0.0',
  decimal2: '0.00',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
  general: undefined,
};

/** Excel's paper size codes: 9 = A4, 14 = Folio (8.5 × 13 in, the Indonesian F4). */
const PAPER_SIZE = { A4: 9, F4: 14 } as const;

export function writeTableSheet(worksheet: ExcelJS.Worksheet, model: TableSheetModel, takenTableNames: Set<string>): void {
  const titleLines = model.titleLines ?? [];
  titleLines.forEach((line, i) => {
    const cell = worksheet.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { bold: i === 0, size: i === 0 ? 14 : 11 };
  });
  const headerRow = titleLines.length > 0 ? titleLines.length + 2 : 1;

  model.columns.forEach((column, c) => {
    const sheetColumn = worksheet.getColumn(c + 1);
    sheetColumn.width = column.width;
    const numFmt = NUMBER_FORMATS[column.format];
    if (numFmt) sheetColumn.numFmt = numFmt;
    if (column.wrap) sheetColumn.alignment = { wrapText: true, vertical: 'top' };
  });

  // Excel tables need at least one data row; an empty table gets one blank row.
  // Strings stay strings: ExcelJS never turns text that starts with "=" into a formula.
  const rows: CellValue[][] =
    model.rows.length > 0 ? model.rows.map((row) => model.columns.map((_, c) => row[c] ?? null)) : [model.columns.map(() => null)];

  worksheet.addTable({
    name: uniqueTableName(model.tableName, takenTableNames),
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: model.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows,
  });

  const lastRow = headerRow + rows.length;
  model.columns.forEach((column, c) => {
    if (!column.list) return;
    const letter = worksheet.getColumn(c + 1).letter;
    (worksheet as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}${headerRow + 1}:${letter}${Math.max(lastRow, headerRow + 1)}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${column.list.join(',')}"`],
      showErrorMessage: true,
    });
  });

  worksheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  if (model.hidden) worksheet.state = 'hidden';
  if (model.print) {
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      orientation: model.print.landscape ? 'landscape' : 'portrait',
      paperSize: PAPER_SIZE[model.print.paper] as ExcelJS.PaperSize,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    };
  }
}

function uniqueTableName(base: string, taken: Set<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_]/g, '_').replace(/^[^A-Za-z_]/, '_');
  let name = clean;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${clean}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}
