import { UsageError, type CliArgs } from '../args';
import type { CliConsole } from '../console';
import type { ExitCode } from '../exit';
import { openWorkbook, samePath } from '../io';
import { planWorkbook } from './plan';

/**
 * `mutasi review FILE --out OUT`: re-plans after reviewers marked the newest Usulan Mutasi
 * (Setuju kept, Tolak and Revisi never proposed again), and writes OUT with a new
 * `Usulan Mutasi (n)` carrying their decisions and notes, and `Ringkasan Tinjauan`.
 */
export async function reviewCommand(args: CliArgs, io: CliConsole): Promise<ExitCode> {
  if (!args.file) throw new UsageError('missingFile', { file: '' });
  if (!args.out) throw new UsageError('missingOut');
  if (samePath(args.file, args.out)) throw new UsageError('sameInOut', { file: args.file });
  const workbook = await openWorkbook(args.file);
  return planWorkbook(workbook, args.out, args, io, 'review');
}
