/**
 * End to end `mutasi plan` (read the .xlsx, validate, plan, fairness, write the result) as a
 * whole process on synthetic Tebing Tinggi workbooks of 5,000 and 50,000 employees, with the
 * process's peak RSS (from GNU time where present, else null).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { round1, timeProcess, type Benchmark, type BenchContext } from './benchmark';

/** GNU time prints the child's peak resident set (KB) as the last line of its stderr. */
const GNU_TIME = '/usr/bin/time';

const CLI = join(__dirname, '..', 'bin', 'mutasi.js');

async function planFigures(
  ctx: BenchContext,
  employees: number,
  repeat: number,
): Promise<{ employees: number; ms: number; rss_mb: number | null; moves: number }> {
  // The CLI bundle is rebuilt first, so the figures are those of the sources as they are.
  const built = timeProcess(process.execPath, [join(__dirname, '..', 'scripts', 'build-cli.mjs')]);
  if (built.status !== 0) throw new Error(`CLI build failed: ${built.stderr}`);
  const input = join(ctx.tmpDir, `sample-${employees}.xlsx`);
  const made = timeProcess(process.execPath, [CLI, 'sample', '--employees', String(employees), '--out', input, '--json']);
  if (made.status !== 0) throw new Error(`sample failed: ${made.stderr}`);
  let best = Infinity;
  let peakKb: number | null = null;
  let moves = 0;
  const timed = existsSync(GNU_TIME);
  for (let i = 0; i < repeat; i++) {
    const out = join(ctx.tmpDir, `plan-${employees}.xlsx`);
    const node = [process.execPath, '--max-old-space-size=8192', CLI, 'plan', input, '--out', out, '--date', '2026-12-01', '--json'];
    const run = timed ? timeProcess(GNU_TIME, ['-f', '%M', ...node]) : timeProcess(node[0]!, node.slice(1));
    if (run.status !== 0) throw new Error(`plan failed (${run.status}): ${run.stderr}`);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { figures: { key: string; value: number }[] };
    moves = result.figures.find((f) => f.key === 'moves')?.value ?? 0;
    best = Math.min(best, run.ms);
    const kb = timed ? Number(run.stderr.trim().split('\n').at(-1)) : NaN;
    if (Number.isFinite(kb)) peakKb = Math.max(peakKb ?? 0, kb);
  }
  const figures = { employees, ms: Math.round(best), rss_mb: peakKb === null ? null : round1(peakKb / 1024), moves };
  ctx.log(`plan ${employees} employees end to end: ${figures.ms} ms, peak RSS ${figures.rss_mb ?? '?'} MB (${moves} moves)`);
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
