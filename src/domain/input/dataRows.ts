/**
 * The data rows of a mapped table: everything below the header row, minus rows that are
 * entirely blank. Rows that are plainly not records (a totals row, a signature block, a
 * note) are reported and left out; nothing disappears without a word.
 */
import type { CellValue, SheetValues } from '../model/cell';
import { issue, type Issue } from '../model/issue';
import { cellText, isBlankRow } from './cellText';
import type { TableDictionary } from './fieldDef';
import type { TableMapping } from './tableMapping';
import { isBlankCell } from './values/cellInput';

export interface DataRow {
  /** Excel row number as the user sees it. */
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/** Words that open a totals or summary line under a table. */
const TOTALS = /^(?:jumlah|total|sub[\s-]*total|grand[\s-]*total|rekap|rekapitulasi)(?![\p{L}\p{N}])/iu;
const SUMMARY_LENGTH = 80;

function rowSummary(cells: readonly CellValue[]): string {
  const texts = cells.map((c) => cellText(c)).filter((t): t is string => t !== null);
  const joined = texts.join(' | ');
  return joined.length > SUMMARY_LENGTH ? `${joined.slice(0, SUMMARY_LENGTH - 1)}…` : joined;
}

/**
 * Whether a row is not a record of the table: its first text opens with a totals word
 * (Jumlah, Total, Rekap) while the key cell is blank or holds that word, or the key cell
 * is blank and the row holds a single cell or fewer than half of the other required cells.
 */
export function isNotRecord<F extends string>(
  cells: readonly CellValue[],
  mapping: TableMapping<F>,
  dictionary: TableDictionary<F>,
): boolean {
  const key = cellOf(cells, mapping, dictionary.rowKey);
  const keyBlank = isBlankCell(key);
  const firstText = firstCellText(cells);
  if (mayOpenTotals(firstText) && TOTALS.test(firstText) && (keyBlank || cellText(key) === firstText)) return true;
  if (!keyBlank) return false;
  if (cells.filter((c) => cellText(c) !== null).length <= 1) return true;
  const others = dictionary.fields.filter((f) => f.required && f.key !== dictionary.rowKey && mapping.columns[f.key] !== undefined);
  const filled = others.filter((f) => !isBlankCell(cellOf(cells, mapping, f.key))).length;
  return filled * 2 < others.length;
}

/** The row's cell of `field`; undefined when the table has no such column. */
function cellOf<F extends string>(cells: readonly CellValue[], mapping: TableMapping<F>, field: F): CellValue | undefined {
  const ref = mapping.columns[field];
  return ref === undefined ? undefined : cells[ref.index];
}

/** The text of the row's first non-blank cell; '' when there is none or a hole in a ragged row comes first. */
function firstCellText(cells: readonly CellValue[]): string {
  for (let i = 0; i < cells.length; i += 1) {
    if (!(i in cells)) return '';
    const text = cellText(cells[i]);
    if (text !== null) return text;
  }
  return '';
}

/** Whether a text can open with a totals word: its first letter is one of theirs, or not ASCII (case folding). */
function mayOpenTotals(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return text.length > 0 && (c === 0x6a || c === 0x74 || c === 0x73 || c === 0x67 || c === 0x72 || text.charCodeAt(0) >= 128);
}

/**
 * Rows below the header of a mapped table. Entirely blank rows are skipped silently; rows
 * that are not records give ROW_NOT_RECORD (warning) and are left out.
 */
export function dataRows<F extends string>(
  sheet: SheetValues,
  mapping: TableMapping<F>,
  dictionary: TableDictionary<F>,
): { rows: DataRow[]; issues: Issue[] } {
  const rows: DataRow[] = [];
  const issues = eachDataRow(sheet, mapping, dictionary, (row, cells) => rows.push({ row, cells }));
  return { rows, issues };
}

/**
 * Hands each data row of a mapped table to `visit` (as {@link dataRows} lists them, without
 * an object per row); returns the ROW_NOT_RECORD issues.
 */
export function eachDataRow<F extends string>(
  sheet: SheetValues,
  mapping: TableMapping<F>,
  dictionary: TableDictionary<F>,
  visit: (row: number, cells: readonly CellValue[]) => void,
): Issue[] {
  const issues: Issue[] = [];
  const keyHeader = mapping.columns[dictionary.rowKey]?.header ?? dictionary.fields.find((f) => f.key === dictionary.rowKey)?.header ?? '';
  for (let index = Math.max(mapping.firstDataRow - 1, 0); index < sheet.rows.length; index += 1) {
    const cells = sheet.rows[index] ?? [];
    if (isBlankRow(cells)) continue;
    const row = index + 1;
    if (isNotRecord(cells, mapping, dictionary)) {
      const text = rowSummary(cells);
      issues.push(issue('ROW_NOT_RECORD', 'warning', { sheet: sheet.name, row, value: text }, { text, column: keyHeader }));
      continue;
    }
    visit(row, cells);
  }
  return issues;
}
