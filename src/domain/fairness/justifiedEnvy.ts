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
  const fitCache = new Map<number, number>();
  const fitOf = (e: number, p: number) => {
    const key = e * nP + p;
    let fit = fitCache.get(key);
    if (fit === undefined) {
      fit = jobFit(scoring, e, p);
      fitCache.set(key, fit);
    }
    return fit;
  };
  // The displaceable occupant of p with the lowest job fit (then the lowest NIP), -1 when none; once per position.
  const holders = new Map<number, number>();
  const holderOf = (p: number): number => {
    let holder = holders.get(p);
    if (holder !== undefined) return holder;
    holder = -1;
    for (const b of occupants[p] ?? []) {
      if (
        holder < 0 ||
        fitOf(b, p) < fitOf(holder, p) ||
        (fitOf(b, p) === fitOf(holder, p) && tables.employees[b]!.nip < tables.employees[holder]!.nip)
      )
        holder = b;
    }
    holders.set(p, holder);
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
      const fit = fitOf(a, p);
      if (fitOf(holder, p) >= fit) continue;
      found.push({
        employee: tables.employees[a]!,
        choice: choice + 1,
        position: tables.positions[p]!,
        fit,
        holder: tables.employees[holder]!,
        holderFit: fitOf(holder, p),
        holderMoved: index.currentPosition[holder] !== p,
        placed: tables.positions[placed]!,
      });
    }
    found.sort((x, y) => (x.position.code < y.position.code ? -1 : x.position.code > y.position.code ? 1 : 0));
    cases.push(...found);
  }
  return cases;
}
