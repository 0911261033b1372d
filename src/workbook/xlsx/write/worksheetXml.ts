/**
 * A {@link LeanSheet} as a worksheet part (ECMA-376 Part 1, 18.3), element for element as
 * ExcelJS writes the same sheet: columns, rows and cells with their formats, the frozen header,
 * merged ranges, data validations, protection, print setup and the table parts. Strings go
 * to the workbook's shared strings, formats to its styles.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../domain/output/sheetLayout';
import { xmlEscape } from '../xmlText';
import type { CellStyles } from './cellStyles';
import type { LeanCell, LeanColumn, LeanSheet } from './leanSheet';
import type { StringTable } from './stringTable';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';

/** ExcelJS's default column width: a column of it, without a format, is not written. */
const DEFAULT_WIDTH = 9;

export interface WorksheetContext {
  readonly styles: CellStyles;
  readonly strings: StringTable;
  readonly date1904: boolean;
  /**
   * Added to every cell format and shared string index written: the counts of those the
   * package the sheets join already has, so they need no renumbering there.
   */
  readonly offsets: { readonly xf: number; readonly string: number };
}

/** Excel's serial day of a date (ExcelJS's reckoning: UTC, no time zone). */
function serialOf(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / (24 * 3600 * 1000) - (date1904 ? 1462 : 0);
}

const isFormula = (value: ExcelJS.CellValue): value is ExcelJS.CellFormulaValue =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && 'formula' in value;

/** One cell's XML ('' for an empty cell without a format). */
function cellXml(cell: LeanCell, address: string, context: WorksheetContext): string {
  const value = cell.value;
  const isDate = value instanceof Date;
  const empty = value === null || value === undefined;
  const style = context.styles.idOf(cell.style, isDate);
  if (empty && style === 0 && cell.master === null) return '';
  const s = style === 0 ? '' : ` s="${style + context.offsets.xf}"`;
  if (empty) return `<c r="${address}"${s}/>`;
  if (typeof value === 'string') return `<c r="${address}"${s} t="s"><v>${context.strings.add(value) + context.offsets.string}</v></c>`;
  if (typeof value === 'number') return `<c r="${address}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (isDate) return `<c r="${address}"${s}><v>${serialOf(value, context.date1904)}</v></c>`;
  if (isFormula(value) && value.result === undefined) return `<c r="${address}"${s}><f>${xmlEscape(value.formula)}</f></c>`;
  throw new Error(`unsupported cell value at ${address}`);
}

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

/**
 * The worksheet part of `sheet`; its tables get the relationship ids rId1, rId2, … in order.
 * Shared strings and formats are taken from `context` as the cells are written.
 */
export function worksheetXml(sheet: LeanSheet, context: WorksheetContext): string {
  const cols = colsXml(sheet.columns, context);
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetter(c - 1));
  const rows: string[] = [];
  let top = 0;
  let bottom = 0;
  let left = 0;
  let right = 0;
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (row === undefined) continue;
    let min = 0;
    let max = 0;
    let cells = '';
    for (let c = 1; c < row.cells.length; c++) {
      const cell = row.cells[c];
      if (cell === undefined) continue;
      if (min === 0) min = c;
      max = c;
      cells += cellXml(cell, `${letter(c)}${r}`, context);
      if ((cell.value !== null && cell.value !== undefined) || cell.master !== null) {
        if (top === 0) top = r;
        bottom = r;
        if (left === 0 || c < left) left = c;
        if (c > right) right = c;
      }
    }
    if (min === 0 && !row.height) continue;
    const height = row.height ? ` ht="${row.height}" customHeight="1"` : '';
    const spans = min > 0 ? ` spans="${min}:${max}"` : '';
    rows.push(`<row r="${r}"${height}${spans} x14ac:dyDescent="0.25">${cells}</row>`);
  }
  const dimension = top === 0 ? 'A1' : `${columnLetter(left - 1)}${top}:${columnLetter(right - 1)}${bottom}`;
  const merges = [...sheet.merges]
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((m) => `<mergeCell ref="${columnLetter(m.left - 1)}${m.top}:${columnLetter(m.right - 1)}${m.bottom}"/>`);
  const tables = sheet.tables.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`);
  return (
    HEAD +
    (sheet.pageSetup.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="${dimension}"/>` +
    viewsXml(sheet.views) +
    '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>' +
    cols +
    `<sheetData>${rows.join('')}</sheetData>` +
    protectionXml(sheet.protection) +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '') +
    validationsXml(sheet.dataValidations.list) +
    pageXml(sheet.pageSetup) +
    (tables.length > 0 ? `<tableParts count="${tables.length}">${tables.join('')}</tableParts>` : '') +
    '</worksheet>'
  );
}
