/**
 * A plan the Baperjakat can defend, checked on the demo's own sample (2,500 employees) and
 * on a second seed: the post's nature kept, no JPT and no protected employee moved, every
 * lower fit flagged, staffing improved and never worsened, every move with a purpose, and
 * the plan still proven optimal. Each figure is computed here from the tables and the final
 * placement, independently of the planner's own bookkeeping.
 */
import type { InputTables } from '../../src/domain/model/types';
import { jabatanFungsionalOf } from '../../src/domain/rules';
import { monthsBetween } from '../../src/domain/model/dates';
import { DEMO_DATE, sampleRun } from '../fairness/sampleRun';

/** Staff per unit: employees whose position (by code) lies in the unit. */
function staffByUnit(tables: InputTables, codeOf: (e: number) => string): Map<string, number> {
  const unitOf = new Map(tables.positions.map((p) => [p.code as string, p.unit as string]));
  const staff = new Map<string, number>();
  tables.employees.forEach((_, e) => {
    const unit = unitOf.get(codeOf(e)) ?? '?';
    staff.set(unit, (staff.get(unit) ?? 0) + 1);
  });
  return staff;
}

describe.each([
  ['the demo sample', 2500, 1],
  ['another city', 1200, 7],
])('a defensible plan on %s', (_name, employees, seed) => {
  const { tables, run } = sampleRun(employees, seed);
  const { proposals } = run.plan;

  it('proposes moves at all, and is proven optimal with no rule violation', () => {
    expect(proposals.length).toBeGreaterThan(20);
    expect(run.plan.optimal).toBe(true);
    expect(run.plan.certificateOk).toBe(true);
    expect(run.check.violations).toEqual([]);
  });

  it('keeps the nature of the post: same jenis, kelas, jabatan fungsional and jenjang', () => {
    const crossings = proposals.filter((p) => {
      if (p.from.jenis !== p.to.jenis || (p.from.kelas ?? -1) !== (p.to.kelas ?? -1)) return true;
      if (p.from.jenis !== 'Fungsional') return false;
      const a = jabatanFungsionalOf(p.from.name);
      const b = jabatanFungsionalOf(p.to.name);
      return a.familyKey !== b.familyKey || a.jenjang !== b.jenjang;
    });
    expect(crossings.map((p) => `${p.from.name} → ${p.to.name}`)).toEqual([]);
  });

  it('plans no JPT post and moves no unwilling or special-circumstance employee', () => {
    expect(proposals.filter((p) => p.from.jenis === 'JPT' || p.to.jenis === 'JPT')).toEqual([]);
    expect(proposals.filter((p) => !p.employee.bersedia).map((p) => p.employee.nip)).toEqual([]);
    expect(proposals.filter((p) => p.employee.pertimbanganKhusus.trim() !== '').map((p) => p.employee.nip)).toEqual([]);
    // The sample has such employees with rotation due, so the rule is really exercised.
    const dueButProtected = tables.employees.filter(
      (e) => monthsBetween(e.tmtJabatan, DEMO_DATE) >= 60 && (!e.bersedia || e.pertimbanganKhusus.trim() !== ''),
    );
    expect(dueButProtected.length).toBeGreaterThan(0);
  });

  it('gives every move a purpose and flags every move into a lower fit', () => {
    expect(proposals.filter((p) => p.purposes.length === 0)).toEqual([]);
    const lower = proposals.filter((p) => p.fitTo < p.fitFrom);
    expect(lower.filter((p) => !p.attention.some((a) => a.code === 'LOWER_FIT'))).toEqual([]);
    // Rotation alone never justifies a lower fit.
    expect(lower.filter((p) => p.purposes.length === 1 && p.purposes[0] === 'ROTATION')).toEqual([]);
  });

  it('improves staffing: fewer short staff, no more short units, no adequate unit pushed short, no short unit losing staff', () => {
    const need = new Map(run.needsBefore.units.map((u) => [u.unit as string, u.need]));
    const before = staffByUnit(tables, (e) => tables.employees[e]!.positionCode);
    const after = staffByUnit(tables, (e) => run.plan.finalPosition[e]!.code);
    const shortage = (staff: Map<string, number>) => [...need].reduce((sum, [unit, n]) => sum + Math.max(0, n - (staff.get(unit) ?? 0)), 0);
    const shortUnits = (staff: Map<string, number>) => [...need].filter(([unit, n]) => (staff.get(unit) ?? 0) < n).length;
    expect(shortage(after)).toBeLessThan(shortage(before));
    expect(shortUnits(after)).toBeLessThanOrEqual(shortUnits(before));
    const worsened = [...need].filter(([unit, n]) => {
      const b = before.get(unit) ?? 0;
      const a = after.get(unit) ?? 0;
      return (b >= n && a < n) || (b < n && a < b);
    });
    expect(worsened.map(([unit]) => unit)).toEqual([]);
  });

  it('makes no ring of moves in which nobody fits better and nobody gets their choice', () => {
    // Follow each move to the mover whose post it fills; coming back to the start is a ring.
    // In a ring every post is left and refilled, so no unit's staffing changes.
    const byNip = new Map(proposals.map((p) => [p.employee.nip as string, p]));
    const pointless: string[] = [];
    for (const start of proposals) {
      const ring = [start];
      let next = start.fillsPostOf === null ? undefined : byNip.get(start.fillsPostOf.nip);
      while (next !== undefined && next !== start && ring.length <= proposals.length) {
        ring.push(next);
        next = next.fillsPostOf === null ? undefined : byNip.get(next.fillsPostOf.nip);
      }
      if (next !== start) continue;
      const improves = ring.some((p) => p.fitTo > p.fitFrom || p.purposes.includes('ASPIRATION') || p.purposes.includes('URGENT_VACANCY'));
      if (!improves) pointless.push(ring.map((p) => p.employee.nip).join(' → '));
    }
    expect(pointless).toEqual([]);
  });
});
