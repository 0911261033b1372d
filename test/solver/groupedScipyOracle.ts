/**
 * scipy as an independent oracle for the grouped solver: the flow LP solved by
 * `scipy.optimize.linprog(method='highs')`. Variables: x_e ∈ [0, 1] per edge, y ∈ [0, 1] per
 * listed marginal and t ≥ 0 per group (the tail); each row takes one edge, each column at
 * most its capacity, and the rows in a group's columns equal Σ y + t. The constraint matrix
 * is a network matrix, so the LP optimum is the integer optimum.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AssignmentProblem } from '../../src/domain/solver/assignmentProblem';
import type { ColumnGroups } from '../../src/domain/solver/columnGroups';
import { findScipyPython } from '../support/scipyPython';

const SCRIPT = String.raw`
import json, sys
import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix

out = []
for inst in json.load(open(sys.argv[1])):
    rows, cols, G = inst["rows"], inst["cols"], inst["groups"]
    er, ec, ew = inst["edgeRow"], inst["edgeCol"], inst["edgeWeight"]
    marg, tail, colGroup, cap = inst["marginals"], inst["tail"], inst["colGroup"], inst["capacity"]
    E = len(er)
    ny = sum(len(m) for m in marg)
    n = E + ny + G
    c = np.zeros(n)
    c[:E] = -np.array(ew, dtype=float)
    bounds = [(0, 1)] * (E + ny) + [(0, None)] * G
    k = E
    eq_r, eq_c, eq_v = [], [], []
    for g in range(G):
        for m in marg[g]:
            c[k] = -m
            eq_r.append(rows + g); eq_c.append(k); eq_v.append(-1.0)
            k += 1
    for g in range(G):
        c[E + ny + g] = -tail[g]
        eq_r.append(rows + g); eq_c.append(E + ny + g); eq_v.append(-1.0)
    for e in range(E):
        eq_r.append(er[e]); eq_c.append(e); eq_v.append(1.0)
        g = colGroup[ec[e]]
        if g >= 0:
            eq_r.append(rows + g); eq_c.append(e); eq_v.append(1.0)
    A_eq = coo_matrix((eq_v, (eq_r, eq_c)), shape=(rows + G, n)).tocsr()
    b_eq = np.concatenate([np.ones(rows), np.zeros(G)])
    A_ub = coo_matrix((np.ones(E), (ec, np.arange(E))), shape=(cols, n)).tocsr()
    res = linprog(c, A_ub=A_ub, b_ub=np.array(cap, dtype=float), A_eq=A_eq, b_eq=b_eq, bounds=bounds, method="highs")
    out.append(int(round(-res.fun)) if res.status == 0 else None)
print(json.dumps(out))
`;

/** Why scipy cannot be used here, or null when it can. */
export function groupedScipyUnavailableReason(): string | null {
  const found = findScipyPython();
  return 'reason' in found ? found.reason : null;
}

/** Optimal objectives (edge weights plus group values) according to scipy; null = no full assignment. */
export function groupedScipyObjectives(instances: readonly { problem: AssignmentProblem; groups: ColumnGroups }[]): (number | null)[] {
  const found = findScipyPython();
  if ('reason' in found) throw new Error(`no python with scipy: ${found.reason}`);
  const dir = mkdtempSync(join(tmpdir(), 'grouped-oracle-'));
  try {
    const payload = instances.map(({ problem: p, groups }) => {
      const edgeRow: number[] = [];
      for (let i = 0; i < p.rows; i++) for (let e = p.rowStart[i] as number; e < (p.rowStart[i + 1] as number); e++) edgeRow.push(i);
      const marginals = Array.from({ length: groups.count }, (_, g) =>
        Array.from(groups.marginal.subarray(groups.groupStart[g], groups.groupStart[g + 1])),
      );
      return {
        rows: p.rows,
        cols: p.cols,
        groups: groups.count,
        capacity: Array.from(p.capacity),
        edgeRow,
        edgeCol: Array.from(p.edgeCol),
        edgeWeight: Array.from(p.edgeWeight),
        marginals,
        tail: Array.from(groups.tail),
        colGroup: Array.from(groups.colGroup),
      };
    });
    const file = join(dir, 'instances.json');
    writeFileSync(file, JSON.stringify(payload));
    const script = join(dir, 'oracle.py');
    writeFileSync(script, SCRIPT);
    const run = spawnSync(found.python, [script, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`scipy oracle failed: ${run.stderr.slice(0, 2000)}`);
    return JSON.parse(run.stdout) as (number | null)[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
