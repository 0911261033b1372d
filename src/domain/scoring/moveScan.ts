/**
 * The candidate scan's scorer: {@link moveValueAndFit} for one employee against many
 * positions, with what depends on the employee alone worked out once (the performance
 * score for ordinary and demanding posts, the rotation score, the competencies held as a
 * lookup table) and what depends on a few employee attributes and the post remembered per
 * post: the education-field score per study-field profile and the golongan score per rank.
 * The figures are the same as `moveValueAndFit`'s, pair by pair (moveScan.test.ts checks it).
 */
import { pack, scoreOf } from './componentScore';
import { aspirationEval } from './components/aspiration';
import { educationFieldEval } from './components/educationField';
import { golonganFitEval } from './components/golonganFit';
import { performanceEval } from './components/performance';
import { rotationDueMoveEval } from './components/rotationDue';
import { unitNeedEval } from './components/unitNeed';
import type { ScoringContext } from './scoringContext';

export interface MoveScan {
  /** Scores moves of employee `e` from now on. */
  setEmployee(e: number): void;
  /** `out[0]` the value of moving the current employee into `p` (not the current post), `out[1]` the fit 0-100. */
  valueAndFit(p: number, out: Float64Array): void;
}

/** Education-field scores remembered per profile, at most this many in all (2 bytes each). */
const MAX_REMEMBERED_SCORES = 1 << 24;

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
  const nP = ctx.positionCompetencies.length;
  let maxId = -1;
  for (const ids of [...ctx.employeeCompetencies, ...ctx.positionCompetencies])
    for (let i = 0; i < ids.length; i++) maxId = Math.max(maxId, ids[i]!);
  const holds = new Uint8Array(maxId + 1);
  // The competencies each post requires, CSR: those of p are requiredIds[requiredStart[p] .. requiredStart[p+1]).
  const requiredStart = new Int32Array(nP + 1);
  for (let p = 0; p < nP; p++) requiredStart[p + 1] = requiredStart[p]! + ctx.positionCompetencies[p]!.length;
  const requiredIds = new Int32Array(requiredStart[nP]!);
  for (let p = 0; p < nP; p++) requiredIds.set(ctx.positionCompetencies[p]!, requiredStart[p]!);
  // educationFieldEval reads the employee only through these four figures, golonganFitEval only through the rank.
  const educationRows = new Map<string, Int16Array | null>();
  let remembered = 0;
  const golonganRows = new Map<number, Int16Array>();
  let education: Int16Array | null = null;
  let golongan: Int16Array = new Int16Array(0);
  let held: Int32Array = new Int32Array(0);
  let e = -1;
  let performancePlain = 0;
  let performanceDemanding = 0;
  let moveCost = 0;
  let asks = false;
  let rotation = 0;
  // The first post of each kind, to evaluate the employee's performance score once per kind.
  const plainPost = ctx.positionDemanding.indexOf(0);
  const demandingPost = ctx.positionDemanding.indexOf(1);

  /** As competencyEval, with the employee's competencies in `holds`. */
  const competency = (p: number): number => {
    const from = requiredStart[p]!;
    const to = requiredStart[p + 1]!;
    if (from === to) return pack(0, 50);
    let matched = 0;
    for (let i = from; i < to; i++) matched += holds[requiredIds[i]!]!;
    return pack(1, Math.round((100 * matched) / (to - from)));
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
      asks = (ctx.employeePilihanCount[e] ?? 0) > 0;
      rotation = w.rotationDue === 0 ? 0 : w.rotationDue * scoreOf(rotationDueMoveEval(ctx, e));
      const profile = `${ctx.employeeField[e] ?? -1} ${ctx.employeeFieldSectors[e] ?? 0} ${ctx.employeeRelatedSectors[e] ?? 0} ${ctx.employeeGeneralField[e] ?? 0}`;
      let row = educationRows.get(profile);
      if (row === undefined) {
        row = remembered + nP <= MAX_REMEMBERED_SCORES ? new Int16Array(nP).fill(-1) : null;
        if (row !== null) remembered += nP;
        educationRows.set(profile, row);
      }
      education = row;
      const rank = ctx.employeeRank[e] ?? -1;
      let ranked = golonganRows.get(rank);
      if (ranked === undefined) {
        ranked = new Int16Array(nP);
        for (let p = 0; p < nP; p++) ranked[p] = scoreOf(golonganFitEval(ctx, e, p));
        golonganRows.set(rank, ranked);
      }
      golongan = ranked;
    },
    valueAndFit(p: number, out: Float64Array): void {
      let educationScore = education === null ? scoreOf(educationFieldEval(ctx, e, p)) : education[p]!;
      if (educationScore < 0) {
        educationScore = scoreOf(educationFieldEval(ctx, e, p));
        education![p] = educationScore;
      }
      const fit =
        w.educationField * educationScore +
        w.competency * scoreOf(competency(p)) +
        w.performance * (ctx.positionDemanding[p] === 1 ? performanceDemanding : performancePlain) +
        w.golonganFit * golongan[p]!;
      const reasons =
        (w.aspiration === 0 ? 0 : w.aspiration * (asks ? scoreOf(aspirationEval(ctx, e, p)) : 0)) +
        (w.unitNeed === 0 ? 0 : w.unitNeed * scoreOf(unitNeedEval(ctx, e, p))) +
        rotation;
      out[0] = fit + reasons - moveCost;
      out[1] = fitTotal > 0 ? Math.round(fit / fitTotal) : 0;
    },
  };
}
