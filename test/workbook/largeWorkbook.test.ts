/**
 * A big employee sheet, written at run time (never committed), reads completely through the
 * CLI's `validate`. 300,000 rows were measured by hand (exit 0, about 165 s and 3.9 GB peak
 * on the 2-core machine, nearly all of it ExcelJS loading the file); jest runs a smaller size
 * so the suite stays quick on a shared machine.
 */
import { join } from 'node:path';
import { runCli, tempDir } from '../cli/harness';
import { writeLargeWorkbook } from './largeWorkbook';

const EMPLOYEES = 20_000;

describe('a large workbook', () => {
  it(`validate reads all ${EMPLOYEES.toLocaleString('en')} employees without errors`, async () => {
    const path = join(tempDir(), 'besar.xlsx');
    await writeLargeWorkbook(path, EMPLOYEES);
    const run = await runCli('validate', path, '--json');
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.at(-1) ?? '{}') as { errors: number; figures: { key: string; value: unknown }[] };
    expect(report.errors).toBe(0);
    expect(report.figures.find((f) => f.key === 'employees')?.value).toBe(EMPLOYEES);
  });
});
