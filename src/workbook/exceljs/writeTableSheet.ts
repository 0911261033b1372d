/**
 * Writes a sheet model into a worksheet with ExcelJS's interface ({@link SheetTarget}): ExcelJS's
 * own, or the lean sheet that renders straight to XML (xlsx/write/). A {@link TableSheetModel} becomes a real Excel table:
 * title lines, a formatted table with filters, frozen header, column widths and number
 * formats, drop-down lists and number checks, and print settings. A {@link SectionsSheetModel}
 * becomes several such tables stacked under their titles. Text is always written as text
 * (never as a formula); the model's own formulas are written as formulas. A form (`protect`)
 * ends protected without a password, its input columns unlocked.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../domain/model/cell';
import { rowHeightPoints, rowHeightsOf } from '../../domain/output/rowHeight';
import {
  cellFormat,
  columnLetter,
  sectionColumnWidths,
  sectionPlacements,
  tableHeaderRow,
  uniqueTableName,
} from '../../domain/output/sheetLayout';
import {
  EXCEL_NUMBER_FORMATS,
  type CellFormula,
  type ColumnFormat,
  type ColumnSpec,
  type SectionsSheetModel,
  type SheetModel,
  type TableSheetModel,
} from '../../domain/output/sheetModel';
import { validationsOf, type SheetTarget } from '../xlsx/write/sheetTarget';
import { writeCellBlocks } from './writeCellBlocks';
import { writeDocumentSheet } from './writeDocumentSheet';

/** 'General' is ExcelJS's default: left unset, so cells keep their plain look. */
const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = { ...EXCEL_NUMBER_FORMATS, general: undefined };

/** Narrow margins (inches), as Excel's "Narrow" preset: wide tables print larger. */
const PRINT_MARGINS = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** Excel's paper size codes: 9 = A4, 14 = Folio (8.5 × 13 in, the Indonesian F4). */
const PAPER_SIZE = { A4: 9, F4: 14 } as const;

/** The style of a data cell, from its column and the format its value shows in. */
type CellStyles = (index: number, column: ColumnSpec, shown: ColumnFormat) => Partial<ExcelJS.Style>;

/**
 * One style object per column and format, shared by the cells that look alike. ExcelJS turns
 * each distinct style object into a cell format once (it remembers objects it has seen), so
 * shared objects save rendering a format for each of 50,000 rows. A shared object must never be
 * changed through one cell (`cell.font = …` would change them all): cells get whole objects.
 */
function sharedStyles(formatOf: (column: ColumnSpec, shown: ColumnFormat) => ColumnFormat): CellStyles {
  // By column index, then by format: looked up for every cell, so without making a key.
  const styles: Map<ColumnFormat, Partial<ExcelJS.Style>>[] = [];
  return (index, column, shown) => {
    const format = formatOf(column, shown);
    let ofColumn = styles[index];
    if (ofColumn === undefined) styles[index] = ofColumn = new Map();
    let style = ofColumn.get(format);
    if (style === undefined) {
      const numFmt = NUMBER_FORMATS[format];
      // Top-aligned, so a tall wrapped row reads as one line across, not numbers at its foot.
      const alignment: Partial<ExcelJS.Alignment> = column.wrap ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
      ofColumn.set(format, (style = numFmt ? { numFmt, alignment } : { alignment }));
    }
    return style;
  };
}

/** Writes `model` into the new, empty `worksheet`; table names are made unique against `takenTableNames`. */
export function writeTableSheet(worksheet: SheetTarget, model: SheetModel, takenTableNames: Set<string>): void {
  if (model.kind === 'sections') writeSections(worksheet, model, takenTableNames);
  else if (model.document !== undefined) finishSheet(worksheet, model, writeDocumentSheet(worksheet, model, model.document).printTitleRows);
  else writeTable(worksheet, model, takenTableNames);
  if (model.protect) protectForm(worksheet);
}

function writeTitleLines(worksheet: SheetTarget, titleLines: readonly string[]): void {
  titleLines.forEach((line, i) => {
    const cell = worksheet.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { bold: i === 0, size: i === 0 ? 14 : 11 };
  });
}

