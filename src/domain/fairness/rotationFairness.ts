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

  // Movers by (origin unit, jenis jabatan).
  const moversByPool = new Map<string, number[]>();
  for (const e of graph.rowEmployee) {
    if (!moved(e)) continue;
    const pool = `${index.employeeUnit[e] ?? -1}|${jenisOf(e)}`;
    const movers = moversByPool.get(pool);
    if (movers) movers.push(e);
    else moversByPool.set(pool, [e]);
  }

  const cases: RotationCase[] = [];
  const allowedTargets = allowedTargetCounter(run.compat);
  graph.rowEmployee.forEach((e) => {
    if (scoring.readiness[e]?.rotationDue !== true || moved(e)) return;
    const peers = (moversByPool.get(`${index.employeeUnit[e] ?? -1}|${jenisOf(e)}`) ?? []).filter((m) => months(m) < months(e));
    if (peers.length === 0) return;
    // Rows are in NIP order, so the first of equal tenure is the lowest NIP.
    const peer = peers.reduce((best, m) => (months(m) < months(best) ? m : best));
    const position = tables.positions[index.currentPosition[e] ?? -1];
    if (position === undefined) return;
    cases.push({
      employee: tables.employees[e]!,
      position,
      monthsInPost: months(e),
      shorterPeersMoved: peers.length,
      peer: tables.employees[peer]!,
      peerMonthsInPost: months(peer),
      candidates: allowedTargets(e),
    });
  });
  return cases;
}
