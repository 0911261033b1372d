import type { CellValue, WorkbookValues } from '../model/cell';
import { Cyrb53 } from '../model/hash';

/**
 * A short, stable fingerprint of the named input sheets' values, recorded in
 * `_RencanaMutasi` so a reviewer can tell whether a plan was made from the data now in the
 * workbook. It only detects change; it is not a security measure.
 */
export function inputFingerprint(values: WorkbookValues, sheetNames: readonly string[]): string {
  // Hashed as one text: per sheet \u0001 and its name, per row \u0002 and its cells joined by \u0003.
  const hash = new Cyrb53();
  for (const sheet of values.sheets) {
    if (!sheetNames.includes(sheet.name)) continue;
    hash.update(`\u0001${sheet.name}`);
    for (const row of sheet.rows) {
      hash.update('\u0002');
      for (let i = 0; i < row.length; i += 1) {
        if (i > 0) hash.update('\u0003');
        hash.update(cellKey(row, i));
      }
    }
  }
  return hash.digest().toString(16).padStart(14, '0');
}

/** A cell as the fingerprint writes it; a hole in a ragged row is empty, as `join` leaves it. */
function cellKey(row: readonly CellValue[], i: number): string {
  const cell = row[i];
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) return cell.toISOString();
  return cell === undefined && !(i in row) ? '' : String(cell);
}
