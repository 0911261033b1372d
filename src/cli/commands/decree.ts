import { runDecree } from '../../domain/decree';
import { dayOfIso } from '../../domain/model/dates';
import { t } from '../../i18n';
import { UsageError, type CliArgs } from '../args';
import type { CliConsole } from '../console';
import { EXIT, type ExitCode } from '../exit';
import { openWorkbook, samePath } from '../io';
import { reportDataErrors } from '../report';
import { writeStageOutput } from '../stageOutput';
import { readPolicy } from './plan';

/**
 * `mutasi decree FILE --out OUT [--draft]`: from the newest reviewed Usulan Mutasi (the rows
 * marked Setuju; with --draft every row not rejected or sent back), writes OUT with
 * Lampiran SK, Pemberitahuan and Dampak Layanan added.
 */
export async function decreeCommand(args: CliArgs, io: CliConsole): Promise<ExitCode> {
  if (!args.file) throw new UsageError('missingFile', { file: '' });
  if (!args.out) throw new UsageError('missingOut');
  if (samePath(args.file, args.out)) throw new UsageError('sameInOut', { file: args.file });
  const policy = args.policy ? await readPolicy(args.policy) : undefined;
  const effectiveDate = args.date ? dayOfIso(args.date) : null;
  if (args.date && effectiveDate === null) throw new UsageError('badDate', { value: args.date });
  const workbook = await openWorkbook(args.file);
  const values = await workbook.readValues();
  const result = runDecree(values, {
    lang: io.lang,
    draft: args.draft,
    ...(policy !== undefined ? { policy } : {}),
    ...(effectiveDate !== null ? { effectiveDate } : {}),
  });
  if (result.status === 'data-errors') {
    return reportDataErrors(io, result.issues, { json: args.json, policyFile: args.policy, dataErrorsKey: 'cli.decree.dataErrors' });
  }
  await writeStageOutput(workbook, args.out, result, io, {
    json: args.json,
    written: (path) => t(io.lang, 'cli.decree.written', { path }),
  });
  return EXIT.ok;
}