function writeTable(worksheet: SheetTarget, model: TableSheetModel, takenTableNames: Set<string>): void {
  const titleLines = model.titleLines ?? [];
  writeTitleLines(worksheet, titleLines);
  const headerRow = tableHeaderRow(model);

  model.columns.forEach((column, c) => {
    const sheetColumn = worksheet.getColumn(c + 1);
    sheetColumn.width = column.width;
    const numFmt = NUMBER_FORMATS[column.format];
    if (numFmt) sheetColumn.numFmt = numFmt;
    // Top-aligned, so a tall wrapped row reads as one line across, not numbers at its foot.
    sheetColumn.alignment = column.wrap ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
  });

  const rowCount = addFormattedTable(
    worksheet,
    model.tableName,
    headerRow,
    model.columns,
    model.rows,
    takenTableNames,
    model.columns.map((c) => c.width),
    model.formulas ?? [],
    // A date shows as a date in any column: only such a cell differs from its column.
    sharedStyles((column, shown) => (shown === 'date' && column.format !== 'date' ? 'date' : column.format)),
  );
  addValidations(worksheet, model.columns, headerRow, headerRow + rowCount);
  // The blocks' figures only: ExcelJS cannot write the model's charts.
  writeCellBlocks(worksheet, model.blocks ?? []);
  if (model.protect) unlockInputs(worksheet, model.columns, headerRow, headerRow + rowCount);
  worksheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  finishSheet(worksheet, model, headerRow);
}

/**
 * Adds one formatted Excel table at `headerRow` and returns its number of data rows. Excel
 * tables need at least one data row, so an empty table gets one blank row. Strings stay
 * strings: ExcelJS never turns text that starts with "=" into a formula. The header is also
 * styled cell by cell, so it stands out where table styles are not drawn (LibreOffice, print).
 * Rows with wrapped text get the height it needs at the sheet's column widths (`sheetWidths`):
 * LibreOffice does not grow them itself. A date shows as a date in any column.
 */
function addFormattedTable(
  worksheet: SheetTarget,
  tableName: string,
  headerRow: number,
  columns: readonly ColumnSpec[],
  modelRows: readonly (readonly CellValue[])[],
  takenTableNames: Set<string>,
  sheetWidths: readonly number[],
  formulas: readonly CellFormula[],
  styleOf: CellStyles,
): number {
  const rows: (readonly CellValue[])[] =
    modelRows.length > 0 ? modelRows.map((row) => fittedRow(row, columns.length)) : [columns.map(() => null)];
  // The table's rows are the cells it writes: formulas go in as ExcelJS formula values (in a copy).
  const tableRows = (formulas.length === 0 ? rows : rows.map((row) => [...row])) as ExcelJS.CellValue[][];
  for (const { row, column, formula } of formulas) {
    const cells = tableRows[row];
    if (cells !== undefined && column < columns.length) cells[column] = { formula } as ExcelJS.CellFormulaValue;
  }
  worksheet.addTable({
    name: uniqueTableName(tableName, takenTableNames),
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: tableRows,
  });
  columns.forEach((_, c) => {
    const cell = worksheet.getCell(headerRow, c + 1);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.border = { bottom: { style: 'thin' } };
  });
  const header = rowHeightPoints(
    columns.map((column) => column.header),
    sheetWidths.map((width) => ({ width, wrap: true })),
    { bold: true },
  );
  if (header !== null) worksheet.getRow(headerRow).height = header;
  const heightOf = rowHeightsOf(columns.map((column, c) => ({ width: sheetWidths[c] ?? column.width, wrap: column.wrap })));
  rows.forEach((row, r) => {
    const sheetRow = worksheet.getRow(headerRow + 1 + r);
    const height = heightOf(row);
    if (height !== null) sheetRow.height = height;
    for (let c = 0; c < row.length; c++) {
      const column = columns[c];
      if (column !== undefined) sheetRow.getCell(c + 1).style = styleOf(c, column, cellFormat(row[c] ?? null, column.format));
    }
  });
  return rows.length;
}

/**
 * A model row as the table's row: one value per column, null for a missing one. The model's
 * own array when it already is that (the writers only read it): a 50,000-row table is not copied.
 */
function fittedRow(row: readonly CellValue[], width: number): readonly CellValue[] {
  if (row.length === width) {
    let c = 0;
    while (c < width && row[c] !== undefined) c++;
    if (c === width) return row;
  }
  return Array.from({ length: width }, (_, c) => row[c] ?? null);
}

/**
 * Visibility and print setup: fit to one page wide, the header repeated on every page
 * (`repeatedHeaderRow`: one row, or a range of rows such as "6:7").
 */
