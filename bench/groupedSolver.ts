/**
 * The exact grouped solver on the planner's own instances: the candidate graph and unit
 * groups `buildPlan` builds for generated samples of 20,000 and 50,000 employees, timing
 * `solveGroupedAssignment` alone (in a child process, best of the repetitions at 20,000,
 * one run at 50,000) and checking its certificate.
 */

import { lastJsonLine, round1, timeProcess, type Benchmark } from './benchmark';

interface ChildReport {
  rows: number;
  cols: number;
  groups: number;
  edges: number;
  buildMs: number;
  solveMs: number;
  checkMs: number;
  objective: number;
  status: string;
  certified: boolean;
  moved: number;
  searches: number;
}

export const groupedSolverBenchmark: Benchmark = {
  name: 'groupedSolver',
  run: async (ctx) => {
    const entry = await ctx.bundle('child/groupedChild.ts');
    const figures: Record<string, unknown> = {};
    for (const [employees, repeat] of [
      [20000, ctx.repeat],
      [50000, 1],
    ] as const) {
      let best: ChildReport | null = null;
      for (let r = 0; r < repeat; r++) {
        const run = timeProcess(process.execPath, ['--max-old-space-size=8192', entry, String(employees), '1']);
        if (run.status !== 0) throw new Error(`grouped solver child failed: ${run.stderr.slice(0, 500)}`);
        const report = lastJsonLine<ChildReport>(run.stdout);
        if (!best || report.solveMs < best.solveMs) best = report;
      }
      if (!best) throw new Error('no grouped solver run');
      figures[`e${employees}`] = { ...best, buildMs: round1(best.buildMs), solveMs: round1(best.solveMs), checkMs: round1(best.checkMs) };
      ctx.log(
        `grouped solver, plan of ${employees} employees (${best.rows}×${best.cols}, ${best.groups} units, ${best.edges} edges): ` +
          `solve ${round1(best.solveMs)} ms, ${best.searches} searches, ${best.moved} moved, certified ${best.certified}`,
      );
    }
    return figures;
  },
};
