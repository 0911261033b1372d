/**
 * Cheap starting points for the exact solver. Each leaves the state invariants of
 * `solverState.ts` intact, so the shortest-path phase that follows stays exact.
 *
 * - `greedyRowMinimum` (any instance): each row in order takes its cheapest column by
 *   reduced cost if that column still has room (ties: a column with room, then lower index).
 * - `jonkerVolgenantReductions` (unit capacities, rows = cols): column reduction, reduction
 *   transfer and two rounds of augmenting row reduction, as in Jonker & Volgenant (1987),
 *   read over CSR rows so sparse square instances benefit too.
 */

import { assignRow, unassignRow, type SolverState } from './solverState';

/**
 * Greedy start: each row in order takes its cheapest column by reduced cost c − v if that
 * column has room. Returns the free rows in ascending order.
 */
export function greedyRowMinimum(s: SolverState): Int32Array {
  const { rows, rowStart, edgeCol, edgeWeight: w, capacity } = s.problem;
  const v = s.v;
  const free = new Int32Array(rows);
  let numFree = 0;
  for (let i = 0; i < rows; i++) {
    let best = -1;
    let bestCost = Infinity;
    let bestHasRoom = false;
    for (let e = rowStart[i] as number, end = rowStart[i + 1] as number; e < end; e++) {
      const j = edgeCol[e] as number;
      const c = -(w[e] as number) - (v[j] as number);
      if (c > bestCost) continue;
      const hasRoom = (s.colCount[j] as number) < (capacity[j] as number);
      if (c < bestCost || (hasRoom && !bestHasRoom)) {
        best = e;
        bestCost = c;
        bestHasRoom = hasRoom;
      }
    }
    if (best >= 0 && bestHasRoom) assignRow(s, i, edgeCol[best] as number, best);
    else free[numFree++] = i;
  }
  return free.slice(0, numFree);
}

/** Column reduction and reduction transfer; returns the free rows (ascending). */
function columnReduction(s: SolverState): Int32Array {
  const { rows, cols, rowStart, edgeCol, edgeWeight: w } = s.problem;
  const v = s.v;
  const colMin = new Float64Array(cols).fill(Infinity);
  const colArgEdge = new Int32Array(cols).fill(-1);
  const colArgRow = new Int32Array(cols);
  for (let i = 0; i < rows; i++) {
    for (let e = rowStart[i] as number, end = rowStart[i + 1] as number; e < end; e++) {
      const j = edgeCol[e] as number;
      const c = -(w[e] as number);
      if (c < (colMin[j] as number)) {
        colMin[j] = c;
        colArgEdge[j] = e;
        colArgRow[j] = i;
      }
    }
  }
  const matches = new Int32Array(rows);
  for (let j = cols - 1; j >= 0; j--) {
    const e = colArgEdge[j] as number;
    if (e < 0) continue;
    v[j] = colMin[j] as number;
    const i = colArgRow[j] as number;
    const seen = matches[i] as number;
    matches[i] = seen + 1;
    if (seen === 0) assignRow(s, i, j, e);
    else if ((v[j] as number) < (v[s.rowCol[i] as number] as number)) {
      unassignRow(s, i);
      assignRow(s, i, j, e);
    }
  }
  const free = new Int32Array(rows);
  let numFree = 0;
  for (let i = 0; i < rows; i++) {
    if (matches[i] === 0) {
      free[numFree++] = i;
      continue;
    }
    if (matches[i] !== 1) continue;
    // Transfer: lower v of the row's column until the row's second-best edge is tight.
    const j1 = s.rowCol[i] as number;
    let second = Infinity;
    for (let e = rowStart[i] as number, end = rowStart[i + 1] as number; e < end; e++) {
      const j = edgeCol[e] as number;
      if (j === j1) continue;
      const h = -(w[e] as number) - (v[j] as number);
      if (h < second) second = h;
    }
    if (second < Infinity) v[j1] = -(w[s.rowEdge[i] as number] as number) - second;
  }
  return free.slice(0, numFree);
}

/**
 * Jonker–Volgenant initialisation for unit-capacity square instances; returns the rows
 * still free afterwards (ascending). `maxSteps` bounds the row-reduction work.
 */
export function jonkerVolgenantReductions(s: SolverState, maxSteps: number): Int32Array {
  const { rowStart, edgeCol, edgeWeight: w } = s.problem;
  const { v, colHead } = s;
  const free = columnReduction(s);
  let numFree = free.length;
  let steps = 0;
  for (let pass = 0; pass < 2; pass++) {
    const previousFree = numFree;
    numFree = 0;
    let k = 0;
    while (k < previousFree) {
      const i = free[k++] as number;
      const from = rowStart[i] as number;
      const to = rowStart[i + 1] as number;
      if (to - from < 2 || ++steps > maxSteps) {
        free[numFree++] = i;
        continue;
      }
      let umin = Infinity;
      let usub = Infinity;
      let e1 = -1;
      let e2 = -1;
      for (let e = from; e < to; e++) {
        const h = -(w[e] as number) - (v[edgeCol[e] as number] as number);
        if (h < usub) {
          if (h >= umin) {
            usub = h;
            e2 = e;
          } else {
            usub = umin;
            e2 = e1;
            umin = h;
            e1 = e;
          }
        }
      }
      let j1 = edgeCol[e1] as number;
      let i0 = colHead[j1] as number;
      if (umin < usub) v[j1] = (v[j1] as number) - (usub - umin);
      else if (i0 >= 0) {
        e1 = e2;
        j1 = edgeCol[e2] as number;
        i0 = colHead[j1] as number;
      }
      if (i0 >= 0) unassignRow(s, i0);
      assignRow(s, i, j1, e1);
      if (i0 >= 0) {
        if (umin < usub) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
  }
  return free.slice(0, numFree).sort();
}
