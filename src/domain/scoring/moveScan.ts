/**
 * The candidate scan's scorer: {@link moveValueAndFit} for one employee against many
 * positions, with what depends on the employee alone worked out once (the performance
 * score for ordinary and demanding posts, the competencies held as a lookup table). The
 * figures are the same as `moveValueAndFit`'s, pair by pair (fit.test.ts checks it).
 */
import { pack, scoreOf } from './componentScore';
import { aspirationEval } from './components/aspiration';
import { educationFieldEval } from './components/educationField';
import { golonganFitEval } from './components/golonganFit';
import { performanceEval } from './components/performance';
import { rotationDueEval } from './components/rotationDue';
import { unitNeedEval } from './components/unitNeed';
import type { ScoringContext } from './scoringContext';

export interface MoveScan {
  /** Scores moves of employee `e` from now on. */
  setEmployee(e: number): void;
  /** `out[0]` the value of moving the current employee into `p` (not the current post), `out[1]` the fit 0-100. */
  valueAndFit(p: number, out: Float64Array): void;
}

/**
 * A scorer of moves over one scoring context.
 *
 * @example
 * const scan = moveScan(ctx);
 * scan.setEmployee(e);
 * scan.valueAndFit(p, out); // out[0] === pairValue(ctx, e, p), out[1] === fitPercent(ctx, e, p)
 */
export function moveScan(ctx: ScoringContext): MoveScan {
  const w = ctx.policy.scoring.weights;
  const fitTotal = w.educationField + w.competency + w.performance + w.golonganFit;
  let maxId = -1;
  for (const ids of [...ctx.employeeCompetencies, ...ctx.positionCompetencies])
    for (let i = 0; i < ids.length; i++) maxId = Math.max(maxId, ids[i]!);
  const holds = new Uint8Array(maxId + 1);
  let held: Int32Array = new Int32Array(0);
  let e = -1;
  let performancePlain = 0;
  let performanceDemanding = 0;
  let moveCost = 0;
  // The first post of each kind, to evaluate the employee's performance score once per kind.
  const plainPost = ctx.positionDemanding.indexOf(0);
  const demandingPost = ctx.positionDemanding.indexOf(1);

  /** As competencyEval, with the employee's competencies in `holds`. */
  const competency = (p: number): number => {
    const required = ctx.positionCompetencies[p];
    if (required === undefined || required.length === 0) return pack(0, 50);
    let matched = 0;
    for (let i = 0; i < required.length; i++) matched += holds[required[i]!]!;
    return pack(1, Math.round((100 * matched) / required.length));
  };

  return {
    setEmployee(next: number): void {
      for (let i = 0; i < held.length; i++) holds[held[i]!] = 0;
      e = next;
      held = ctx.employeeCompetencies[e] ?? new Int32Array(0);
      for (let i = 0; i < held.length; i++) holds[held[i]!] = 1;
      performancePlain = plainPost >= 0 ? scoreOf(performanceEval(ctx, e, plainPost)) : 0;
      performanceDemanding = demandingPost >= 0 ? scoreOf(performanceEval(ctx, e, demandingPost)) : 0;
      const special = ctx.employeeSpecial[e] === 1 ? ctx.policy.rules.specialCircumstances.penalty : 0;
      moveCost = ctx.policy.scoring.disruptionCost + special;
    },
    valueAndFit(p: number, out: Float64Array): void {
      const fit =
        w.educationField * scoreOf(educationFieldEval(ctx, e, p)) +
        w.competency * scoreOf(competency(p)) +
        w.performance * (ctx.positionDemanding[p] === 1 ? performanceDemanding : performancePlain) +
        w.golonganFit * scoreOf(golonganFitEval(ctx, e, p));
      const reasons =
        (w.aspiration === 0 ? 0 : w.aspiration * scoreOf(aspirationEval(ctx, e, p))) +
        (w.unitNeed === 0 ? 0 : w.unitNeed * scoreOf(unitNeedEval(ctx, e, p))) +
        (w.rotationDue === 0 ? 0 : w.rotationDue * scoreOf(rotationDueEval(ctx, e, p)));
      out[0] = fit + reasons - moveCost;
      out[1] = fitTotal > 0 ? Math.round(fit / fitTotal) : 0;
    },
  };
}
