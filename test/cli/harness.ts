import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliConsole } from '../../src/cli/console';

export interface CliRun {
  readonly code: number;
  readonly stdout: string[];
  readonly stderr: string[];
}

/** Runs the CLI in-process with captured output (no console writes, no process exit). */
export async function runCli(...argv: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, (lang): CliConsole => ({
    lang,
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l),
    interactive: false,
  }));
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mutasi-cli-'));
}
