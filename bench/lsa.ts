/**
 * Dense assignment against scipy's linear_sum_assignment on the same seeded integer
 * matrix (weights 0..100000), both timed in-process around the solve call alone (best of
 * `repeat`). Our solver gets one small warm-up solve first so the JIT has compiled it.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { denseAssignmentProblem } from '../src/domain/solver/assignmentProblem';
import { solveAssignment } from '../src/domain/solver/solveAssignment';
import { lastJsonLine, round1, timeProcess, type Benchmark } from './benchmark';
import { denseWeights } from './instances';

const SIZES = [1000, 2000, 4000];

export interface LsaRow {
  readonly n: number;
  readonly ours_ms: number;
  readonly scipy_ms: number | null;
  readonly ratio: number | null;
  readonly same_objective: boolean | null;
}

export const lsaBenchmark: Benchmark = {
  name: 'lsa',
  run: async (ctx) => {
    solveAssignment(denseAssignmentProblem(300, 300, denseWeights(300, 1)));
    const out: LsaRow[] = [];
    for (const n of SIZES) {
      const weights = denseWeights(n, 1000 + n);
      const problem = denseAssignmentProblem(n, n, weights);
      let ours = Infinity;
      let objective = 0;
      for (let r = 0; r < ctx.repeat; r++) {
        const start = performance.now();
        const s = solveAssignment(problem);
        ours = Math.min(ours, performance.now() - start);
        objective = s.objective;
      }
      let scipyMs: number | null = null;
      let same: boolean | null = null;
      if (ctx.scipyMissing === null) {
        const file = join(ctx.tmpDir, `dense-${n}.bin`);
        writeFileSync(file, new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength));
        const run = timeProcess(ctx.python, [join(__dirname, 'python', 'lsa_time.py'), file, String(n), String(ctx.repeat)]);
        if (run.status !== 0) throw new Error(`scipy failed: ${run.stderr.slice(0, 500)}`);
        const theirs = lastJsonLine<{ ms: number; objective: number }>(run.stdout);
        scipyMs = round1(theirs.ms);
        same = theirs.objective === objective;
      }
      const row: LsaRow = {
        n,
        ours_ms: round1(ours),
        scipy_ms: scipyMs,
        ratio: scipyMs ? Math.round((ours / scipyMs) * 1000) / 1000 : null,
        same_objective: same,
      };
      ctx.log(
        `lsa n=${n}: ours ${row.ours_ms} ms, scipy ${row.scipy_ms ?? '—'} ms, ratio ${row.ratio ?? '—'}, same objective ${row.same_objective ?? '—'}`,
      );
      out.push(row);
    }
    return out;
  },
};
