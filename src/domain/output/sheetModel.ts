/**
 * Host-free description of an output sheet. The workbook adapters (ExcelJS, Office.js)
 * turn it into a real formatted Excel table; the domain never sees a host object.
 */
import type { CellValue } from '../cell';

export type ColumnFormat = 'text' | 'integer' | 'decimal1' | 'decimal2' | 'percent' | 'date' | 'general';

export interface ColumnSpec {
  readonly header: string;
  /** Width in Excel character units. */
  readonly width: number;
  readonly format: ColumnFormat;
  /** A drop-down list (data validation) offered in every data cell of the column. */
  readonly list?: readonly string[];
  readonly wrap?: boolean;
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
  readonly print?: { readonly landscape: boolean; readonly paper: 'A4' | 'F4' };
}

export type SheetModel = TableSheetModel;
