/**
 * Whole-process comparison on a 20,000 × 6,000 sparse instance written as JSON:
 * `node solveMain.mjs FILE.json` (parse, build, solve exactly, print) against a Python
 * process doing json.load + min_weight_full_bipartite_matching on the slot-expanded graph.
 */

import { join } from 'node:path';
import { round1, timeProcess, lastJsonLine, type Benchmark } from './benchmark';
import { sparseInstance, writeInstanceJson } from './instances';

const ROWS = 20000;
const COLS = 6000;

export const solveProcessBenchmark: Benchmark = {
  name: 'solve-process',
  run: async (ctx) => {
    const entry = await ctx.bundle('child/solveMain.ts');
    const file = join(ctx.tmpDir, 'solve-20000x6000.json');
    const bytes = writeInstanceJson(file, sparseInstance({ rows: ROWS, cols: COLS, candidates: 30, slack: 1, seed: 77 }));
    let oursMs = Infinity;
    let ours: { objective: number | null } = { objective: null };
    for (let r = 0; r < ctx.repeat; r++) {
      const run = timeProcess(process.execPath, [entry, file]);
      if (run.status !== 0) throw new Error(`solve process failed: ${run.stderr.slice(0, 500)}`);
      oursMs = Math.min(oursMs, run.ms);
      ours = lastJsonLine<{ objective: number | null }>(run.stdout);
    }
    let scipyMs: number | null = null;
    let same: boolean | null = null;
    if (ctx.scipyMissing === null) {
      let best = Infinity;
      let theirs: { objective: number | null } = { objective: null };
      for (let r = 0; r < ctx.repeat; r++) {
        const run = timeProcess(ctx.python, [join(__dirname, 'python', 'sparse_solve.py'), file]);
        if (run.status !== 0) throw new Error(`scipy process failed: ${run.stderr.slice(0, 500)}`);
        best = Math.min(best, run.ms);
        theirs = lastJsonLine<{ objective: number | null }>(run.stdout);
      }
      scipyMs = round1(best);
      same = theirs.objective === ours.objective;
    }
    const result = {
      rows: ROWS,
      cols: COLS,
      file_mb: round1(bytes / 1e6),
      ours_ms: round1(oursMs),
      scipy_ms: scipyMs,
      ratio: scipyMs ? Math.round((oursMs / scipyMs) * 1000) / 1000 : null,
      same_objective: same,
    };
    ctx.log(
      `solve process ${ROWS}×${COLS} (${result.file_mb} MB JSON): node ${result.ours_ms} ms, python+scipy ${scipyMs ?? '—'} ms, same objective ${same ?? '—'}`,
    );
    return result;
  },
};
