/**
 * The part of ExcelJS's worksheet interface the sheet writers use (exceljs/writeTableSheet.ts and
 * its helpers). ExcelJS's own worksheet has it, so the whole-workbook path still writes through
 * ExcelJS; {@link LeanSheet} has it too, and writes the same sheet straight to XML. One layout
 * code, two writers, held equal by test/workbook/leanWriter.test.ts.
 */
import type ExcelJS from 'exceljs';

/** A cell: its value and style. Setting `font`, `fill`, … changes the cell's style object in place, as ExcelJS does. */
export interface TargetCell {
  value: ExcelJS.CellValue;
  numFmt: string;
  font: Partial<ExcelJS.Font>;
  fill: ExcelJS.Fill;
  alignment: Partial<ExcelJS.Alignment>;
  border: Partial<ExcelJS.Borders>;
  style: Partial<ExcelJS.Style>;
}

export interface TargetColumn {
  width?: number;
  numFmt?: string;
  alignment?: Partial<ExcelJS.Alignment>;
  readonly letter: string;
}

export interface TargetRow {
  height: number;
  getCell(column: number): TargetCell;
}

export interface SheetTarget {
  getCell(row: number, column: number): TargetCell;
  getColumn(column: number): TargetColumn;
  getRow(row: number): TargetRow;
  addTable(table: ExcelJS.TableProperties): unknown;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  protect(password: string, options: Partial<ExcelJS.WorksheetProtection>): Promise<void>;
  views: Partial<ExcelJS.WorksheetView>[];
  pageSetup: Partial<ExcelJS.PageSetup>;
  state: ExcelJS.WorksheetState;
}

/** Data validations of a sheet (ExcelJS keeps them on an untyped member). */
export interface TargetValidations {
  add(ref: string, validation: ExcelJS.DataValidation): void;
}

/** The data validations of a target: ExcelJS's worksheet holds them untyped, the lean sheet typed. */
export function validationsOf(target: SheetTarget): TargetValidations {
  return (target as unknown as { dataValidations: TargetValidations }).dataValidations;
}
