/**
 * `npm run bench [-- --json] [-- --only NAME[,NAME]] [-- --repeat N]`: runs the benchmarks
 * of registry.ts and prints their figures. With --json the LAST line printed is one JSON
 * object `{ "<name>": <figures>, ... }`. Figures, not timed tests: nothing fails on speed.
 */

import { findScipyPython } from '../test/support/scipyPython';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BenchContext } from './benchmark';
import { BENCHMARKS } from './registry';

function argValue(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const only = argValue(args, '--only')?.split(',');
  const repeat = Math.max(1, Number(argValue(args, '--repeat') ?? 3));
  const tmpDir = mkdtempSync(join(tmpdir(), 'mutasi-bench-'));
  const found = findScipyPython();
  const missing = 'reason' in found ? found.reason : null;
  const ctx: BenchContext = {
    log: (line) => console.log(line),
    tmpDir,
    scipyMissing: missing,
    python: 'python' in found ? found.python : 'python3',
    repeat,
    bundle: async (entry) => {
      const outfile = join(tmpDir, entry.replace(/[\\/]/g, '_').replace(/\.ts$/, '.cjs'));
      await build({ entryPoints: [join(__dirname, entry)], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
      return outfile;
    },
  };
  if (missing) console.log(`scipy comparisons skipped: ${missing}`);
  console.log(`node ${process.version}, ${repeat} repetition(s), best time reported`);
  const results: Record<string, unknown> = {};
  try {
    for (const b of BENCHMARKS) {
      if (only && !only.includes(b.name)) continue;
      results[b.name] = await b.run(ctx);
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  if (json) console.log(JSON.stringify(results));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
