/**
 * The move edges of one row of the candidate graph: the best `maxCandidates` reachable posts
 * that have a purpose, by value (equal values to the position code first in order), plus
 * every allowed post the employee asked for. The scan over the reachable posts is the plan's
 * hottest loop (tens of millions of pairs at 50,000 employees), so it runs in a function of
 * its own over typed arrays: the values of a row are computed in one pass
 * (`MoveScan.valuesOf`), then offered to the top-k selection.
 */
import type { CompatibilityContext } from '../rules';
import { pairScan, type PairScan } from '../rules/pairScan';
import { moveScan, type MoveScan, type ScoringContext } from '../scoring';
import { purposeScan, type PurposeContext, type PurposeScan } from './purpose';
import { reachablePosts } from './scanGroups';
import { TopK } from './topK';

/** The selection of one row's moves; see the file's note. */
export interface MoveSelection {
  /**
   * Selects the moves of employee `e`, who holds `current` (-1: none); returns how many.
   * Their columns are then `columns()[0 .. count)`, ascending, and each post's value and
   * purposes {@link value} and {@link purposes}.
   */
  select(e: number, current: number): number;
  columns(): Int32Array;
  value(p: number): number;
  purposes(p: number): number;
  /** Moves tested so far against the rules' verdict (the reachable posts less the current one and those the employee's own rules forbid). */
  consideredPairs(): number;
}

/** The per-run state of {@link MoveSelection}. */
export function moveSelection(
  scoring: ScoringContext,
  compat: CompatibilityContext,
  purposes: PurposeContext,
  options: {
    readonly maxCandidates: number;
    readonly columnOfPosition: Int32Array;
    /** 1 for a post above its Formasi: it takes no newcomers. */
    readonly overFormasi: Uint8Array;
    /** Posts by place (a unit or a position code, as the scoring context numbers them). */
    readonly positionsByPlace: ReadonlyMap<number, readonly number[]>;
  },
): MoveSelection {
  const nP = scoring.tables.positions.length;
  const { columnOfPosition, overFormasi, positionsByPlace } = options;
  const best = new TopK(options.maxCandidates);
  const scan = moveScan(scoring);
  const allowed = pairScan(compat);
  const reachable = reachablePosts(compat, allowed, overFormasi);
  const purposeOf = purposeScan(purposes);
  // The purposes and the value of each post kept for the current row, by position.
  const bitsOf = new Int32Array(nP);
  const valueOf = new Float64Array(nP);
  // keptIn[c] === stamp: column c is kept for the current selection.
  const keptIn = new Int32Array(nP).fill(-1);
  let stamp = -1;
  let kept: Int32Array = new Int32Array(Math.max(options.maxCandidates, 0) + 16);
  let values = new Float64Array(0);
  const scratch = new Float64Array(2);
  let considered = 0;

  return {
    select(e: number, current: number): number {
      stamp++;
      best.clear();
      scan.setEmployee(e);
      allowed.setEmployee(e);
      purposeOf.setEmployee(e);
      const posts = reachable(current);
      if (values.length < posts.length) values = new Float64Array(Math.max(posts.length, 2 * values.length));
      // The scan's values and fits of the moves equal pairValue and fitPercent (scoring/moveScan.ts).
      scan.valuesOf(posts, values);
      const shared = { posts, values, current, columnOfPosition, best, scan, allowed, purposeOf, bitsOf, valueOf };
      considered += offerReachable(shared, allowed.hasOwnRules());
      let count = best.keysInto(kept);
      for (let t = 0; t < count; t++) keptIn[kept[t]!] = stamp;
      for (let k = 0; k < 3; k++) {
        const asked = positionsByPlace.get(scoring.employeePilihan[e * 3 + k] ?? -1);
        if (asked === undefined) continue;
        for (const p of asked) {
          const c = columnOfPosition[p]!;
          if (keptIn[c] === stamp || p === current || overFormasi[p] !== 0 || !allowed.allows(p)) continue;
          scan.valueAndFit(p, scratch);
          bitsOf[p] = purposeOf.bits(p, scratch[1]!);
          valueOf[p] = scratch[0]!;
          keptIn[c] = stamp;
          if (count === kept.length) kept = growInt32(kept);
          kept[count++] = c;
        }
      }
      // In column order: the position codes' order.
      kept.subarray(0, count).sort();
      return count;
    },
    columns: () => kept,
    value: (p) => valueOf[p]!,
    purposes: (p) => bitsOf[p]!,
    consideredPairs: () => considered,
  };
}

interface RowScan {
  readonly posts: Int32Array;
  readonly values: Float64Array;
  readonly current: number;
  readonly columnOfPosition: Int32Array;
  readonly best: TopK;
  readonly scan: MoveScan;
  readonly allowed: PairScan;
  readonly purposeOf: PurposeScan;
  readonly bitsOf: Int32Array;
  readonly valueOf: Float64Array;
}

/** Offers the row's reachable posts with a purpose to the top-k selection; returns how many pairs were considered. */
function offerReachable(row: RowScan, ownRules: boolean): number {
  const { posts, values, current, columnOfPosition, best, scan, allowed, purposeOf, bitsOf, valueOf } = row;
  let considered = 0;
  // Most posts fall below the worst kept move: they are dropped on their value alone.
  let threshold = best.threshold();
  for (let k = 0; k < posts.length; k++) {
    const p = posts[k]!;
    if (p === current || (ownRules && !allowed.allows(p))) continue;
    considered++;
    const value = values[k]!;
    if (value < threshold) continue;
    // Key = column, so ties between equal values go to the position code first in order.
    const c = columnOfPosition[p]!;
    // A move the kept ones beat is dropped whatever its purposes, so these are read only for the rest.
    if (!best.admits(value, c)) continue;
    const bits = purposeOf.bits(p, scan.fitAt(k));
    if (bits === 0) continue;
    bitsOf[p] = bits;
    valueOf[p] = value;
    best.offer(value, c);
    threshold = best.threshold();
  }
  return considered;
}

function growInt32(a: Int32Array): Int32Array {
  const grown = new Int32Array(2 * a.length);
  grown.set(a);
  return grown;
}
