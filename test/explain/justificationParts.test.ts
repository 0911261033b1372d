/**
 * The shortcuts of the justifications against the straightforward computations they replace,
 * on the sample city: component scores without figures, the runner-up of every post found in
 * one pass over the edges, and runner-ups' costs priced once per post.
 */
import { justifyPlan, marginSearch, runnerUpFinder } from '../../src/domain/explain';
import { componentParams, componentResults, componentScores } from '../../src/domain/explain/componentScores';
import { fitComponents } from '../../src/domain/scoring';
import { sampleRun } from '../fairness/sampleRun';
import { seededRandom as random } from '../support/solver/randomInstance';

describe('justification parts on the sample city', () => {
  const { run } = sampleRun(800, 3);
  const { scoring, problem, graph, finalIndex } = run;

  it('reads the same scores, codes and figures as fitComponents, component by component', () => {
    const next = random(7);
    const nE = scoring.tables.employees.length;
    const nP = scoring.tables.positions.length;
    for (let n = 0; n < 400; n++) {
      const e = Math.floor(next() * nE);
      const p = Math.floor(next() * nP);
      const full = fitComponents(scoring, e, p);
      expect(Array.from(componentScores(scoring, e, p))).toEqual(full.map((c) => c.score));
      expect(componentResults(scoring, e, p)).toEqual(full.map((c) => ({ score: c.score, code: c.code })));
      full.forEach((c, i) => expect(componentParams(scoring, i, e, p)).toEqual(c.params));
    }
  });

  it('finds the same runner-up as scanning every edge into the post', () => {
    const find = runnerUpFinder(run);
    let checked = 0;
    for (let row = 0; row < problem.rows; row++) {
      const e = graph.rowEmployee[row]!;
      const p = finalIndex[e]!;
      if (p === scoring.index.currentPosition[e]) continue;
      const c = graph.columnOfPosition[p]!;
      let best = -1;
      for (let k = 0; k < problem.edgeCol.length; k++) {
        if (problem.edgeCol[k] !== c) continue;
        const other = graph.rowEmployee[graph.edgeRow[k]!]!;
        if (finalIndex[other] === p || scoring.index.currentPosition[other] === p) continue;
        if (best < 0 || problem.edgeWeight[k]! > problem.edgeWeight[best]!) best = k;
      }
      const found = find(row);
      expect(found?.edge ?? -1).toBe(best);
      if (found !== null) expect(found.row).toBe(graph.edgeRow[best]);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('prices each runner-up as a search of its own would', () => {
    const { items } = justifyPlan(run);
    const found = marginSearch(run);
    if (!('search' in found)) throw new Error('the sample plan should get margins');
    const find = runnerUpFinder(run);
    const rowOf = new Map(Array.from(graph.rowEmployee, (e, r) => [e, r]));
    let priced = 0;
    for (const item of items) {
      const row = rowOf.get(scoring.index.employeeByNip.get(item.proposal.employee.nip)!)!;
      const runnerUp = find(row);
      expect(item.runnerUp?.placementCost ?? null).toBe(
        runnerUp === null ? null : (found.search.forcedEdge(runnerUp.row, runnerUp.edge) ?? null),
      );
      if (runnerUp !== null) priced++;
    }
    expect(priced).toBeGreaterThan(20);
  });
});
