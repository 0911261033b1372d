/**
 * The order issues are shown in: workbook-level first, then the employee, position and
 * unit sheets, each from the header down.
 */
import type { Issue } from '../model/issue';
import type { InputMapping } from './tableMapping';

/**
 * Issues sorted by sheet (none, employee, position, unit, others) and row (none first);
 * issues at the same place keep the order they were found in.
 */
export function sortIssues(issues: readonly Issue[], mapping: InputMapping): Issue[] {
  const sheetRank = new Map<string, number>();
  [mapping.pegawai, mapping.jabatan, mapping.unit].forEach((m, i) => {
    if (m && !sheetRank.has(m.sheet)) sheetRank.set(m.sheet, i + 1);
  });
  const rank = (i: Issue): number => (i.sheet === null ? 0 : (sheetRank.get(i.sheet) ?? 4));
  return issues
    .map((i, order) => ({ i, order }))
    .sort((a, b) => rank(a.i) - rank(b.i) || (a.i.row ?? 0) - (b.i.row ?? 0) || a.order - b.order)
    .map(({ i }) => i);
}
