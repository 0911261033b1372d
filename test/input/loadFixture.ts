/**
 * Fixture workbooks as JSON: `{ description, expect, date1904?, sheets: { name: rows } }`,
 * where a cell is a string, number, boolean, null or `{ "date": "YYYY-MM-DD" }` (a date
 * cell as ExcelJS delivers it, at UTC midnight).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue, WorkbookValues } from '../../src/domain/model/cell';

export type FixtureCell = string | number | boolean | null | { readonly date: string };

export interface Fixture {
  readonly description: string;
  readonly expect: readonly string[];
  readonly date1904?: boolean;
  readonly sheets: Readonly<Record<string, readonly (readonly FixtureCell[])[]>>;
}

export const FIXTURES = join(__dirname, '..', 'fixtures');

function cellOf(cell: FixtureCell): CellValue {
  if (cell !== null && typeof cell === 'object') return new Date(`${cell.date}T00:00:00Z`);
  return cell;
}

/** The workbook a fixture describes, sheets in the order written. */
export function workbookOf(fixture: Fixture): WorkbookValues {
  return {
    date1904: fixture.date1904 ?? false,
    sheets: Object.entries(fixture.sheets).map(([name, rows]) => ({ name, rows: rows.map((row) => row.map(cellOf)) })),
  };
}

export function loadFixture(path: string): Fixture {
  return JSON.parse(readFileSync(path, 'utf8')) as Fixture;
}

/** Every `.json` fixture of a folder under test/fixtures, by file name. */
export function fixturesIn(folder: string): [string, Fixture][] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, loadFixture(join(dir, f))]);
}
