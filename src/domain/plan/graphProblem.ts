/**
 * The solver's problem of a candidate graph. The graph lists each row's edges together, rows in
 * order, a row's moves already in column order after its stay edge; so the compressed rows are
 * written straight from it, each row put in column order by an insertion pass that moves at
 * most the stay edge, instead of the solver's general builder sorting a million edges again.
 * The result equals `buildAssignmentProblem`'s (graphProblem.test.ts checks it); a graph
 * outside that shape, or one the builder would reject, goes through the builder.
 */
import { buildAssignmentProblem, MAX_ABS_WEIGHT, type AssignmentProblem } from '../solver/assignmentProblem';
import type { CandidateGraph } from './candidateGraph';

/** The graph as the parts of the problem it becomes. */
type GraphEdges = Pick<CandidateGraph, 'rowEmployee' | 'colPosition' | 'capacity' | 'edgeRow' | 'edgeCol' | 'edgeWeight'>;

/** The solver's problem of a candidate graph. The graph is built valid, so a rejection is a programming error. */
export function problemOf(graph: GraphEdges): AssignmentProblem {
  return compressedRows(graph) ?? builtProblem(graph);
}

/** The problem written row by row; null when the graph's edges are not grouped by row in order or the builder would reject them. */
function compressedRows(graph: GraphEdges): AssignmentProblem | null {
  const rows = graph.rowEmployee.length;
  const cols = graph.colPosition.length;
  const { edgeRow, edgeCol: graphCol, edgeWeight: graphWeight } = graph;
  const m = edgeRow.length;
  if (graphCol.length !== m || graphWeight.length !== m || graph.capacity.length !== cols) return null;
  const rowStart = new Int32Array(rows + 1);
  let previous = 0;
  for (let k = 0; k < m; k++) {
    const r = edgeRow[k]!;
    if (r < previous || r >= rows) return null;
    previous = r;
    rowStart[r + 1]!++;
  }
  for (let r = 0; r < rows; r++) rowStart[r + 1]! += rowStart[r]!;
  const edgeCol = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  for (let r = 0; r < rows; r++) {
    const from = rowStart[r]!;
    const to = rowStart[r + 1]!;
    // Stable insertion by column, as the builder orders a row.
    for (let k = from; k < to; k++) {
      const c = graphCol[k]!;
      const w = graphWeight[k]!;
      if (c < 0 || c >= cols || !Number.isInteger(w) || Math.abs(w) > MAX_ABS_WEIGHT) return null;
      let at = k;
      while (at > from && edgeCol[at - 1]! > c) {
        edgeCol[at] = edgeCol[at - 1]!;
        edgeWeight[at] = edgeWeight[at - 1]!;
        at--;
      }
      if (at > from && edgeCol[at - 1] === c) return null;
      edgeCol[at] = c;
      edgeWeight[at] = w;
    }
  }
  for (let c = 0; c < cols; c++) if (graph.capacity[c]! < 0) return null;
  return { rows, cols, rowStart, edgeCol, edgeWeight, capacity: Int32Array.from(graph.capacity) };
}

function builtProblem(graph: GraphEdges): AssignmentProblem {
  const built = buildAssignmentProblem({
    rows: graph.rowEmployee.length,
    cols: graph.colPosition.length,
    capacity: graph.capacity,
    edgeRow: graph.edgeRow,
    edgeCol: graph.edgeCol,
    edgeWeight: graph.edgeWeight,
  });
  if (!built.ok) throw new Error(`candidate graph rejected by the solver: ${built.issues.map((i) => i.code).join(', ')}`);
  return built.value.problem;
}
