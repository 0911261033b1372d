/**
 * The values of sheets written by the lean writer, as a saved file of them reads
 * (xlsx/sheetValues.ts), taken from the cells without writing and parsing their XML: a run
 * that reads back the sheets it has just made (the sample workbook, a stage's new sheets)
 * needs no round trip. test/workbook/leanValues.test.ts holds the two equal over a whole round.
 */
import type { CellValue, SheetValues } from '../../../domain/model/cell';
import { isDateFormat } from '../cellFormats';
import { serialToDate } from '../sheetValues';
import { decodeEscapes, withoutControlCharacters } from '../xmlText';
import type { LeanCell, LeanSheet } from './leanSheet';

/** Each sheet's rows as the lean reader would give them from the written file. */
export function leanSheetValues(sheets: readonly LeanSheet[], date1904: boolean): SheetValues[] {
  return sheets.map((sheet) => ({ name: sheet.name, rows: rowsOf(sheet, date1904) }));
}

function rowsOf(sheet: LeanSheet, date1904: boolean): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const values: CellValue[] = [];
    const row = sheet.rows[r];
    const styles = row?.styles ?? [];
    for (let c = 1; c < styles.length; c++) {
      // In a merged range only the top-left cell keeps its value.
      const value = row === undefined || styles[c] === undefined || row.isMerged(c) ? null : valueOf(row.getCell(c), date1904);
      if (value === null) continue;
      while (values.length < c - 1) values.push(null);
      values.push(value);
    }
    rows.push(values);
  }
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
  return rows;
}

/** A cell's value as written (worksheetXml.ts) and read back (sheetValues.ts). */
function valueOf(cell: LeanCell, date1904: boolean): CellValue {
  const value = cell.value;
  if (typeof value === 'string') {
    const text = decodeEscapes(withoutControlCharacters(value));
    return text === '' ? null : text;
  }
  if (typeof value === 'boolean') return value;
  // A date is stored as its serial day and read back to the millisecond: the same instant.
  if (value instanceof Date) return new Date(value.getTime());
  if (typeof value === 'number') return isDateFormat(cell.numFmt) ? serialToDate(value, date1904) : value;
  // A formula is written without a result, and reads as empty until a spreadsheet computes it.
  return null;
}
