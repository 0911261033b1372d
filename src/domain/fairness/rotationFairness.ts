/**
 * Rotation fairness (docs/sheets.md#pemeriksaan-keadilan): employees whose rotation is due (*wajib rotasi*, PP 11/2017
 * Pasal 190 ayat 3) and who may move, yet stay, while peers in the same unit and the same
 * jenis jabatan with a shorter tenure in post were moved.
 */
import type { PlanRun } from '../plan/buildPlan';
import { allowedTargetCounter } from './allowedTargets';
import type { RotationCase } from './types';

/** Every such employee, in NIP order, with the count of shorter-tenured peers moved and the shortest-tenured one. */
export function rotationFairness(run: PlanRun): RotationCase[] {
  const { scoring, graph, finalIndex } = run;
  const { tables, index } = scoring;
  const jenisOf = (e: number) => tables.positions[index.currentPosition[e] ?? -1]?.jenis ?? '';
  const moved = (e: number) => (finalIndex[e] ?? -1) !== (index.currentPosition[e] ?? -1);
  const months = (e: number) => scoring.readiness[e]?.monthsInPost ?? 0;

  // Movers by (origin unit, jenis jabatan), as their tenures ascending, and the mover of the shortest.
  const poolOf = (e: number) => `${index.employeeUnit[e] ?? -1}|${jenisOf(e)}`;
  const moversByPool = new Map<string, { tenures: number[]; shortest: number }>();
  for (const e of graph.rowEmployee) {
    if (!moved(e)) continue;
    const key = poolOf(e);
    const pool = moversByPool.get(key);
    if (pool === undefined) moversByPool.set(key, { tenures: [months(e)], shortest: e });
    else {
      pool.tenures.push(months(e));
      // Rows are in NIP order, so the first of equal tenure is the lowest NIP.
      if (months(e) < months(pool.shortest)) pool.shortest = e;
    }
  }
  for (const pool of moversByPool.values()) pool.tenures.sort((x, y) => x - y);

  const cases: RotationCase[] = [];
  const allowedTargets = allowedTargetCounter(run.compat);
  graph.rowEmployee.forEach((e) => {
    if (scoring.readiness[e]?.rotationDue !== true || moved(e)) return;
    const pool = moversByPool.get(poolOf(e));
    const shorter = pool === undefined ? 0 : countBelow(pool.tenures, months(e));
    if (pool === undefined || shorter === 0) return;
    // The shortest-tenured mover of the pool is shorter than e whenever anyone is.
    const peer = pool.shortest;
    const position = tables.positions[index.currentPosition[e] ?? -1];
    if (position === undefined) return;
    cases.push({
      employee: tables.employees[e]!,
      position,
      monthsInPost: months(e),
      shorterPeersMoved: shorter,
      peer: tables.employees[peer]!,
      peerMonthsInPost: months(peer),
      candidates: allowedTargets(e),
    });
  });
  return cases;
}

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
