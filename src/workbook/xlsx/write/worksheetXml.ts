/**
 * A {@link LeanSheet} as a worksheet part (ECMA-376 Part 1, 18.3), element for element as
 * ExcelJS writes the same sheet: columns, rows and cells with their formats, the frozen header,
 * merged ranges, data validations, protection, print setup and the table parts. Strings go
 * to the workbook's shared strings, formats to its styles.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../domain/output/sheetLayout';
import { xmlEscape } from '../xmlText';
import { ByteWriter } from './byteWriter';
import { CellWriter, isFormula, type WorksheetContext } from './cellWriter';
import { isUsed, type LeanColumn, type LeanSheet } from './leanSheet';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';

/** ExcelJS's default column width: a column of it, without a format, is not written. */
const DEFAULT_WIDTH = 9;

/** The `<cols>` element: consecutive alike columns as one range; default ones left out. */
function colsXml(columns: readonly (LeanColumn | undefined)[], context: WorksheetContext): string {
  const ranges: { min: number; max: number; column: LeanColumn }[] = [];
  let open: { min: number; max: number; column: LeanColumn } | null = null;
  for (let c = 1; c < columns.length; c++) {
    const column = columns[c];
    if (column === undefined || isDefault(column)) {
      open = null;
    } else if (open !== null && open.column.width === column.width && sameStyle(open.column.style, column.style)) {
      open.max = c;
    } else {
      open = { min: c, max: c, column };
      ranges.push(open);
    }
  }
  if (ranges.length === 0) return '';
  const cols = ranges.map(({ min, max, column }) => {
    const width = column.width ?? DEFAULT_WIDTH;
    const style = context.styles.idOf(column.style, false);
    return `<col min="${min}" max="${max}"${width ? ` width="${width}"` : ''}${style ? ` style="${style + context.offsets.xf}"` : ''} customWidth="1"/>`;
  });
  return `<cols>${cols.join('')}</cols>`;
}

function isDefault(column: LeanColumn): boolean {
  const s = column.style;
  const custom = column.width !== undefined && column.width !== DEFAULT_WIDTH;
  return !custom && !(s.font || s.numFmt || s.alignment || s.border || s.fill || s.protection);
}

const sameStyle = (a: object, b: object): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

function viewsXml(views: readonly Partial<ExcelJS.WorksheetView>[]): string {
  const view = views[0];
  if (view === undefined) return '';
  if (view.state !== 'frozen' || views.length > 1) throw new Error('only one frozen view is written');
  const frozen = view as ExcelJS.WorksheetViewFrozen;
  const xSplit = frozen.xSplit ?? 0;
  const ySplit = frozen.ySplit ?? 0;
  const pane = xSplit && ySplit ? 'bottomRight' : xSplit ? 'topRight' : 'bottomLeft';
  const topLeft = `${columnLetter(xSplit)}${ySplit + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${xSplit ? ` xSplit="${xSplit}"` : ''}${ySplit ? ` ySplit="${ySplit}"` : ''}` +
    ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

function protectionXml(protection: Partial<ExcelJS.WorksheetProtection> | null): string {
  if (protection === null) return '';
  const flag = (name: keyof ExcelJS.WorksheetProtection) => (protection[name] ? ` ${name}="0"` : '');
  return (
    `<sheetProtection sheet="1"${protection.selectLockedCells === false ? ' selectLockedCells="1"' : ''}` +
    `${protection.selectUnlockedCells === false ? ' selectUnlockedCells="1"' : ''}` +
    `${flag('formatCells')}${flag('formatColumns')}${flag('formatRows')}${flag('insertColumns')}${flag('insertRows')}` +
    `${flag('insertHyperlinks')}${flag('deleteColumns')}${flag('deleteRows')}${flag('sort')}${flag('autoFilter')}${flag('pivotTables')}/>`
  );
}

function validationsXml(list: readonly { ref: string; validation: ExcelJS.DataValidation }[]): string {
  // One validation per range (a later one replaces an earlier), in the order of their ranges as text.
  const byRef = new Map<string, ExcelJS.DataValidation>();
  for (const { ref, validation } of list) byRef.set(ref, validation);
  if (byRef.size === 0) return '';
  const items = [...byRef]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ref, v]) => {
      const operator = v.operator && v.type !== 'list' && v.operator !== 'between' ? ` operator="${v.operator}"` : '';
      const formulae = (v.formulae ?? []).map((f, i) => `<formula${i + 1}>${xmlEscape(String(f))}</formula${i + 1}>`).join('');
      return (
        `<dataValidation type="${v.type}"${operator}${v.allowBlank ? ' allowBlank="1"' : ''}` +
        `${v.showErrorMessage ? ' showErrorMessage="1"' : ''} sqref="${ref}">${formulae}</dataValidation>`
      );
    });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

