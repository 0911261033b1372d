import { fixtureContext } from '../../../test/support/scoringFixture';
import { compatibilityContext } from '../rules';
import { DEFAULT_POLICY, type Policy } from '../rules/policy';
import { candidateGraph, problemOf } from './candidateGraph';
import { purposeContext } from './purpose';
import { planSideConstraints, unitFlows } from './sideConstraints';

const allOn: Policy = {
  ...DEFAULT_POLICY,
  rules: { ...DEFAULT_POLICY.rules, minTenure: { ...DEFAULT_POLICY.rules.minTenure, enabled: false } },
  constraints: { maxMoves: 3, maxOutflowPerUnit: true, noNetLossInShortage: true },
};

function fixturePlan(policy: Policy) {
  const scoring = fixtureContext({ policy });
  const compat = compatibilityContext(scoring.tables, policy, { index: scoring.index });
  const graph = candidateGraph(scoring, compat, purposeContext(scoring), { maxCandidates: 40, freezeAll: false });
  return { scoring, graph, problem: problemOf(graph) };
}

describe('unitFlows', () => {
  it('lists the moves and each unit’s outflow and inflow edges as a pass over the edges does, in edge order', () => {
    const { scoring, graph, problem } = fixturePlan(allOn);
    const { index } = scoring;
    const moves: number[] = [];
    const outOf: number[][] = index.unitNames.map(() => []);
    const into: number[][] = index.unitNames.map(() => []);
    for (let r = 0; r < problem.rows; r++) {
      const e = graph.rowEmployee[r]!;
      for (let k = problem.rowStart[r]!; k < problem.rowStart[r + 1]!; k++) {
        const p = graph.colPosition[problem.edgeCol[k]!]!;
        if (p === index.currentPosition[e]) continue;
        moves.push(k);
        const from = index.employeeUnit[e]!;
        const to = index.positionUnit[p]!;
        if (from === to) continue;
        if (from >= 0) outOf[from]!.push(k);
        if (to >= 0) into[to]!.push(k);
      }
    }
    const flows = unitFlows(problem, graph, index);
    expect(Array.from(flows.moves)).toEqual(moves);
    expect(moves.length).toBeGreaterThan(3);
    index.unitNames.forEach((_, u) => {
      expect(Array.from(flows.outEdges.subarray(flows.outStart[u], flows.outStart[u + 1]))).toEqual(outOf[u]);
      expect(Array.from(flows.inEdges.subarray(flows.inStart[u], flows.inStart[u + 1]))).toEqual(into[u]);
    });
    expect(unitFlows(problem, graph, index)).toBe(flows);
  });

  it('gives no constraint when none is switched on, and a cap on moves over every move edge', () => {
    const { scoring, graph, problem } = fixturePlan({ ...allOn, constraints: DEFAULT_POLICY.constraints });
    expect(planSideConstraints(problem, graph, scoring.index, scoring.needs, DEFAULT_POLICY)).toEqual([]);
    const capped = planSideConstraints(problem, graph, scoring.index, scoring.needs, allOn)[0]!;
    expect({ edges: Array.from(capped.edges), limit: capped.limit }).toEqual({
      edges: Array.from(unitFlows(problem, graph, scoring.index).moves),
      limit: 3,
    });
    expect(Array.from(capped.coef).every((c) => c === 1)).toBe(true);
  });
});
