/**
 * A cell as text for messages and for extra columns: what the user would recognise.
 */
import type { CellValue } from '../model/cell';

/**
 * The cell's value as text, or null when the cell is empty or whitespace only.
 * Dates become `YYYY-MM-DD`, booleans `TRUE`/`FALSE`, numbers their plain digits.
 *
 * @example cellText(new Date(Date.UTC(2020, 0, 12))) // '2020-01-12'
 */
export function cellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return String(value);
}

/** Whether every cell of a row is empty or whitespace only (a row of dashes is not blank). */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (row === undefined) return true;
  for (const cell of row) if (cellText(cell) !== null) return false;
  return true;
}
