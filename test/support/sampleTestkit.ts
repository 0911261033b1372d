/**
 * Test support: reads the generated sheet models back as records keyed by header, so tests
 * state facts in the users' words ("Kode Jabatan") instead of column numbers.
 */
import type { CellValue } from '../../src/domain/model/cell';
import type { TableSheetModel } from '../../src/domain/output/sheetModel';

export type SheetRecord = Readonly<Record<string, CellValue>>;

/** The rows of a sheet model as records keyed by column header. */
export function recordsOf(sheet: TableSheetModel): SheetRecord[] {
  const headers = sheet.columns.map((c) => c.header);
  return sheet.rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? null])));
}

/** The sheet called `name`; throws when absent. */
export function sheetNamed(sheets: readonly TableSheetModel[], name: string): TableSheetModel {
  const sheet = sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`No sheet ${name}`);
  return sheet;
}

export const str = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));
export const num = (v: CellValue | undefined): number => (typeof v === 'number' ? v : Number.NaN);
