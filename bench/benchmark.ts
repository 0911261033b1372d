/**
 * What a benchmark is and what it gets to work with. Each benchmark is one module exporting
 * a `Benchmark`; `registry.ts` lists them in run order; `run.ts` prints their figures and,
 * with `--json`, ends with one JSON object keyed by benchmark name.
 */

import { spawnSync } from 'node:child_process';

export interface BenchContext {
  /** Prints a human-readable line (stdout). */
  readonly log: (line: string) => void;
  /** A scratch directory removed after the run. */
  readonly tmpDir: string;
  /** Why no python with scipy can be used, or null when one can. */
  readonly scipyMissing: string | null;
  /** The python with scipy (`python3`, else `/usr/bin/python3`); meaningful when scipyMissing is null. */
  readonly python: string;
  /** Repetitions for timed sections (best time is reported). */
  readonly repeat: number;
  /** Bundles a TypeScript entry (path relative to bench/) for plain `node`; returns the file. */
  readonly bundle: (entry: string) => Promise<string>;
}

export interface Benchmark {
  /** Key in the JSON object (e.g. "lsa"). */
  readonly name: string;
  readonly run: (ctx: BenchContext) => Promise<unknown>;
}

/** Runs a command to completion, timing the whole process (wall clock, ms). */
export function timeProcess(
  command: string,
  args: readonly string[],
  options: { maxBuffer?: number } = {},
): { ms: number; stdout: string; stderr: string; status: number | null } {
  const start = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: options.maxBuffer ?? 1 << 28 });
  const ms = performance.now() - start;
  if (run.error) throw run.error;
  return { ms, stdout: run.stdout, stderr: run.stderr, status: run.status };
}

/** Last non-empty line of a process's output, parsed as JSON. */
export function lastJsonLine<T>(stdout: string): T {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] ?? 'null') as T;
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;
