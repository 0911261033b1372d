/**
 * End to end `mutasi plan` (read the .xlsx, validate, plan, fairness, write the result) as a
 * whole process on synthetic Tebing Tinggi workbooks of 5,000 and 50,000 employees.
 */
import { join } from 'node:path';
import { timeProcess, type Benchmark, type BenchContext } from './benchmark';

const CLI = join(__dirname, '..', 'bin', 'mutasi.js');

async function planFigures(
  ctx: BenchContext,
  employees: number,
  repeat: number,
): Promise<{ employees: number; ms: number; moves: number }> {
  // The CLI bundle is rebuilt first, so the figures are those of the sources as they are.
  const built = timeProcess(process.execPath, [join(__dirname, '..', 'scripts', 'build-cli.mjs')]);
  if (built.status !== 0) throw new Error(`CLI build failed: ${built.stderr}`);
  const input = join(ctx.tmpDir, `sample-${employees}.xlsx`);
  const made = timeProcess(process.execPath, [CLI, 'sample', '--employees', String(employees), '--out', input, '--json']);
  if (made.status !== 0) throw new Error(`sample failed: ${made.stderr}`);
  let best = Infinity;
  let moves = 0;
  for (let i = 0; i < repeat; i++) {
    const out = join(ctx.tmpDir, `plan-${employees}.xlsx`);
    const run = timeProcess(process.execPath, [
      '--max-old-space-size=8192',
      CLI,
      'plan',
      input,
      '--out',
      out,
      '--date',
      '2026-12-01',
      '--json',
    ]);
    if (run.status !== 0) throw new Error(`plan failed (${run.status}): ${run.stderr}`);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { figures: { key: string; value: number }[] };
    moves = result.figures.find((f) => f.key === 'moves')?.value ?? 0;
    best = Math.min(best, run.ms);
  }
  const figures = { employees, ms: Math.round(best), moves };
  ctx.log(`plan ${employees} employees end to end: ${figures.ms} ms (${moves} moves)`);
  return figures;
}

export const plan5kBenchmark: Benchmark = {
  name: 'plan5k',
  run: (ctx) => planFigures(ctx, 5000, ctx.repeat),
};

export const plan50kBenchmark: Benchmark = {
  name: 'plan50k',
  run: (ctx) => planFigures(ctx, 50000, 1),
};