function pageXml(page: Partial<ExcelJS.PageSetup>): string {
  const m = page.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  return (
    `${margins}<pageSetup${page.paperSize !== undefined ? ` paperSize="${page.paperSize}"` : ''} orientation="${page.orientation ?? 'portrait'}"` +
    ` horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="${page.fitToWidth ?? 1}" fitToHeight="${page.fitToHeight ?? 1}"/>`
  );
}

/** The used range of the sheet (`A1` when no cell is used), as the `<dimension>` element gives it. */
function dimensionOf(sheet: LeanSheet): string {
  let top = 0;
  let bottom = 0;
  let left = 0;
  let right = 0;
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (row === undefined) continue;
    const styles = row.styles;
    for (let c = 1; c < styles.length; c++) {
      if (styles[c] === undefined || !isUsed(row, c)) continue;
      if (top === 0) top = r;
      bottom = r;
      if (left === 0 || c < left) left = c;
      if (c > right) right = c;
    }
  }
  return top === 0 ? 'A1' : `${columnLetter(left - 1)}${top}:${columnLetter(right - 1)}${bottom}`;
}

/** The rows of `sheet` with their cells, into `out`. */
function writeRows(sheet: LeanSheet, cells: CellWriter, out: ByteWriter): void {
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (row === undefined) continue;
    let min = 0;
    let max = 0;
    const styles = row.styles;
    for (let c = 1; c < styles.length; c++) {
      if (styles[c] === undefined) continue;
      if (min === 0) min = c;
      max = c;
    }
    if (min === 0 && !row.height) continue;
    out.ascii('<row r="');
    out.unsigned(r);
    if (row.height) out.ascii(`" ht="${row.height}" customHeight="1`);
    if (min > 0) {
      out.ascii('" spans="');
      out.unsigned(min);
      out.ascii(':');
      out.unsigned(max);
    }
    out.ascii('" x14ac:dyDescent="0.25">');
    for (let c = min; c <= max; c++) if (styles[c] !== undefined) cells.cell(row, r, c);
    out.ascii('</row>');
  }
}

/** Bytes a row's markup takes at most, its cells left out. */
const ROW_BOUND = 128;
/** Bytes a cell without a formula takes at most (a number written by `String` included). */
const CELL_BOUND = 72;
/** Bytes the parts around the rows take at most, but for the texts {@link worksheetXml} measures. */
const FRAME_BOUND = 4096;

/**
 * Room enough for the rows of `sheet` in all but odd cases (a long formula): each sheet is
 * written into a buffer of its own that never grows, handed on as written. Memory touched for
 * the first time is slow to come by; a buffer of ample size costs only what is written into it.
 */
function rowsBound(sheet: LeanSheet): number {
  let bound = 0;
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (row === undefined) continue;
    bound += ROW_BOUND;
    const styles = row.styles;
    for (let c = 1; c < styles.length; c++) {
      if (styles[c] === undefined) continue;
      const value = row.values[c];
      bound += CELL_BOUND + (isFormula(value) ? 3 * value.formula.length : 0);
    }
  }
  return bound;
}

/**
 * The worksheet part of `sheet` as UTF-8 bytes; its tables get the relationship ids rId1, rId2, …
 * in order. Shared strings and formats are taken from `context` as the cells are written.
 */
export function worksheetXml(sheet: LeanSheet, context: WorksheetContext): Uint8Array {
  const cols = colsXml(sheet.columns, context);
  const protection = protectionXml(sheet.protection);
  const merges = [...sheet.merges]
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((m) => `<mergeCell ref="${columnLetter(m.left - 1)}${m.top}:${columnLetter(m.right - 1)}${m.bottom}"/>`)
    .join('');
  const validations = validationsXml(sheet.dataValidations.list);
  const texts = cols.length + protection.length + merges.length + 3 * validations.length + 32 * sheet.tables.length;
  const out = new ByteWriter(HEAD.length + FRAME_BOUND + texts + rowsBound(sheet));
  out.ascii(HEAD);
  if (sheet.pageSetup.fitToPage) out.ascii('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.ascii(`<dimension ref="${dimensionOf(sheet)}"/>`);
  out.ascii(viewsXml(sheet.views));
  out.ascii('<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>');
  out.ascii(cols);
  out.ascii('<sheetData>');
  writeRows(sheet, new CellWriter(out, context), out);
  out.ascii('</sheetData>');
  out.ascii(protection);
  if (sheet.merges.length > 0) out.ascii(`<mergeCells count="${sheet.merges.length}">${merges}</mergeCells>`);
  out.text(validations);
  out.ascii(pageXml(sheet.pageSetup));
  const tables = sheet.tables.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`);
  if (tables.length > 0) out.ascii(`<tableParts count="${tables.length}">${tables.join('')}</tableParts>`);
  out.ascii('</worksheet>');
  return out.view();
}
