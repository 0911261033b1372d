/**
 * Repairs an assignment that breaks side constraints by moving it part-way towards a
 * feasible one. The rows on which they differ form walks (see `exchangeImprovement.ts`);
 * walks are applied in order of violation removed per unit of weight lost, each only if it
 * still removes violation, adds none, and fits the column capacities. A Lagrangian
 * solution is usually only slightly infeasible, so a few reverted walks make it feasible
 * while keeping most of its value.
 */

import type { AssignmentProblem } from './assignmentProblem';
import { walksBetween, type FeasiblePoint } from './exchangeImprovement';
import type { ConstraintIncidence, SideConstraint } from './sideConstraint';

interface Walk {
  readonly rows: Int32Array;
  readonly gain: number;
  /** Constraint indices touched and their net change. */
  readonly ks: Int32Array;
  readonly deltas: Float64Array;
  readonly startCol: number;
  readonly endCol: number;
  done: boolean;
}

function describeWalks(p: AssignmentProblem, incidence: ConstraintIncidence, from: Int32Array, to: Int32Array, k: number): Walk[] {
  const { rows: walkRows, start } = walksBetween(p, from, to);
  const delta = new Float64Array(k);
  const stamp = new Int32Array(k).fill(-1);
  const walks: Walk[] = [];
  for (let q = 0; q + 1 < start.length; q++) {
    const rows = walkRows.slice(start[q] as number, start[q + 1] as number);
    if (rows.length === 0) continue;
    let gain = 0;
    const touched: number[] = [];
    for (const i of rows) {
      const a = from[i] as number;
      const b = to[i] as number;
      gain += (p.edgeWeight[b] as number) - (p.edgeWeight[a] as number);
      for (const [e, sign] of [
        [b, 1],
        [a, -1],
      ] as const) {
        for (let t = incidence.start[e] as number; t < (incidence.start[e + 1] as number); t++) {
          const c = incidence.constraint[t] as number;
          if (stamp[c] !== q) {
            stamp[c] = q;
            touched.push(c);
          }
          delta[c] = (delta[c] as number) + sign * (incidence.coef[t] as number);
        }
      }
    }
    const ks = Int32Array.from(touched.filter((c) => delta[c] !== 0));
    const deltas = Float64Array.from(ks, (c) => delta[c] as number);
    for (const c of touched) delta[c] = 0;
    const first = rows[0] as number;
    const last = rows[rows.length - 1] as number;
    walks.push({
      rows,
      gain,
      ks,
      deltas,
      startCol: p.edgeCol[from[first] as number] as number,
      endCol: p.edgeCol[to[last] as number] as number,
      done: false,
    });
  }
  return walks;
}

/**
 * Returns a feasible point reached from `start` (capacity-feasible, possibly violating side
 * constraints) by applying walks towards `feasible`, or null when the greedy gets stuck.
 */
export function repairTowards(
  p: AssignmentProblem,
  constraints: readonly SideConstraint[],
  incidence: ConstraintIncidence,
  start: { readonly edges: Int32Array; readonly lhs: Float64Array },
  feasible: FeasiblePoint,
): FeasiblePoint | null {
  const edges = start.edges.slice();
  const lhs = start.lhs.slice();
  const limit = Float64Array.from(constraints, (c) => c.limit);
  const count = new Int32Array(p.cols);
  for (const e of edges) count[p.edgeCol[e] as number] = (count[p.edgeCol[e] as number] as number) + 1;
  const walks = describeWalks(p, incidence, edges, feasible.edges, constraints.length);
  let violation = 0;
  for (let k = 0; k < lhs.length; k++) violation += Math.max(0, (lhs[k] as number) - (limit[k] as number));
  const effect = (w: Walk): { reduced: number; added: number } => {
    let reduced = 0;
    let added = 0;
    for (let t = 0; t < w.ks.length; t++) {
      const k = w.ks[t] as number;
      const before = Math.max(0, (lhs[k] as number) - (limit[k] as number));
      const after = Math.max(0, (lhs[k] as number) + (w.deltas[t] as number) - (limit[k] as number));
      if (after < before) reduced += before - after;
      else if (after > before) added += after - before;
    }
    return { reduced, added };
  };
  const scoreOf = (w: Walk): number => {
    const { reduced, added } = effect(w);
    return reduced === 0 || added > 0 ? 0 : reduced / Math.max(1, -w.gain);
  };
  // Lazy greedy: scores only fall as violation shrinks, so the top of a max-heap of stale
  // scores, re-scored, is the true best whenever it still beats the next stale score.
  const heap = new ScoreHeap();
  walks.forEach((w, index) => {
    const score = scoreOf(w);
    if (score > 0) heap.push(score, index);
  });
  let blocked: number[] = [];
  for (let round = 0; round < 4 && violation > 0; round++) {
    let applied = false;
    while (violation > 0 && heap.size > 0) {
      const index = heap.pop();
      const w = walks[index] as Walk;
      if (w.done) continue;
      if (w.endCol !== w.startCol && (count[w.endCol] as number) >= (p.capacity[w.endCol] as number)) {
        blocked.push(index);
        continue;
      }
      const score = scoreOf(w);
      if (score === 0) continue;
      if (heap.size > 0 && score < heap.topScore()) {
        heap.push(score, index);
        continue;
      }
      w.done = true;
      applied = true;
      violation -= effect(w).reduced;
      for (const i of w.rows) edges[i] = feasible.edges[i] as number;
      for (let t = 0; t < w.ks.length; t++) {
        const k = w.ks[t] as number;
        lhs[k] = (lhs[k] as number) + (w.deltas[t] as number);
      }
      count[w.startCol] = (count[w.startCol] as number) - 1;
      count[w.endCol] = (count[w.endCol] as number) + 1;
    }
    if (!applied) break;
    // Walks blocked by a full column get another chance once others have moved.
    for (const index of blocked) {
      const score = scoreOf(walks[index] as Walk);
      if (score > 0) heap.push(score, index);
    }
    blocked = [];
  }
  if (violation > 0) return null;
  let objective = 0;
  for (const e of edges) objective += p.edgeWeight[e] as number;
  return { edges, lhs, objective };
}

/** A max-heap of (score, index); ties pop the lower index first, for determinism. */
class ScoreHeap {
  private readonly scores: number[] = [];
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  topScore(): number {
    return this.scores[0] as number;
  }

  private above(a: number, b: number): boolean {
    const sa = this.scores[a] as number;
    const sb = this.scores[b] as number;
    return sa > sb || (sa === sb && (this.items[a] as number) < (this.items[b] as number));
  }

  private swap(a: number, b: number): void {
    [this.scores[a], this.scores[b]] = [this.scores[b] as number, this.scores[a] as number];
    [this.items[a], this.items[b]] = [this.items[b] as number, this.items[a] as number];
  }

  push(score: number, item: number): void {
    this.scores.push(score);
    this.items.push(item);
    for (let t = this.items.length - 1; t > 0;) {
      const parent = (t - 1) >> 1;
      if (!this.above(t, parent)) break;
      this.swap(t, parent);
      t = parent;
    }
  }

  pop(): number {
    const top = this.items[0] as number;
    const last = this.items.length - 1;
    this.swap(0, last);
    this.scores.pop();
    this.items.pop();
    for (let t = 0; ;) {
      const l = 2 * t + 1;
      const r = l + 1;
      let best = t;
      if (l < last && this.above(l, best)) best = l;
      if (r < last && this.above(r, best)) best = r;
      if (best === t) break;
      this.swap(t, best);
      t = best;
    }
    return top;
  }
}
