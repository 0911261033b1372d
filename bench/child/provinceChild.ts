/**
 * Runs in its own process so peak RSS belongs to this benchmark alone:
 * `node provinceChild.mjs ROWS COLS CANDIDATES SLACK SEED UNITS`. Prints one JSON line.
 * The convex unit model of the planner: columns form units (the solver's column groups)
 * valued with diminishing returns, solved by `solveGroupedAssignment` and certified by
 * `checkGroupedCertificate`. UNITS = 0 solves the plain assignment instead (`solveAssignment`,
 * `checkCertificate`), the model before units were valued.
 */

import { readFileSync } from 'node:fs';
import { buildAssignmentProblem } from '../../src/domain/solver/assignmentProblem';
import { checkCertificate } from '../../src/domain/solver/checkCertificate';
import { checkGroupedCertificate } from '../../src/domain/solver/checkGroupedCertificate';
import { solveAssignment } from '../../src/domain/solver/solveAssignment';
import { solveGroupedAssignment } from '../../src/domain/solver/solveGroupedAssignment';
import { sparseInstance, unitGroups } from '../instances';

/** Peak resident set of this process in MB. Linux keeps ru_maxrss across exec (it would
 *  report the parent's peak), so VmHWM from /proc is preferred where it exists. */
function peakRssMb(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1]) return Number(match[1]) / 1024;
  } catch {
    // not Linux: fall back below
  }
  return process.resourceUsage().maxRSS / 1024;
}

const [rows, cols, candidates, slack, seed, units] = process.argv.slice(2).map(Number) as [number, number, number, number, number, number];
const inst = sparseInstance({ rows, cols, candidates, slack, seed });
let t = performance.now();
const built = buildAssignmentProblem(inst);
if (!built.ok) throw new Error(`invalid instance: ${built.issues[0]?.code ?? ''}`);
const problem = built.value.problem;
const groups = units > 0 ? unitGroups(inst, units, seed) : null;
const buildMs = performance.now() - t;
t = performance.now();
const solution = groups ? solveGroupedAssignment(problem, groups, { start: inst.home }) : solveAssignment(problem);
const solveMs = performance.now() - t;
t = performance.now();
const certified = groups
  ? checkGroupedCertificate(problem, groups, solution as ReturnType<typeof solveGroupedAssignment>).ok
  : checkCertificate(problem, solution).ok;
const checkMs = performance.now() - t;
process.stdout.write(
  JSON.stringify({
    edges: problem.edgeCol.length,
    units: groups?.count ?? 0,
    capacity: inst.capacity.reduce((a, b) => a + b, 0),
    solveMs,
    buildMs,
    checkMs,
    objective: solution.objective,
    status: solution.status,
    certified,
    augmentations: solution.stats.augmentations,
    rssMb: peakRssMb(),
  }) + '\n',
);
