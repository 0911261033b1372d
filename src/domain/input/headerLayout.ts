/**
 * Header layouts beyond one plain row, as official Indonesian tables print them:
 * a two-row header whose top cells are merged over sub-columns ("Pangkat" over
 * "Gol/Ruang" and "TMT", "Jabatan" over "Nama" and "TMT"), and a row that numbers the
 * columns 1, 2, 3, … under the header.
 */
import type { CellValue } from '../model/cell';
import { cellText } from './cellText';
import type { TableDictionary } from './fieldDef';
import { isIgnoredHeader, matchHeader } from './headerMatcher';

/** One non-blank header column: its text as shown and the field it names, if any. */
export interface HeaderCell<F extends string> {
  readonly index: number;
  readonly header: string;
  readonly field: F | null;
}

/** The header cells of one row; blank and running-number cells are left out. */
export function headerCellsOf<F extends string>(cells: readonly CellValue[], dictionary: TableDictionary<F>): HeaderCell<F>[] {
  const found: HeaderCell<F>[] = [];
  cells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === null || isIgnoredHeader(header)) return;
    found.push({ index, header, field: matchHeader(dictionary, header) });
  });
  return found;
}

/** A top-row header must name at least this many fields before the row below may be its sub-header. */
const MIN_TOP_FIELDS = 2;

/**
 * The header cells of a two-row header, or null when the row below `top` is not a
 * sub-header. It is one when the key column (NIP, Kode Jabatan, Unit Kerja) is blank in it
 * and at least half of its cells name a field, alone or read with the cell above (or the
 * merged cell to the left above): "TMT" under "Jabatan" is TMT Jabatan. A column with a
 * sub-header is named by it; a column blank below keeps the top cell (a vertical merge).
 */
export function mergeSubHeader<F extends string>(
  top: readonly HeaderCell<F>[],
  topCells: readonly CellValue[],
  below: readonly CellValue[] | undefined,
  dictionary: TableDictionary<F>,
): HeaderCell<F>[] | null {
  if (below === undefined || top.filter((c) => c.field !== null).length < MIN_TOP_FIELDS) return null;
  const keyColumn = top.find((c) => c.field === dictionary.rowKey)?.index;
  if (keyColumn !== undefined && cellText(below[keyColumn]) !== null) return null;

  const parentAt = (index: number): string | null => {
    for (let i = index; i >= 0; i -= 1) {
      const text = cellText(topCells[i]);
      if (text !== null) return text;
    }
    return null;
  };
  const subs: HeaderCell<F>[] = [];
  let named = 0;
  let filled = 0;
  below.forEach((cell, index) => {
    const sub = cellText(cell);
    if (sub === null || isIgnoredHeader(sub)) return;
    filled += 1;
    const parent = parentAt(index);
    const tries = parent === null ? [sub] : [`${sub} ${parent}`, `${parent} ${sub}`, sub];
    const field = tries.map((text) => matchHeader(dictionary, text)).find((f) => f !== null) ?? null;
    if (field !== null) named += 1;
    subs.push({ index, header: parent === null || parent === sub ? sub : `${parent} / ${sub}`, field });
  });
  if (named === 0 || named * 2 < filled) return null;

  const bySub = new Set(subs.map((c) => c.index));
  return [...top.filter((c) => !bySub.has(c.index)), ...subs].sort((a, b) => a.index - b.index);
}

const COLUMN_NUMBER = /^\(?(\d{1,3})\)?$/;
/** Fewest numbers that make a column-numbering row. */
const MIN_NUMBERED = 3;

/**
 * Whether a row only numbers the columns (1, 2, 3, … or (1), (2), (3), …, each one more
 * than the one before), as official tables print under the header.
 */
export function isColumnNumberRow(cells: readonly CellValue[] | undefined): boolean {
  if (cells === undefined) return false;
  let previous: number | null = null;
  let count = 0;
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === null) continue;
    const match = COLUMN_NUMBER.exec(text);
    if (!match) return false;
    const n = Number(match[1]);
    if (previous !== null && n !== previous + 1) return false;
    previous = n;
    count += 1;
  }
  return count >= MIN_NUMBERED;
}
