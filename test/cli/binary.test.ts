/**
 * The shipped command line end to end: the `mutasi` bin (bin/mutasi.js) loading the esbuild
 * bundle build/cli.cjs, spawned as a real Node process. The other CLI tests run the
 * TypeScript source in-process (harness.ts); this one proves the bundle the users run works:
 * sample -> validate -> plan, with the exit codes of the README and the files on disk.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from './harness';

const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'mutasi.js');

interface BinRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function mutasi(...args: string[]): BinRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The last line of stdout as JSON (the `--json` answer). */
const jsonOf = (run: BinRun): Record<string, unknown> => JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as Record<string, unknown>;

describe('the mutasi binary (bin/mutasi.js -> build/cli.cjs)', () => {
  const dir = tempDir();
  const input = join(dir, 'contoh.xlsx');
  const output = join(dir, 'rencana.xlsx');

  beforeAll(() => {
    // Bundle the current sources, as `npm ci` ("prepare") and `npm run mutasi` do.
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
    expect(statSync(join(ROOT, 'build', 'cli.cjs')).size).toBeGreaterThan(0);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a sample workbook with `sample --employees 60 --seed 3 --out`', () => {
    const run = mutasi('sample', '--employees', '60', '--seed', '3', '--out', input, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(jsonOf(run)).toMatchObject({ status: 'ok', employees: 60, seed: 3 });
    expect(existsSync(input)).toBe(true);
  });

  it('validates the sample with exit code 0', () => {
    const run = mutasi('validate', input, '--json');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).not.toBe('');
  });

  it('plans the sample into a new workbook and leaves the input unchanged', async () => {
    const before = readFileSync(input);
    const run = mutasi('plan', input, '--out', output, '--date', '2026-12-01');
    expect(run.status).toBe(0);
    expect(existsSync(output)).toBe(true);
    expect(readFileSync(input).equals(before)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['Pegawai', 'Jabatan', 'Ringkasan', 'Usulan Mutasi', 'Catatan Data', '_RencanaMutasi']));
  });

  it('exits with 2 on a usage error', () => {
    const run = mutasi('nonsense');
    expect(run.status).toBe(2);
    expect(run.stderr).not.toBe('');
  });
});
