/**
 * A spreadsheet cell value as every host can deliver it. Office.js gives dates as serial
 * numbers; ExcelJS gives Date objects for date-formatted cells; both give formula results.
 */
export type CellValue = string | number | boolean | Date | null;

/** The values of one worksheet. `rows[i]` is Excel row `i + 1`; ragged rows are allowed. */
export interface SheetValues {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
}

/** Whole workbook as values, in sheet order, with the workbook's date system. */
export interface WorkbookValues {
  readonly sheets: readonly SheetValues[];
  /** True when the workbook uses the 1904 date system (old Mac workbooks). */
  readonly date1904: boolean;
}
