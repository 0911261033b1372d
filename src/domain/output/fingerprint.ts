import type { WorkbookValues } from '../model/cell';
import { cyrb53 } from '../model/hash';

/**
 * A short, stable fingerprint of the named input sheets' values, recorded in
 * `_RencanaMutasi` so a reviewer can tell whether a plan was made from the data now in the
 * workbook. It only detects change; it is not a security measure.
 */
export function inputFingerprint(values: WorkbookValues, sheetNames: readonly string[]): string {
  const parts: string[] = [];
  for (const sheet of values.sheets) {
    if (!sheetNames.includes(sheet.name)) continue;
    parts.push(`\u0001${sheet.name}`);
    for (const row of sheet.rows) {
      parts.push(`\u0002${row.map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell))).join('\u0003')}`);
    }
  }
  return cyrb53(parts.join('')).toString(16).padStart(14, '0');
}
