/**
 * Rows that share a key that must be unique (NIP, Kode Jabatan, unit name).
 */
import { issue, type Issue } from '../model/issue';
import type { InputIssueCode } from '../model/issueCodes';

export interface KeyedRow {
  readonly row: number;
  /** The comparison key (already normalised by the caller). */
  readonly key: string;
  /** The value as written, for the message. */
  readonly value: string;
}

/**
 * One error per row whose key another row also has, each naming the other rows, so both
 * (all) rows are marked: which one is right cannot be known.
 *
 * @example duplicateRowIssues(rows, 'NIP_DUPLICATE', 'Pegawai', 'NIP') // issues on rows 5 and 9, each naming the other
 */
export function duplicateRowIssues(rows: readonly KeyedRow[], code: InputIssueCode, sheet: string, column: string): Issue[] {
  // Most keys are unique: a list is made only for a key seen twice; groups keep the order of their first row.
  const firstOf = new Map<string, KeyedRow>();
  const repeated = new Map<string, KeyedRow[]>();
  for (const row of rows) {
    const first = firstOf.get(row.key);
    if (first === undefined) firstOf.set(row.key, row);
    else {
      const group = repeated.get(row.key);
      if (group) group.push(row);
      else repeated.set(row.key, [first, row]);
    }
  }
  const issues: Issue[] = [];
  if (repeated.size === 0) return issues;
  for (const key of firstOf.keys()) {
    const group = repeated.get(key);
    if (group === undefined) continue;
    for (const row of group) {
      const others = group
        .filter((o) => o !== row)
        .map((o) => o.row)
        .join(', ');
      issues.push(issue(code, 'error', { sheet, row: row.row, column, value: row.value }, { column, value: row.value, rows: others }));
    }
  }
  return issues;
}

/** Comparison key of a position code: case and spaces ignored, punctuation kept ("A-1" ≠ "A1"). */
export function codeKey(code: string): string {
  return isPrintableAscii(code) ? code.toUpperCase() : code.replace(/\s+/g, '').toUpperCase();
}

/** Printable ASCII without a space has no whitespace to drop. */
function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}
