/**
 * Proof that the engine's fences hold (eslint.config.mjs; ARCHITECTURE.md, "Layers"): the
 * project's own ESLint config rejects an upward import between floors, production code
 * importing test support and an import cycle, and accepts a legal downward import. If a
 * zone or the cycle rule is dropped from the config, these tests fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..', '..');

interface LintMessage {
  ruleId: string | null;
  message: string;
  fatal: boolean;
}
interface LintResult {
  filePath: string;
  messages: LintMessage[];
}
type Probe = { code: string; filePath: string } | { files: string[] };

/** Lints every probe with ESLint's Node API and the repository's config (in a child process, see eslintProbe.mjs). */
function lint(probes: readonly Probe[]): LintResult[][] {
  const run = spawnSync(process.execPath, [join(__dirname, 'eslintProbe.mjs')], {
    cwd: repoRoot,
    input: JSON.stringify({ cwd: repoRoot, probes }),
    encoding: 'utf8',
    timeout: 90_000,
  });
  if (run.status !== 0) throw new Error(`eslintProbe failed (${run.status}): ${run.stderr}`);
  const answers = JSON.parse(run.stdout) as LintResult[][];
  for (const message of answers.flat().flatMap((result) => result.messages)) {
    if (message.fatal) throw new Error(`ESLint could not parse a probe: ${message.message}`);
  }
  return answers;
}

const ruleIds = (results: readonly LintResult[] | undefined): (string | null)[] => {
  expect(results).toHaveLength(1);
  return (results ?? []).flatMap((result) => result.messages.map((message) => message.ruleId));
};

const probe = (relativePath: string, code: string): Probe => ({ code, filePath: join(repoRoot, relativePath) });

// Two modules that import each other and two that do not, written to a uniquely named
// folder (so parallel runs and other files are never touched) and removed after linting.
const cycleFolder = join(repoRoot, 'src', 'domain', 'model', `__lintCycleProbe_${process.pid}_${Date.now()}`);
const cycleFiles = {
  cycleA: "import { b } from './cycleB';\nexport const a = (): number => b() + 1;\n",
  cycleB: "import { a } from './cycleA';\nexport const b = (): number => a() - 1;\n",
  chainA: "import { d } from './chainB';\nexport const c = (): number => d() + 1;\n",
  chainB: 'export const d = (): number => 1;\n',
};
const cyclePath = (name: keyof typeof cycleFiles): string => join(cycleFolder, `${name}.ts`);

const probes = {
  modelImportsPlan: probe('src/domain/model/lintProbe.ts', "import { buildPlan } from '../plan/buildPlan';\nexport const x = buildPlan;\n"),
  solverImportsRules: probe('src/domain/solver/lintProbe.ts', "import * as rules from '../rules';\nexport const x = rules;\n"),
  inputImportsSibling: probe('src/domain/input/lintProbe.ts', "import * as solver from '../solver';\nexport const x = solver;\n"),
  outputImportsRoof: probe('src/domain/output/lintProbe.ts', "import { runPipeline } from '../pipeline';\nexport const x = runPipeline;\n"),
  engineImportsSample: probe('src/domain/plan/lintProbe.ts', "import * as sample from '../../sample';\nexport const x = sample;\n"),
  engineImportsTestSupport: probe(
    'src/domain/input/lintProbe.ts',
    "import * as factories from '../../../test/support/factories';\nexport const x = factories;\n",
  ),
  hostImportsTestSupport: probe(
    'src/cli/lintProbe.ts',
    "import * as factories from '../../test/support/factories';\nexport const x = factories;\n",
  ),
  legalDownward: probe(
    'src/domain/plan/lintProbe.ts',
    "import type { Employee } from '../model/types';\nimport * as rules from '../rules';\nexport type E = Employee;\nexport const x = rules;\n",
  ),
  cycle: { files: [cyclePath('cycleA'), cyclePath('cycleB')] },
  noCycle: { files: [cyclePath('chainA'), cyclePath('chainB')] },
};
type ProbeName = keyof typeof probes;
let answers: Record<ProbeName, LintResult[]>;

beforeAll(() => {
  mkdirSync(cycleFolder, { recursive: true });
  try {
    for (const [name, code] of Object.entries(cycleFiles)) writeFileSync(join(cycleFolder, `${name}.ts`), code);
    const names = Object.keys(probes) as ProbeName[];
    const results = lint(names.map((name) => probes[name]));
    answers = Object.fromEntries(names.map((name, i) => [name, results[i] ?? []])) as typeof answers;
  } finally {
    rmSync(cycleFolder, { recursive: true, force: true });
  }
});

describe('the engine floors (import-x/no-restricted-paths)', () => {
  it('rejects the model floor importing the plan floor above it', () => {
    expect(ruleIds(answers.modelImportsPlan)).toContain('import-x/no-restricted-paths');
  });

  it('rejects the solver importing the rules above it', () => {
    expect(ruleIds(answers.solverImportsRules)).toContain('import-x/no-restricted-paths');
  });

  it('rejects a room importing its sibling on the same floor (input and solver)', () => {
    expect(ruleIds(answers.inputImportsSibling)).toContain('import-x/no-restricted-paths');
  });

  it('rejects a floor importing the pipeline (the roof)', () => {
    expect(ruleIds(answers.outputImportsRoof)).toContain('import-x/no-restricted-paths');
  });

  it('rejects the engine importing the sample generator', () => {
    expect(ruleIds(answers.engineImportsSample)).toContain('import-x/no-restricted-paths');
  });

  it('rejects production code importing test support, in the engine and in a host', () => {
    expect(ruleIds(answers.engineImportsTestSupport)).toContain('import-x/no-restricted-paths');
    expect(ruleIds(answers.hostImportsTestSupport)).toContain('import-x/no-restricted-paths');
  });

  it('accepts a legal downward import (plan importing model and rules)', () => {
    expect(ruleIds(answers.legalDownward)).toEqual([]);
  });
});

describe('import cycles (import-x/no-cycle)', () => {
  it('rejects two modules that import each other, on both sides', () => {
    expect(answers.cycle).toHaveLength(2);
    for (const result of answers.cycle) {
      expect(result.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
    }
  });

  it('accepts the same shape without the way back', () => {
    expect(answers.noCycle).toHaveLength(2);
    expect(answers.noCycle.flatMap((result) => result.messages)).toEqual([]);
  });
});
