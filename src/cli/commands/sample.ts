import { generateSample } from '../../sample/generateSample';
import { t } from '../../i18n';
import { ExcelJsWorkbook } from '../../workbook/exceljs/ExcelJsWorkbook';
import { UsageError, type CliArgs } from '../args';
import type { CliConsole } from '../console';
import { EXIT, type ExitCode } from '../exit';
import { nodeDeflate, writeBytes } from '../io';

export const DEFAULT_SAMPLE = { employees: 2500, seed: 1 } as const;

/** The embedded sample as an in-memory workbook (the demo's input, and `sample`'s output). */
export async function sampleWorkbook(employees: number, seed: number): Promise<ExcelJsWorkbook> {
  const workbook = ExcelJsWorkbook.empty(nodeDeflate);
  await workbook.addSheets(generateSample({ employees, seed }).sheets);
  return workbook;
}

/** `mutasi sample --out FILE [--employees N] [--seed S]`. */
export async function sampleCommand(args: CliArgs, io: CliConsole): Promise<ExitCode> {
  const out = args.out ?? args.file;
  if (!out) throw new UsageError('missingOut');
  const employees = args.employees ?? DEFAULT_SAMPLE.employees;
  const seed = args.seed ?? DEFAULT_SAMPLE.seed;
  const workbook = await sampleWorkbook(employees, seed);
  const path = await writeBytes(out, await workbook.toBuffer());
  if (args.json) io.out(JSON.stringify({ status: 'ok', out: path, employees, seed }));
  else io.out(t(io.lang, 'cli.sample.written', { employees, seed, path }));
  return EXIT.ok;
}
