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
    hash.updateCode(1);
    hash.update(sheet.name);
    for (const row of sheet.rows) {
      hash.updateCode(2);
      for (let i = 0; i < row.length; i += 1) {
        if (i > 0) hash.updateCode(3);
        const cell = row[i];
        // Texts, numbers and dates, nearly every cell, are fed without a string made for them.
        if (typeof cell === 'string') hash.update(cell);
        else if (typeof cell === 'number') hash.updateNumber(cell);
        else if (cell instanceof Date) updateIsoDate(hash, cell);
        else hash.update(cellKey(row, i));
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

/** Feeds `value` in `width` decimal digits, zero-padded (`value` below 10^width). */
function updatePadded(hash: Cyrb53, value: number, width: number): void {
  for (let unit = 10 ** (width - 1); unit >= 1; unit /= 10) hash.updateCode(0x30 + (Math.floor(value / unit) % 10));
}

/** Feeds `date.toISOString()` (`2020-01-02T00:00:00.000Z`) without making it, for the years 0 to 9999. */
function updateIsoDate(hash: Cyrb53, date: Date): void {
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) {
    // Six-digit years, and an invalid date, which throws as it always did.
    hash.update(date.toISOString());
    return;
  }
  updatePadded(hash, year, 4);
  hash.updateCode(0x2d); // -
  updatePadded(hash, date.getUTCMonth() + 1, 2);
  hash.updateCode(0x2d);
  updatePadded(hash, date.getUTCDate(), 2);
  hash.updateCode(0x54); // T
  updatePadded(hash, date.getUTCHours(), 2);
  hash.updateCode(0x3a); // :
  updatePadded(hash, date.getUTCMinutes(), 2);
  hash.updateCode(0x3a);
  updatePadded(hash, date.getUTCSeconds(), 2);
  hash.updateCode(0x2e); // .
  updatePadded(hash, date.getUTCMilliseconds(), 3);
  hash.updateCode(0x5a); // Z
}
