/**
 * The candidate graph of a plan: one row per employee, one column per position, a stay
 * edge for everyone and move edges only where no hard rule forbids the pair. To keep the
 * graph sparse, each employee keeps the best `maxCandidates` moves by value plus every
 * position they asked for (their aspirations are always heard).
 */
import type { CompatibilityContext } from '../rules';
import { isPairAllowed } from '../rules';
import { pairValue, stayValue, type ScoringContext } from '../scoring';

export interface CandidateOptions {
  readonly maxCandidates: number;
  /** Employees kept in place whatever their readiness (e.g. the election freeze). */
  readonly freezeAll: boolean;
  /** Pairs `e * positionCount + p` that must be taken (reviewers' Setuju): the only edge of row e. */
  readonly locked?: ReadonlyMap<number, number>;
}

export interface CandidateGraph {
  /** Employee index of each row, rows in NIP order (ties are broken by row order). */
  readonly rowEmployee: Int32Array;
  /** Position index of each column, columns in code order. */
  readonly colPosition: Int32Array;
  readonly columnOfPosition: Int32Array;
  readonly capacity: Int32Array;
  readonly edgeRow: Int32Array;
  readonly edgeCol: Int32Array;
  readonly edgeWeight: Float64Array;
  /** Move edges considered per row before pruning (for the figures). */
  readonly consideredPairs: number;
}

/** Builds the candidate graph; see {@link CandidateGraph}. */
export function candidateGraph(scoring: ScoringContext, compat: CompatibilityContext, options: CandidateOptions): CandidateGraph {
  const { tables, index } = scoring;
  const nE = tables.employees.length;
  const nP = tables.positions.length;
  const rowEmployee = Int32Array.from(orderBy(nE, (e) => tables.employees[e]!.nip));
  const colPosition = Int32Array.from(orderBy(nP, (p) => tables.positions[p]!.code));
  const columnOfPosition = new Int32Array(nP);
  colPosition.forEach((p, c) => (columnOfPosition[p] = c));

  // A position keeps room for everyone who holds it now, so staying is always possible.
  // A position already above its Formasi takes no newcomers in this plan (its surplus
  // holders may stay or leave), so no move can leave a post over Formasi.
  const capacity = new Int32Array(nP);
  const overFormasi = new Uint8Array(nP);
  tables.positions.forEach((position, p) => (overFormasi[p] = (index.holders[p] ?? 0) > position.formasi ? 1 : 0));
  for (let c = 0; c < nP; c++) {
    const p = colPosition[c]!;
    capacity[c] = Math.max(tables.positions[p]!.formasi, index.holders[p] ?? 0);
  }

  const edgeRow: number[] = [];
  const edgeCol: number[] = [];
  const edgeWeight: number[] = [];
  let consideredPairs = 0;
  const values = new Float64Array(nP);
  const picked: number[] = [];
  for (let r = 0; r < nE; r++) {
    const e = rowEmployee[r]!;
    const current = index.currentPosition[e]!;
    const lockedTo = options.locked?.get(e);
    if (lockedTo !== undefined) {
      edgeRow.push(r);
      edgeCol.push(columnOfPosition[lockedTo]!);
      edgeWeight.push(lockedTo === current ? stayValue(scoring, e) : pairValue(scoring, e, lockedTo));
      continue;
    }
    picked.length = 0;
    if (!options.freezeAll && scoring.readiness[e]!.canMove) {
      for (let p = 0; p < nP; p++) {
        if (p === current || overFormasi[p] === 1 || !isPairAllowed(compat, e, p)) continue;
        consideredPairs++;
        values[p] = pairValue(scoring, e, p);
        picked.push(p);
      }
      // Best first; ties by position code order so the pruning is deterministic.
      picked.sort((a, b) => values[b]! - values[a]! || columnOfPosition[a]! - columnOfPosition[b]!);
      const aspired = aspiredPositions(scoring, e);
      const keep = picked.filter((p, rank) => rank < options.maxCandidates || aspired.has(p));
      picked.length = 0;
      picked.push(...keep);
    }
    const moves = picked.map((p) => columnOfPosition[p]!);
    const cols = current >= 0 ? [columnOfPosition[current]!, ...moves] : moves;
    const weights = current >= 0 ? [stayValue(scoring, e), ...picked.map((p) => values[p]!)] : picked.map((p) => values[p]!);
    cols.forEach((c, k) => {
      edgeRow.push(r);
      edgeCol.push(c);
      edgeWeight.push(weights[k]!);
    });
  }
  return {
    rowEmployee,
    colPosition,
    columnOfPosition,
    capacity,
    edgeRow: Int32Array.from(edgeRow),
    edgeCol: Int32Array.from(edgeCol),
    edgeWeight: Float64Array.from(edgeWeight),
    consideredPairs,
  };
}

/** Positions an employee named as Pilihan 1-3, directly by code or through their unit. */
function aspiredPositions(scoring: ScoringContext, e: number): Set<number> {
  const places = new Set<number>();
  for (let k = 0; k < 3; k++) {
    const place = scoring.employeePilihan[e * 3 + k] ?? -1;
    if (place >= 0) places.add(place);
  }
  const result = new Set<number>();
  if (places.size === 0) return result;
  const nP = scoring.tables.positions.length;
  for (let p = 0; p < nP; p++) {
    if (places.has(scoring.positionPlaces[p * 2]!) || places.has(scoring.positionPlaces[p * 2 + 1]!)) result.add(p);
  }
  return result;
}

function orderBy(n: number, key: (i: number) => string): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
}
