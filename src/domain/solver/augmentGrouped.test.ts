import { solveGroupedAssignment } from './solveGroupedAssignment';
import { randomColumnGroups } from '../../../test/support/solver/groupedInstances';
import { randomSparseProblem, seededRandom } from '../../../test/support/solver/randomInstance';

/**
 * What the searches chose on tie-heavy random instances (small weights, many rows per column,
 * several searches per column's arcs), recorded from the solver that relaxed every arc of a
 * settled column in arc order. Passing over arcs that cannot help must leave every choice,
 * and so the assignment and all duals, exactly as they were.
 */
const RECORDED = [
  'optimal:889:50:4423284',
  'optimal:1377:83:6327ec5',
  'optimal:1301:122:ac866003',
  'optimal:1109:50:c8e02c1b',
  'optimal:1293:59:bd9834de',
  'optimal:527:152:35a4ea88',
  'optimal:2065:51:cfb10e21',
  'optimal:1517:49:2151ab72',
  'optimal:1273:204:cb82cc9d',
  'optimal:2607:175:a07ea080',
  'optimal:2729:63:1c8bae29',
  'optimal:-105:148:60754588',
];

/** Status, objective, searches and a hash of the assignment, its edges and every dual. */
function solveDigest(seed: number): string {
  const rand = seededRandom(7000 + seed);
  const rows = 150 + 25 * seed;
  const cols = 30 + 2 * seed;
  const p = randomSparseProblem(rand, {
    rows,
    cols,
    density: 0.35,
    minWeight: 0,
    maxWeight: 3 + (seed % 4),
    maxCapacity: Math.ceil((3 * rows) / cols),
    homeEdge: true,
  });
  const groups = randomColumnGroups(rand, cols, {
    groups: 4 + (seed % 5),
    ungrouped: 0.2,
    maxListed: 30,
    maxMarginal: 6,
    negative: seed % 3 === 0,
  });
  const start = Int32Array.from({ length: rows }, (_, i) => (seed % 2 === 0 ? i % cols : -1));
  const s = solveGroupedAssignment(p, groups, { start });
  let h = 2166136261;
  for (const a of [s.assignment, s.assignedEdge, s.rowDual, s.colDual, s.groupDual])
    for (const x of a) h = Math.imul(h ^ (x + 1000003), 16777619) >>> 0;
  return `${s.status}:${s.objective}:${s.stats.augmentations}:${h.toString(16)}`;
}

describe('augmentGrouped', () => {
  it('breaks every tie as the full scan in arc order did: same assignment, same duals', () => {
    expect(RECORDED.map((_, t) => solveDigest(t + 1))).toEqual(RECORDED);
  });
});
