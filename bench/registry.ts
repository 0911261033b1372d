/**
 * The benchmarks `npm run bench` runs, in order. Add an entry (one module per benchmark)
 * to extend the run; its name becomes a key of the `--json` object.
 */

import type { Benchmark } from './benchmark';
import { groupedSolverBenchmark } from './groupedSolver';
import { lsaBenchmark } from './lsa';
import { pane20kBenchmark, pane2500Benchmark } from './pane';
import { plan50kBenchmark, plan5kBenchmark } from './plan';
import { provinceBenchmark } from './province';
import { solveProcessBenchmark } from './solveProcess';

export const BENCHMARKS: readonly Benchmark[] = [
  lsaBenchmark,
  provinceBenchmark,
  solveProcessBenchmark,
  groupedSolverBenchmark,
  plan5kBenchmark,
  plan50kBenchmark,
  pane2500Benchmark,
  pane20kBenchmark,
];
