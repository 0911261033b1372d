/**
 * The candidate graph of a plan: one row per employee, a stay edge for everyone and move
 * edges only where no hard rule forbids the pair AND the move has a purpose (see
 * `purpose.ts`). To keep the graph sparse, each employee keeps the best `maxCandidates`
 * moves by value plus every position they asked for (their aspirations are always heard).
 *
 * A move's value adds to the pair's value the rotation term (rotation due, equal or better
 * fit) and the urgency term (into a post marked Segera, minus leaving one). Both are linear
 * in the moves and never reward a ring of moves by themselves, so the model stays a
 * min-cost flow and pointless rings cost more than they earn.
 */
import type { CompatibilityContext } from '../rules';
import { pairValue, stayValue, type ScoringContext } from '../scoring';
import { moveSelection } from './moveSelection';
import { orderByKey } from './orderByKey';
import { hasPurpose, purposeBits, type PurposeContext } from './purpose';

export { problemOf } from './graphProblem';

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
  /** The purposes (bit set, see `purpose.ts`) of each edge; 0 for a stay edge. */
  readonly edgePurpose: Int32Array;
  readonly capacity: Int32Array;
  readonly edgeRow: Int32Array;
  readonly edgeCol: Int32Array;
  readonly edgeWeight: Float64Array;
  /** Move edges considered per row before pruning (for the figures). */
  readonly consideredPairs: number;
}

/** Builds the candidate graph; see {@link CandidateGraph}. */
export function candidateGraph(
  scoring: ScoringContext,
  compat: CompatibilityContext,
  purposes: PurposeContext,
  options: CandidateOptions,
): CandidateGraph {
  const { tables, index, policy } = scoring;
  const nE = tables.employees.length;
  const nP = tables.positions.length;
  const rowEmployee = orderByKey(tables.employees.map((employee) => employee.nip));
  const colPosition = orderByKey(tables.positions.map((position) => position.code));
  const columnOfPosition = new Int32Array(nP);
  colPosition.forEach((p, c) => (columnOfPosition[p] = c));
  // A position keeps room for everyone who holds it now, so staying is always possible.
  // A position already above its Formasi takes no newcomers in this plan (its surplus
  // holders may stay or leave), so no move can leave a post over Formasi.
  const capacity = new Int32Array(nP);
  const overFormasi = new Uint8Array(nP);
  tables.positions.forEach((position, p) => (overFormasi[p] = (index.holders[p] ?? 0) > position.formasi ? 1 : 0));
  for (let c = 0; c < nP; c++) capacity[c] = Math.max(tables.positions[colPosition[c]!]!.formasi, index.holders[colPosition[c]!] ?? 0);
  const urgent = Uint8Array.from(tables.positions, (position) => (position.prioritas === 'Segera' ? 1 : 0));

  const positionsByPlace = positionsOfPlaces(scoring);
  // Typed arrays sized once for the most edges the rows can have: a 50,000-employee plan has two million.
  const room = edgeRoom(scoring, options, positionsByPlace);
  let size = 0;
  const edgeRow = new Int32Array(room);
  const edgeCol = new Int32Array(room);
  const edgeWeight = new Float64Array(room);
  const edgePurpose = new Int32Array(room);
  const push = (r: number, c: number, weight: number, bits: number) => {
    edgeRow[size] = r;
    edgeCol[size] = c;
    edgeWeight[size] = weight;
    edgePurpose[size] = bits;
    size++;
  };
  const { rotationMove, urgentVacancy } = policy.scoring;
  /** A move into p worth `value` (the pair's value) with its rotation and urgency terms (see the file's note). */
  const pushMove = (r: number, e: number, p: number, value: number, bits: number) => {
    const current = index.currentPosition[e] ?? -1;
    const rotation = hasPurpose(bits, 'ROTATION') ? rotationMove : 0;
    const urgency = urgentVacancy * ((urgent[p] ?? 0) - (current >= 0 ? (urgent[current] ?? 0) : 0));
    push(r, columnOfPosition[p]!, value + rotation + urgency, bits);
  };
  const moves = moveSelection(scoring, compat, purposes, {
    maxCandidates: options.maxCandidates,
    columnOfPosition,
    overFormasi,
    positionsByPlace,
  });
  for (let r = 0; r < nE; r++) {
    const e = rowEmployee[r]!;
    const current = index.currentPosition[e]!;
    const lockedTo = options.locked?.get(e);
    if (lockedTo !== undefined) {
      if (lockedTo === current) push(r, columnOfPosition[current]!, stayValue(scoring, e), 0);
      else pushMove(r, e, lockedTo, pairValue(scoring, e, lockedTo), purposeBits(purposes, e, lockedTo));
      continue;
    }
    if (current >= 0) push(r, columnOfPosition[current]!, stayValue(scoring, e) - followUpStayCost(purposes, e), 0);
    if (options.freezeAll || !scoring.readiness[e]!.canMove) continue;
    const count = moves.select(e, current);
    const kept = moves.columns();
    for (let t = 0; t < count; t++) {
      const p = colPosition[kept[t]!]!;
      pushMove(r, e, p, moves.value(p), moves.purposes(p));
    }
  }
  return {
    rowEmployee,
    colPosition,
    columnOfPosition,
    capacity,
    // Views, not copies: the unused room (a few edges per row) costs less than copying millions of edges.
    edgeRow: edgeRow.subarray(0, size),
    edgeCol: edgeCol.subarray(0, size),
    edgeWeight: edgeWeight.subarray(0, size),
    edgePurpose: edgePurpose.subarray(0, size),
    consideredPairs: moves.consideredPairs(),
  };
}

/** The most edges the graph can have: a stay per row, and per movable row its candidates and every post it asked for. */
function edgeRoom(scoring: ScoringContext, options: CandidateOptions, positionsByPlace: ReadonlyMap<number, readonly number[]>): number {
  let room = 0;
  for (let e = 0; e < scoring.tables.employees.length; e++) {
    room += 2;
    if (options.freezeAll || !scoring.readiness[e]!.canMove) continue;
    room += Math.max(options.maxCandidates, 0);
    for (let k = 0; k < 3; k++) room += positionsByPlace.get(scoring.employeePilihan[e * 3 + k] ?? -1)?.length ?? 0;
  }
  return room;
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

/**
 * A placement an evaluation found wanting is not worth keeping: staying costs what a move
 * costs plus the stability it would keep, so any allowed post with a purpose is preferred
 * unless it breaks another rule (docs/sheets.md#tindak-lanjut).
 */
function followUpStayCost(purposes: PurposeContext, e: number): number {
  if (purposes.replacing[e] !== 1) return 0;
  const { disruptionCost, stabilityBonus } = purposes.scoring.policy.scoring;
  return disruptionCost + 2 * stabilityBonus;
}
