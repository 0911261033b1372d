/**
 * The candidate graph of a plan: one row per employee, one column per position, a stay
 * edge for everyone and move edges only where no hard rule forbids the pair. To keep the
 * graph sparse, each employee keeps the best `maxCandidates` moves by value plus every
 * position they asked for (their aspirations are always heard).
 */
import type { CompatibilityContext } from '../rules';
import { isPairAllowed } from '../rules';
import { pairValue, stayValue, type ScoringContext } from '../scoring';
import { TopK } from './topK';

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
  const push = (r: number, p: number, weight: number) => {
    edgeRow.push(r);
    edgeCol.push(columnOfPosition[p]!);
    edgeWeight.push(weight);
  };
  let consideredPairs = 0;
  const best = new TopK(options.maxCandidates);
  const positionsByPlace = positionsOfPlaces(scoring);
  const byJenis = positionsByJenis(compat);
  for (let r = 0; r < nE; r++) {
    const e = rowEmployee[r]!;
    const current = index.currentPosition[e]!;
    const lockedTo = options.locked?.get(e);
    if (lockedTo !== undefined) {
      push(r, lockedTo, lockedTo === current ? stayValue(scoring, e) : pairValue(scoring, e, lockedTo));
      continue;
    }
    if (current >= 0) push(r, current, stayValue(scoring, e));
    if (options.freezeAll || !scoring.readiness[e]!.canMove) continue;
    const allowed = (p: number) => p !== current && overFormasi[p] === 0 && isPairAllowed(compat, e, p);
    best.clear();
    for (const group of groupsToScan(compat, current, byJenis)) {
      for (let k = 0; k < group.length; k++) {
        const p = group[k]!;
        if (!allowed(p)) continue;
        consideredPairs++;
        // Key = column, so ties between equal values go to the position code first in order.
        best.offer(pairValue(scoring, e, p), columnOfPosition[p]!);
      }
    }
    const kept = new Set(best.keysBestFirst().map((c) => colPosition[c]!));
    for (const p of aspiredPositions(scoring, e, positionsByPlace)) if (allowed(p)) kept.add(p);
    for (const p of kept) push(r, p, pairValue(scoring, e, p));
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
function aspiredPositions(scoring: ScoringContext, e: number, positionsByPlace: ReadonlyMap<number, readonly number[]>): number[] {
  const result: number[] = [];
  for (let k = 0; k < 3; k++) {
    const place = scoring.employeePilihan[e * 3 + k] ?? -1;
    if (place >= 0) result.push(...(positionsByPlace.get(place) ?? []));
  }
  return result;
}

/** Positions by "place" (a unit or a position code, as the scoring context numbers them). */
function positionsOfPlaces(scoring: ScoringContext): Map<number, number[]> {
  const byPlace = new Map<number, number[]>();
  const add = (place: number, p: number) => {
    if (place < 0) return;
    const list = byPlace.get(place);
    if (list) list.push(p);
    else byPlace.set(place, [p]);
  };
  for (let p = 0; p < scoring.tables.positions.length; p++) {
    add(scoring.positionPlaces[p * 2]!, p);
    add(scoring.positionPlaces[p * 2 + 1]!, p);
  }
  return byPlace;
}

/** Position indexes grouped by Jenis Jabatan (index into the compatibility context's order). */
function positionsByJenis(compat: CompatibilityContext): Int32Array[] {
  const groups: number[][] = [[], [], [], [], []];
  compat.positionJenis.forEach((jenis, p) => groups[jenis]?.push(p));
  return groups.map((g) => Int32Array.from(g));
}

/**
 * The positions worth testing for a move from `current`: with the position-type rule on,
 * only the Jenis Jabatan its matrix allows (a third of the positions, typically); every
 * pair is still checked by `isPairAllowed`.
 */
function groupsToScan(compat: CompatibilityContext, current: number, byJenis: readonly Int32Array[]): Int32Array[] {
  const from = current >= 0 ? (compat.positionJenis[current] ?? -1) : -1;
  if (!compat.policy.rules.positionType.enabled || from < 0) return [...byJenis];
  return byJenis.filter((_, to) => compat.allowedJenis[from * 5 + to] === 1);
}

function orderBy(n: number, key: (i: number) => string): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
}
