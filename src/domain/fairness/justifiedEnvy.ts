/**
 * Choices passed over (justified envy, individual fairness): employee A asked for position P (Pilihan
 * naming P's code, or P's unit — then every position of that unit A may take), may move
 * there (ready, and no hard rule forbids the pair), fits P better than someone the plan
 * placed in it, yet did not get P nor anything A ranked as high.
 *
 * "Someone placed in it" is a mover into P, or a holder who stays although the rules would
 * let them move: a holder the rules keep in place is not displaceable, so no envy is justified.
 * "Fits better" compares job fit (see {@link jobFit}), so asking for a post is not itself merit.
 */
import type { PlanRun } from '../plan/buildPlan';
import { isPairAllowed } from '../rules';
import { aspirationChoice } from '../scoring/components/aspiration';
import { chosenPositions, positionsByPlace } from './chosenPositions';
import { jobFit } from './jobFit';
import type { EnvyCase } from './types';

/**
 * Every justified-envy case of a plan, by the asking employee's NIP, then by position code.
 * Empty when the election freeze blocks every move.
 */
export function justifiedEnvy(run: PlanRun): EnvyCase[] {
  const { scoring, compat, finalIndex, graph, plan } = run;
  if (plan.blockedBy !== null) return [];
  const { tables, index } = scoring;
  const nP = tables.positions.length;

  const byPlace = positionsByPlace(scoring);
  // Who sits in each position after the plan, displaceable ones only.
  const occupants: number[][] = Array.from({ length: nP }, () => []);
  tables.employees.forEach((_, e) => {
    const p = finalIndex[e] ?? -1;
    if (p < 0) return;
    const stays = p === index.currentPosition[e];
    if (!stays || scoring.readiness[e]?.canMove === true) occupants[p]?.push(e);
  });
  // Each occupant sits in one position: its job fit there is computed once, with the holder of the position.
  const holders = new Int32Array(nP).fill(-2);
  const holderFits = new Float64Array(nP);
  /** The displaceable occupant of p with the lowest job fit (then the lowest NIP), -1 when none; once per position. */
  const holderOf = (p: number): number => {
    let holder = holders[p] as number;
    if (holder !== -2) return holder;
    holder = -1;
    let holderFit = 0;
    for (const b of occupants[p] ?? []) {
      const fit = jobFit(scoring, b, p);
      if (holder < 0 || fit < holderFit || (fit === holderFit && tables.employees[b]!.nip < tables.employees[holder]!.nip)) {
        holder = b;
        holderFit = fit;
      }
    }
    holders[p] = holder;
    holderFits[p] = holderFit;
    return holder;
  };

  const cases: EnvyCase[] = [];
  for (const a of graph.rowEmployee) {
    if (scoring.readiness[a]?.canMove !== true || (scoring.employeePilihanCount[a] ?? 0) === 0) continue;
    const current = index.currentPosition[a] ?? -1;
    const placed = finalIndex[a] ?? -1;
    const placedChoice = placed >= 0 ? aspirationChoice(scoring, a, placed) : -1;
    const asked = chosenPositions(scoring, byPlace, a);
    const found: EnvyCase[] = [];
    for (const p of asked) {
      if (p === current || p === placed) continue;
      const choice = aspirationChoice(scoring, a, p);
      if (choice < 0 || (placedChoice >= 0 && placedChoice <= choice)) continue;
      if (!isPairAllowed(compat, a, p)) continue;
      const holder = holderOf(p);
      if (holder < 0) continue;
      const fit = jobFit(scoring, a, p);
      const holderFit = holderFits[p] as number;
      if (holderFit >= fit) continue;
      found.push({
        employee: tables.employees[a]!,
        choice: choice + 1,
        position: tables.positions[p]!,
        fit,
        holder: tables.employees[holder]!,
        holderFit,
        holderMoved: index.currentPosition[holder] !== p,
        placed: tables.positions[placed]!,
      });
    }
    found.sort((x, y) => (x.position.code < y.position.code ? -1 : x.position.code > y.position.code ? 1 : 0));
    cases.push(...found);
  }
  return cases;
}
