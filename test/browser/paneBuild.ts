/**
 * The built pane for the browser tests: dist/ when it is newer than every source it is
 * built from; otherwise one development build in the temp folder, shared by the browser
 * test files of a run (a lock folder makes the second file wait for the first's build).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json', 'scripts/manifest-url.cjs'];
const PREFIX = 'rencana-mutasi-pane-';
const BUILD_TIMEOUT_MS = 170_000;

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || /\.test\.tsx?$/.test(entry) || entry.startsWith('screenshot-')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

const inputsMtime = () => Math.max(...INPUTS.map((input) => newestMtime(path.join(ROOT, input))));

/** True when dist/ holds a build at least as new as its inputs. */
export function distIsFresh(dist = path.join(ROOT, 'dist')): boolean {
  const marker = path.join(dist, 'taskpane.html');
  if (!existsSync(marker) || !existsSync(path.join(dist, 'planWorker.js'))) return false;
  return inputsMtime() <= statSync(marker).mtimeMs;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A folder with the built pane (dist/ if fresh, else the shared development build). */
export async function builtPane(): Promise<string> {
  const dist = path.join(ROOT, 'dist');
  if (distIsFresh(dist)) return dist;
  const outDir = path.join(tmpdir(), `${PREFIX}${Math.floor(inputsMtime())}`);
  const done = path.join(outDir, '.complete');
  const lock = `${outDir}.lock`;
  const started = Date.now();
  while (!existsSync(done)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building the same inputs: wait for it (or for a stale lock).
      if (Date.now() - started > BUILD_TIMEOUT_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      for (const entry of readdirSync(tmpdir())) {
        if (entry.startsWith(PREFIX) && !entry.endsWith('.lock')) rmSync(path.join(tmpdir(), entry), { recursive: true, force: true });
      }
      execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--env', `outDir=${outDir}`], {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, ADDIN_PUBLIC_URL: '' },
      });
      writeFileSync(done, new Date().toISOString());
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return outDir;
}
