/**
 * Checks across positions, employees and the unit sheet that concern capacity and unit
 * names: surplus holders, and units the unit sheet does not list (or lists without any
 * position).
 */
import type { Issue } from '../model/issue';
import type { Employee, Position } from '../model/types';
import { suggester } from './closestName';
import type { JabatanField } from './jabatanFields';
import type { RowReader } from './rowReader';
import type { UnitField } from './unitFields';
import type { UnitDirectory } from './unitDirectory';
import { normalizeKey } from '../model/normalize';

/**
 * FORMASI_SURPLUS (warning) on each position row with more holders than its Formasi; the
 * plan treats the surplus as people to place elsewhere.
 */
export function formasiSurplusIssues(
  positions: readonly Position[],
  employees: readonly Employee[],
  readerAt: (row: number) => RowReader<JabatanField>,
): Issue[] {
  const holders = new Map<string, number>();
  for (const e of employees) holders.set(e.positionCode, (holders.get(e.positionCode) ?? 0) + 1);
  const issues: Issue[] = [];
  for (const p of positions) {
    const count = holders.get(p.code) ?? 0;
    if (count <= p.formasi) continue;
    const reader = readerAt(p.row);
    reader.report('FORMASI_SURPLUS', 'warning', 'formasi', {
      code: p.code,
      formasi: p.formasi,
      holders: count,
      surplus: count - p.formasi,
    });
    issues.push(...reader.issues);
  }
  return issues;
}

/**
 * With a unit sheet: UNIT_NOT_IN_UNIT_SHEET (warning) once per position unit the unit sheet
 * does not list, on the first position row of that unit, with the closest unit-sheet name;
 * UNIT_WITHOUT_POSITIONS (warning) on each unit-sheet row whose unit has no position,
 * with the closest position unit (often the same unit misspelt).
 */
export function unitSheetIssues(
  positions: readonly Position[],
  unitRows: readonly { readonly row: number; readonly nameText: string }[],
  units: UnitDirectory,
  positionReaderAt: (row: number) => RowReader<JabatanField>,
  unitReaderAt: (row: number) => RowReader<UnitField>,
): Issue[] {
  if (!units.hasUnitSheet) return [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const p of positions) {
    const key = normalizeKey(p.unit);
    if (seen.has(key)) continue;
    seen.add(key);
    if (units.inUnitSheet(p.unit)) continue;
    const reader = positionReaderAt(p.row);
    const suggestion = units.suggestFromUnitSheet(p.unit);
    reader.report('UNIT_NOT_IN_UNIT_SHEET', 'warning', 'unitKerja', { unit: p.unit, ...(suggestion === null ? {} : { suggestion }) });
    issues.push(...reader.issues);
  }
  const positionUnits = [...new Set(positions.map((p) => p.unit))];
  const suggestPositionUnit = suggester(positionUnits);
  for (const u of unitRows) {
    if (seen.has(normalizeKey(u.nameText))) continue;
    const reader = unitReaderAt(u.row);
    const suggestion = suggestPositionUnit(u.nameText);
    reader.report('UNIT_WITHOUT_POSITIONS', 'warning', 'unitKerja', { unit: u.nameText, ...(suggestion === null ? {} : { suggestion }) });
    issues.push(...reader.issues);
  }
  return issues;
}