function finishSheet(worksheet: SheetTarget, model: SheetModel, repeatedHeaderRow: number | string | null): void {
  if (model.hidden) worksheet.state = 'hidden';
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: model.print?.landscape ? 'landscape' : 'portrait',
    paperSize: PAPER_SIZE[model.print?.paper ?? 'A4'] as ExcelJS.PaperSize,
    fitToPage: true,
    fitToWidth: model.print?.pagesWide ?? 1,
    fitToHeight: 0,
    margins: PRINT_MARGINS,
    // ExcelJS puts a $ before each corner's column only: the rows get theirs here (A1:C9 -> $A$1:$C$9).
    ...(model.print?.area ? { printArea: model.print.area.replace(/([A-Z]+)(\d+)/g, '$1$$$2') } : {}),
    ...(model.print?.repeatColumns ? { printTitlesColumn: `A:${columnLetter(model.print.repeatColumns - 1)}` } : {}),
    ...(typeof repeatedHeaderRow === 'number' ? { printTitlesRow: `${repeatedHeaderRow}:${repeatedHeaderRow}` } : {}),
    ...(typeof repeatedHeaderRow === 'string' ? { printTitlesRow: repeatedHeaderRow } : {}),
  };
}

/** Data validation on the data cells of the columns that ask for it: a drop-down list, or a number range. */
function addValidations(worksheet: SheetTarget, columns: readonly ColumnSpec[], headerRow: number, lastRow: number): void {
  const validations = validationsOf(worksheet);
  columns.forEach((column, c) => {
    const letter = worksheet.getColumn(c + 1).letter;
    const ref = `${letter}${headerRow + 1}:${letter}${Math.max(lastRow, headerRow + 1)}`;
    if (column.list) {
      validations.add(ref, { type: 'list', allowBlank: true, formulae: [`"${column.list.join(',')}"`], showErrorMessage: true });
    } else if (column.range) {
      const { kind, min, max } = column.range;
      validations.add(ref, { type: kind, operator: 'between', allowBlank: true, formulae: [min, max], showErrorMessage: true });
    }
  });
}

/** The data cells of the input columns stay editable when the sheet is protected. */
function unlockInputs(worksheet: SheetTarget, columns: readonly ColumnSpec[], headerRow: number, lastRow: number): void {
  const unlocked = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  columns.forEach((column, c) => {
    if (!column.input) return;
    for (let r = headerRow + 1; r <= lastRow; r++) {
      const cell = worksheet.getCell(r, c + 1);
      // A new style object, shared by every cell that had the same one: never a change to the shared one.
      let style = unlocked.get(cell.style);
      if (style === undefined) unlocked.set(cell.style, (style = { ...cell.style, protection: { locked: false } }));
      cell.style = style;
    }
  });
}

/**
 * Protects a form without a password: nobody breaks a formula or a heading by accident, and
 * anyone can lift it (Review > Unprotect Sheet). Filters, sorting and column widths still work.
 * ExcelJS sets the protection synchronously; the promise only wraps the (absent) password hash.
 */
function protectForm(worksheet: SheetTarget): void {
  void worksheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    autoFilter: true,
    sort: true,
    formatColumns: true,
    formatRows: true,
  });
}

/**
 * Several tables stacked under their titles (rows from `sectionPlacements`). Columns are
 * shared between sections, so number formats and wrapping go cell by cell; no pane is
 * frozen, since no single header row serves the whole sheet.
 */
function writeSections(worksheet: SheetTarget, model: SectionsSheetModel, takenTableNames: Set<string>): void {
  writeTitleLines(worksheet, model.titleLines ?? []);
  const widths = sectionColumnWidths(model);
  widths.forEach((width, c) => (worksheet.getColumn(c + 1).width = width));
  const placements = sectionPlacements(model);
  model.sections.forEach((section, s) => {
    const place = placements[s];
    if (place === undefined) return;
    const title = worksheet.getCell(place.titleRow, 1);
    title.value = section.title;
    title.font = { bold: true, size: 12 };
    (section.notes ?? []).forEach((note, i) => {
      const cell = worksheet.getCell(place.noteRows[i] ?? place.titleRow + 1 + i, 1);
      cell.value = note;
      cell.font = { italic: true, size: 10 };
    });
    if (place.headerRow === null) {
      worksheet.getCell(place.lastRow, 1).value = section.emptyNote ?? '';
      return;
    }
    addFormattedTable(
      worksheet,
      section.tableName,
      place.headerRow,
      section.columns,
      section.rows,
      takenTableNames,
      widths,
      section.formulas ?? [],
      sharedStyles((_, shown) => shown),
    );
    addValidations(worksheet, section.columns, place.headerRow, place.lastRow);
    if (model.protect) unlockInputs(worksheet, section.columns, place.headerRow, place.lastRow);
  });
  finishSheet(worksheet, model, null);
}
