/**
 * scipy as an independent oracle: writes instances to a temporary JSON file and runs
 * python3 once over the batch. Dense instances go to `linear_sum_assignment` (columns
 * expanded into one slot per unit of capacity), sparse ones to
 * `min_weight_full_bipartite_matching` on the slot-expanded biadjacency matrix.
 */

import { findScipyPython } from '../support/scipyPython';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AssignmentProblem } from '../../src/domain/solver/assignmentProblem';

const SCRIPT = String.raw`
import json, sys
import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

def slots(capacity):
    owner = []
    for j, c in enumerate(capacity):
        owner.extend([j] * c)
    return np.array(owner, dtype=np.int64)

out = []
for inst in json.load(open(sys.argv[1])):
    rows, cap = inst["rows"], inst["capacity"]
    owner = slots(cap)
    if len(owner) < rows:
        out.append(None)
        continue
    if inst["kind"] == "dense":
        w = np.array(inst["weights"], dtype=np.float64).reshape(rows, len(cap))
        big = w[:, owner]
        r, c = linear_sum_assignment(big, maximize=True)
        out.append(int(round(big[r, c].sum())))
        continue
    er, ec, ew = (np.array(inst[k], dtype=np.int64) for k in ("edgeRow", "edgeCol", "edgeWeight"))
    first = np.concatenate([[0], np.cumsum(cap)])
    reps = np.array(cap, dtype=np.int64)[ec]
    r = np.repeat(er, reps)
    wv = np.repeat(ew, reps)
    starts = np.repeat(first[ec], reps)
    offs = np.arange(len(r)) - np.repeat(np.cumsum(reps) - reps, reps)
    c = starts + offs
    off = 1 - (int(ew.min()) if len(ew) else 0)
    m = csr_matrix(((wv + off).astype(np.float64), (r, c)), shape=(rows, len(owner)))
    try:
        rr, cc = min_weight_full_bipartite_matching(m, maximize=True)
    except ValueError:
        out.append(None)
        continue
    out.append(int(round(m[rr, cc].sum())) - off * rows)
print(json.dumps(out))
`;

/** Why scipy cannot be used here, or null when it can. */
export function scipyUnavailableReason(): string | null {
  const found = findScipyPython();
  return 'reason' in found ? found.reason : null;
}

function scipyPython(): string {
  const found = findScipyPython();
  if ('reason' in found) throw new Error(`no python with scipy: ${found.reason}`);
  return found.python;
}

export type OracleInstance = { kind: 'dense'; problem: AssignmentProblem } | { kind: 'sparse'; problem: AssignmentProblem };

/** Optimal objectives according to scipy (null = no full assignment). */
export function scipyObjectives(instances: readonly OracleInstance[]): (number | null)[] {
  const dir = mkdtempSync(join(tmpdir(), 'solver-oracle-'));
  try {
    const payload = instances.map(({ kind, problem: p }) => {
      const capacity = Array.from(p.capacity, (c) => Math.min(c, p.rows));
      if (kind === 'dense') return { kind, rows: p.rows, capacity, weights: Array.from(p.edgeWeight) };
      const edgeRow: number[] = [];
      for (let i = 0; i < p.rows; i++) for (let e = p.rowStart[i] as number; e < (p.rowStart[i + 1] as number); e++) edgeRow.push(i);
      return { kind, rows: p.rows, capacity, edgeRow, edgeCol: Array.from(p.edgeCol), edgeWeight: Array.from(p.edgeWeight) };
    });
    const file = join(dir, 'instances.json');
    writeFileSync(file, JSON.stringify(payload));
    const script = join(dir, 'oracle.py');
    writeFileSync(script, SCRIPT);
    const run = spawnSync(scipyPython(), [script, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`scipy oracle failed: ${run.stderr.slice(0, 2000)}`);
    return JSON.parse(run.stdout) as (number | null)[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
