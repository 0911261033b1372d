import { t } from '../../i18n';
import type { CliArgs } from '../args';
import type { CliConsole } from '../console';
import type { ExitCode } from '../exit';
import { planWorkbook } from './plan';
import { DEFAULT_SAMPLE, sampleWorkbook } from './sample';

export const DEFAULT_DEMO_OUT = 'out/demo-rencana-mutasi.xlsx';

/** `mutasi demo`: the whole flow on the embedded Kota Tebing Tinggi sample; prints the result's path. */
export async function demoCommand(args: CliArgs, io: CliConsole): Promise<ExitCode> {
  const employees = args.employees ?? DEFAULT_SAMPLE.employees;
  if (!args.json) io.out(t(io.lang, 'cli.demo.intro', { employees }));
  const workbook = await sampleWorkbook(employees, args.seed ?? DEFAULT_SAMPLE.seed);
  return planWorkbook(workbook, args.out ?? DEFAULT_DEMO_OUT, args, io);
}
