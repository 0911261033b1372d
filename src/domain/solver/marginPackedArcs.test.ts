import { lastMarginal, nextMarginal } from './columnGroups';
import { addArc, arcBuffer, backwardArcs, forwardArcs, type ArcLists } from './marginArcs';
import { packedArcs } from './marginPackedArcs';
import { marginResidual } from './marginResidual';
import { solveGroupedAssignment } from './solveGroupedAssignment';
import { randomMarginInstance } from '../../../test/support/solver/groupedInstances';
import { seededRandom } from '../../../test/support/solver/randomInstance';

describe('the packed margin arcs', () => {
  it('are the lists written pair by pair, and stand aside for a cost that is no 32-bit whole number', () => {
    let checked = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const rand = seededRandom(seed);
      const { problem: p, groups } = randomMarginInstance(rand, { density: 0.2, negative: seed % 2 === 1 });
      const s = solveGroupedAssignment(p, groups);
      if (!s.feasible) continue;
      const residual = marginResidual(p, groups, s)!;
      const R = p.rows;
      const nodes = R + p.cols + groups.count + 1;
      const other = arcBuffer(R + 2 * p.cols + 2 * groups.count);
      for (let i = 0; i < R; i++) addArc(other, R + p.edgeCol[s.assignedEdge[i]!]!, i, 0);
      for (let j = 0; j < p.cols; j++) {
        const g = groups.colGroup[j]!;
        const over = g >= 0 ? R + p.cols + g : nodes - 1;
        if (residual.load[j]! < p.capacity[j]!) addArc(other, R + j, over, 0);
        if (residual.load[j]! > 0) addArc(other, over, R + j, s.colDual[j]!);
      }
      for (let g = 0; g < groups.count; g++) {
        addArc(other, R + p.cols + g, nodes - 1, s.groupDual[g]! - nextMarginal(groups, g, residual.groupLoad[g]!));
        if (residual.groupLoad[g]! > 0)
          addArc(other, nodes - 1, R + p.cols + g, lastMarginal(groups, g, residual.groupLoad[g]!) - s.groupDual[g]!);
      }
      const duals = {
        ...p,
        assignedEdge: s.assignedEdge,
        rowDual: s.rowDual,
        colDual: s.colDual,
        colGroup: groups.colGroup,
        rho: s.groupDual,
      };
      const reduced = new Float64Array(p.edgeCol.length);
      for (let i = 0; i < R; i++) {
        for (let k = p.rowStart[i]!; k < p.rowStart[i + 1]!; k++) {
          const g = groups.colGroup[p.edgeCol[k]!]!;
          reduced[k] = s.rowDual[i]! + s.colDual[p.edgeCol[k]!]! - p.edgeWeight[k]! - (g >= 0 ? s.groupDual[g]! : 0);
        }
      }
      const packed = packedArcs(nodes, duals, other)!;
      const edges = { rowStart: p.rowStart, edgeCol: p.edgeCol, assignedEdge: s.assignedEdge, reduced };
      const plain = (lists: ArcLists) => ({ start: Array.from(lists.start), head: Array.from(lists.head), cost: Array.from(lists.cost) });
      expect(plain(packed.forward)).toEqual(plain(forwardArcs(nodes, edges, other)));
      expect(plain(packed.backward)).toEqual(plain(backwardArcs(nodes, edges, other)));
      const halves = { ...duals, rowDual: s.rowDual.map((u) => u + 0.5) };
      expect(packedArcs(nodes, halves, other)).toBeNull();
      const huge = { ...duals, rowDual: s.rowDual.map((u) => u + 2 ** 31) };
      expect(packedArcs(nodes, huge, other)).toBeNull();
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});
