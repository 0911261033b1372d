/**
 * Seeded benchmark instances, generated straight into typed arrays: a dense integer matrix
 * for the linear_sum_assignment comparison, and a province-like sparse instance where each
 * row has a "stay" edge to its current column plus random candidates, and its units as
 * the solver's column groups.
 */

import { writeFileSync } from 'node:fs';
import type { EdgeListInput } from '../src/domain/solver/assignmentProblem';
import { buildColumnGroups, type ColumnGroups } from '../src/domain/solver/columnGroups';
import { seededRandom } from '../test/support/solver/randomInstance';

/** Row-major n×n integer weights in [0, maxWeight]. */
export function denseWeights(n: number, seed: number, maxWeight = 100000): Float64Array {
  const rand = seededRandom(seed);
  const w = new Float64Array(n * n);
  for (let k = 0; k < w.length; k++) w[k] = Math.floor(rand() * (maxWeight + 1));
  return w;
}

export interface SparseSpec {
  readonly rows: number;
  readonly cols: number;
  /** Candidate edges per row besides the stay edge. */
  readonly candidates: number;
  /** Extra capacity per column beyond its current occupants: 0..slack (0 = tight, Σcap = rows). */
  readonly slack: number;
  readonly seed: number;
}

/**
 * Every row sits in a random column; capacity = occupants + random(0..slack), so staying
 * is always feasible. Stay weights 300..900, candidate weights −200..800.
 */
export function sparseInstance(
  spec: SparseSpec,
): EdgeListInput & { edgeRow: Int32Array; edgeCol: Int32Array; edgeWeight: Float64Array; capacity: Int32Array; home: Int32Array } {
  const { rows, cols, candidates, slack } = spec;
  const rand = seededRandom(spec.seed);
  const pick = (n: number): number => Math.floor(rand() * n);
  const per = candidates + 1;
  const edgeRow = new Int32Array(rows * per);
  const edgeCol = new Int32Array(rows * per);
  const edgeWeight = new Float64Array(rows * per);
  const capacity = new Int32Array(cols);
  const mark = new Int32Array(cols).fill(-1);
  const homes = new Int32Array(rows);
  let e = 0;
  for (let i = 0; i < rows; i++) {
    const home = pick(cols);
    homes[i] = home;
    capacity[home] = (capacity[home] as number) + 1;
    mark[home] = i;
    edgeRow[e] = i;
    edgeCol[e] = home;
    edgeWeight[e++] = 300 + pick(601);
    for (let k = 0; k < candidates; k++) {
      let j = pick(cols);
      while (mark[j] === i) j = pick(cols);
      mark[j] = i;
      edgeRow[e] = i;
      edgeCol[e] = j;
      edgeWeight[e++] = pick(1001) - 200;
    }
  }
  if (slack > 0) for (let j = 0; j < cols; j++) capacity[j] = (capacity[j] as number) + pick(slack + 1);
  return { rows, cols, capacity, edgeRow, edgeCol, edgeWeight, home: homes };
}

/**
 * The planner's convex unit model over a sparse instance: `units` units of consecutive
 * columns; each needs its staff now −3..+4, keeps min(need, staff) places at a value no
 * move outweighs, values each further place up to its need less than the one before
 * (200 + 300 × (need − k + 1) / need, as plan/unitStaffing.ts with its default policy), and
 * gains nothing beyond its need.
 */
export function unitGroups(inst: { cols: number; home: Int32Array }, units: number, seed: number): ColumnGroups {
  const rand = seededRandom(seed + 1);
  const perUnit = Math.ceil(inst.cols / units);
  const colGroup = Int32Array.from({ length: inst.cols }, (_, j) => Math.floor(j / perUnit));
  const staff = new Int32Array(units);
  for (const j of inst.home) staff[colGroup[j] as number] = (staff[colGroup[j] as number] as number) + 1;
  const marginals: number[][] = [];
  for (let u = 0; u < units; u++) {
    const now = staff[u] as number;
    const need = Math.max(0, now + Math.floor(rand() * 8) - 3);
    const keep = Math.min(need, now);
    marginals.push(Array.from({ length: need }, (_, i) => (i + 1 <= keep ? 1_000_000 : 200 + Math.round((300 * (need - i)) / need))));
  }
  const built = buildColumnGroups({ cols: inst.cols, colGroup, marginals, tail: new Float64Array(units) });
  if (!built.ok) throw new Error(`invalid unit groups: ${built.issues[0]?.code ?? ''}`);
  return built.value;
}

/** Writes an instance as the `mutasi solve` JSON format; returns the file size in bytes. */
export function writeInstanceJson(file: string, inst: ReturnType<typeof sparseInstance>): number {
  const parts: string[] = [`{"rows":${inst.rows},"cols":${inst.cols},"capacity":[${Array.from(inst.capacity).join(',')}],"edges":[`];
  const m = inst.edgeRow.length;
  const chunk: string[] = [];
  for (let e = 0; e < m; e++) {
    chunk.push(`[${inst.edgeRow[e]},${inst.edgeCol[e]},${inst.edgeWeight[e]}]`);
    if (chunk.length === 10000 || e === m - 1) {
      parts.push(chunk.join(',') + (e === m - 1 ? '' : ','));
      chunk.length = 0;
    }
  }
  parts.push(']}');
  const text = parts.join('');
  writeFileSync(file, text);
  return text.length;
}
