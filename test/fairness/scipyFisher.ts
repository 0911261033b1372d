/**
 * scipy.stats.fisher_exact as an independent oracle: one python3 run over a batch of 2×2
 * tables. Tries `python3` on the PATH, then `/usr/bin/python3`; the first with scipy wins.
 */
import { spawnSync } from 'node:child_process';
export { findScipyPython } from '../support/scipyPython';

const SCRIPT = `
import json, sys
from scipy.stats import fisher_exact
tables = json.load(sys.stdin)
print(json.dumps([float(fisher_exact([[a, b], [c, d]], alternative="two-sided").pvalue) for a, b, c, d in tables]))
`;

/** Two-sided p-values from scipy for tables [a, b, c, d] = [[a, b], [c, d]]. */
export function scipyFisher(python: string, tables: readonly (readonly [number, number, number, number])[]): number[] {
  const run = spawnSync(python, ['-c', SCRIPT], { input: JSON.stringify(tables), encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`scipy fisher_exact failed: ${run.stderr.slice(0, 2000)}`);
  return JSON.parse(run.stdout) as number[];
}
