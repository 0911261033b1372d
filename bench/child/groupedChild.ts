/**
 * Runs in its own process: `node groupedChild.cjs EMPLOYEES SEED [DUMP]`. Builds the
 * planner's candidate graph and unit groups for a generated sample (the steps of `buildPlan`
 * up to the exact solve), then times `solveGroupedAssignment` alone and checks its
 * certificate. Prints one JSON line.
 */

import { readInput } from '../../src/domain/input/readInput';
import { dayFromYmd } from '../../src/domain/model/dates';
import { analyseNeeds } from '../../src/domain/needs';
import { candidateGraph, problemOf } from '../../src/domain/plan/candidateGraph';
import { purposeContext } from '../../src/domain/plan/purpose';
import { unitStaffingGroups } from '../../src/domain/plan/unitStaffing';
import { compatibilityContext, DEFAULT_POLICY, electionFreezeBlock } from '../../src/domain/rules';
import { buildScoringContext } from '../../src/domain/scoring';
import { checkGroupedCertificate } from '../../src/domain/solver/checkGroupedCertificate';
import { solveGroupedAssignment } from '../../src/domain/solver/solveGroupedAssignment';
import { generateSample } from '../../src/sample/generateSample';

const [employees, seed] = process.argv.slice(2).map(Number) as [number, number];
const policy = DEFAULT_POLICY;
const effectiveDate = dayFromYmd(2026, 12, 1) ?? 0;
let t = performance.now();
const sheets = generateSample({ employees, seed }).sheets;
const tables = readInput({
  date1904: false,
  sheets: sheets.map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows.map((row) => [...row])] })),
}).tables;
if (tables === null) throw new Error('the sample did not read');
const needs = analyseNeeds(tables, policy);
const scoring = buildScoringContext(tables, policy, effectiveDate, { needs });
const compat = compatibilityContext(tables, policy, { index: scoring.index, forbidden: [] });
const graph = candidateGraph(scoring, compat, purposeContext(scoring), {
  maxCandidates: 40,
  freezeAll: electionFreezeBlock(policy, effectiveDate) !== null,
  locked: new Map(),
});
const problem = problemOf(graph);
const groups = unitStaffingGroups(policy, scoring.index, needs, graph.colPosition);
const buildMs = performance.now() - t;
t = performance.now();
const stays = Int32Array.from(graph.rowEmployee, (e) => graph.columnOfPosition[scoring.index.currentPosition[e]!]!);
const solution = solveGroupedAssignment(problem, groups, { start: stays });
const solveMs = performance.now() - t;
t = performance.now();
const certified = checkGroupedCertificate(problem, groups, solution).ok;
const checkMs = performance.now() - t;
let moved = 0;
for (let i = 0; i < problem.rows; i++) if (solution.assignment[i] !== stays[i]) moved++;
process.stdout.write(
  JSON.stringify({
    rows: problem.rows,
    cols: problem.cols,
    groups: groups.count,
    edges: problem.edgeCol.length,
    buildMs,
    solveMs,
    checkMs,
    objective: solution.objective,
    status: solution.status,
    certified,
    moved,
    searches: solution.stats.augmentations,
  }) + '\n',
);
