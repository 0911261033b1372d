/**
 * Staffing checks (docs/sheets.md#pemeriksaan-keadilan): units in shortage that the plan leaves worse off, and moves
 * into a lower Kelas Jabatan. Read from the needs analysis after the plan and the proposals.
 */
import type { PlanRun } from '../plan/buildPlan';
import type { DemotionCase, ShortageCase } from './types';

/** Units short of staff before the plan whose gap (need − staff) is larger after it, in unit order. */
export function worsenedShortages(run: PlanRun): ShortageCase[] {
  const cases: ShortageCase[] = [];
  for (const unit of run.needsAfter.units) {
    const after = unit.after;
    if (after === null || unit.gap <= 0 || after.gap <= unit.gap) continue;
    cases.push({ unit: unit.unit, need: unit.need, gapBefore: unit.gap, gapAfter: after.gap });
  }
  return cases;
}

/** Proposals into a lower Kelas Jabatan (both classes known), in proposal order. */
export function demotions(run: PlanRun): DemotionCase[] {
  const cases: DemotionCase[] = [];
  for (const proposal of run.plan.proposals) {
    const from = proposal.from.kelas;
    const to = proposal.to.kelas;
    if (from === null || to === null || to >= from) continue;
    cases.push({ employee: proposal.employee, from: proposal.from, to: proposal.to, drop: from - to });
  }
  return cases;
}
