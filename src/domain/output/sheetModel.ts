/**
 * Host-free description of an output sheet. The workbook adapters (ExcelJS, Office.js)
 * turn it into a real formatted Excel table; the domain never sees a host object.
 */
import type { CellValue } from '../model/cell';

export type ColumnFormat = 'text' | 'integer' | 'decimal1' | 'decimal2' | 'percent' | 'date' | 'general';

/** Excel number formats of the column formats, shared by every workbook adapter. */
export const EXCEL_NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: '@',
  integer: '0',
  decimal1: '0.0',
  decimal2: '0.00',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
  general: 'General',
};

export interface ColumnSpec {
  readonly header: string;
  /** Width in Excel character units. */
  readonly width: number;
  readonly format: ColumnFormat;
  /** A drop-down list (data validation) offered in every data cell of the column. */
  readonly list?: readonly string[];
  /** A number between `min` and `max` (data validation) in every data cell of the column. */
  readonly range?: NumberRange;
  /** A column the user fills in: its data cells stay unlocked when the sheet is protected. */
  readonly input?: boolean;
  readonly wrap?: boolean;
}

/** Data validation of a number column: whole or decimal, between two bounds inclusive. */
export interface NumberRange {
  readonly kind: 'whole' | 'decimal';
  readonly min: number;
  readonly max: number;
}

/**
 * A live Excel formula in one data cell of a table: `row` counts the data rows from 0 (the
 * header excluded), `column` the table's columns from 0; `formula` is written without the
 * leading "=" and with A1 references the model computed from the sheet's layout. The row's
 * value in that cell is ignored. Text that merely starts with "=" is never a formula.
 */
export interface CellFormula {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

/** A sheet holding one formatted Excel table (frozen header, filters, widths). */
export interface TableSheetModel {
  readonly kind: 'table';
  /** Preferred sheet name; the adapter appends " (2)", " (3)", … when it is taken. */
  readonly name: string;
  /** Excel table name (letters, digits, underscore). */
  readonly tableName: string;
  /** Optional lines above the table (title, subtitle); the table starts below them. */
  readonly titleLines?: readonly string[];
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly hidden?: boolean;
  /** Landscape print on one page wide with the header repeated. */
  readonly print?: PrintSetup;
  /** A printed document rather than a working table (the decree appendix); see {@link DocumentLayout}. */
  readonly document?: DocumentLayout;
  /** Live formulas in data cells. */
  readonly formulas?: readonly CellFormula[];
  /**
   * A form: the sheet is protected without a password, so only the `input` columns can be
   * typed in (filters still work); anyone can lift the protection from the Review tab.
   */
  readonly protect?: boolean;
  /** Small blocks of plain cells beside the table (e.g. the figures a chart draws); see {@link CellBlock}. */
  readonly blocks?: readonly CellBlock[];
  /** Native Excel charts over cells of this sheet; a host that cannot draw charts skips them (the blocks stay). */
  readonly charts?: readonly ChartSpec[];
}

/**
 * A titled block of plain cells (no Excel table, no filters) placed anywhere on a table sheet:
 * the bold title at `titleRow`, the header row below it, then the rows. Its columns get their
 * widths; the block must not overlap the sheet's table. Placement: `cellBlockPlacement` (cellBlock.ts).
 */
export interface CellBlock {
  /** 1-based Excel row of the title; the header is the next row. */
  readonly titleRow: number;
  /** 0-based sheet column of the block's first column. */
  readonly firstColumn: number;
  readonly title: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellValue[])[];
}

/**
 * A native Excel chart over cells the sheet itself writes (a {@link CellBlock}), with its words
 * already in the run's language. The ranges are A1 references on the same sheet.
 */
export interface ChartSpec {
  /** Horizontal bars, the series side by side in each category. */
  readonly type: 'barClustered';
  readonly title: string;
  /** The whole data: header row and category column included, one series per further column. */
  readonly source: string;
  /** The category labels (the first column, data rows only). */
  readonly categories: string;
  /** Each series: its name (the column header) and its values (data rows only). */
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Top-left cell where the chart sits. */
  readonly anchor: string;
  /** Size in points. */
  readonly width: number;
  readonly height: number;
}

/**
 * How a table sheet prints as a document: the rows are a plain bordered range (no Excel
 * table object, no filters or banded colours), the title lines and the footer (a signature
 * block) stand in a block from `blockColumn` to the last column, and the header rows (the
 * header, and the numbered row under it) repeat on every printed page. Rows are laid out by
 * `documentRows` (documentLayout.ts).
 */
export interface DocumentLayout {
  /** A row under the header numbering the columns 1, 2, 3, …, as official appendices have. */
  readonly numberedColumns: boolean;
  /** Thin borders on every cell of the header, the numbered row and the data rows. */
  readonly borders: boolean;
  /** Lines below the table after a blank row (the signature block); '' leaves a line open. */
  readonly footerLines: readonly string[];
  /** 1-based column where the title lines and the footer lines start (the right-hand block of a letter). */
  readonly blockColumn: number;
}

/** One titled table of a {@link SectionsSheetModel}. */
export interface SheetSection {
  /** Bold line above the table. */
  readonly title: string;
  /** Lines between the title and the table (what the figures mean). */
  readonly notes?: readonly string[];
  /** Excel table name (letters, digits, underscore); unique within the workbook after the adapter's suffixing. */
  readonly tableName: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Written instead of the table when there are no rows (e.g. "No cases."). */
  readonly emptyNote?: string;
  /** Live formulas in data cells; they may refer to any cell of the sheet. */
  readonly formulas?: readonly CellFormula[];
}

/**
 * A sheet holding several formatted tables stacked from top to bottom, each under its own
 * title, with a blank row between them (a report such as Pemeriksaan Keadilan). Column
 * widths are the widest any section asks for; number formats apply cell by cell.
 */
export interface SectionsSheetModel {
  readonly kind: 'sections';
  readonly name: string;
  readonly titleLines?: readonly string[];
  readonly sections: readonly SheetSection[];
  readonly hidden?: boolean;
  /** Landscape print, one page wide. */
  readonly print?: PrintSetup;
  /** A form, as {@link TableSheetModel.protect}. */
  readonly protect?: boolean;
}

export type SheetModel = TableSheetModel | SectionsSheetModel;

/**
 * How a sheet prints: orientation and paper, fit to `pagesWide` pages across (default 1),
 * with the header row repeated on every page and, for a sheet printed more than one page
 * wide, its first `repeatColumns` columns (who the row is about) repeated on every page too.
 */
export interface PrintSetup {
  readonly landscape: boolean;
  readonly paper: 'A4' | 'F4';
  readonly pagesWide?: number;
  readonly repeatColumns?: number;
  /** Only this range prints (A1 notation), e.g. a table without the blocks beside it; default: the used range. */
  readonly area?: string;
}
