import { runEvaluate, runFollowUp } from '../../domain/evaluation';
import { dayOfIso } from '../../domain/model/dates';
import { t } from '../../i18n';
import { UsageError, type CliArgs } from '../args';
import type { CliConsole } from '../console';
import { EXIT, type ExitCode } from '../exit';
import { openWorkbook, samePath } from '../io';
import { progressReporter, reportDataErrors } from '../report';
import { writeStageOutput } from '../stageOutput';
import { readPolicy } from './plan';

/** What `evaluate` and `followup` both need: the file, the output, the policy and the date. */
async function prepare(args: CliArgs) {
  if (!args.file) throw new UsageError('missingFile', { file: '' });
  if (!args.out) throw new UsageError('missingOut');
  if (samePath(args.file, args.out)) throw new UsageError('sameInOut', { file: args.file });
  const policy = args.policy ? await readPolicy(args.policy) : undefined;
  const effectiveDate = args.date ? dayOfIso(args.date) : null;
  if (args.date && effectiveDate === null) throw new UsageError('badDate', { value: args.date });
  const workbook = await openWorkbook(args.file);
  const options = {
    ...(policy !== undefined ? { policy } : {}),
    ...(effectiveDate !== null ? { effectiveDate } : {}),
  };
  return { workbook, out: args.out, options };
}

/**
 * `mutasi evaluate FILE --out OUT`: from the approved transfers of the newest Usulan Mutasi,
 * writes OUT with Evaluasi Mutasi (the supervisors' form, one row per transfer and
 * checkpoint) and IKM Layanan (the public satisfaction survey of the service units touched).
 */
export async function evaluateCommand(args: CliArgs, io: CliConsole): Promise<ExitCode> {
  const { workbook, out, options } = await prepare(args);
  const result = runEvaluate(await workbook.readValues(), { lang: io.lang, ...options });
  if (result.status === 'data-errors') {
    return reportDataErrors(io, result.issues, { json: args.json, policyFile: args.policy, dataErrorsKey: 'cli.evaluate.dataErrors' });
  }
  await writeStageOutput(workbook, out, result, io, { json: args.json, written: (path) => t(io.lang, 'cli.evaluate.written', { path }) });
  return EXIT.ok;
}

/**
 * `mutasi followup FILE --out OUT [--replan]`: reads the filled Evaluasi Mutasi and IKM
 * Layanan and writes OUT with Tindak Lanjut, the placements that need action; with --replan
 * also a new Usulan Mutasi that moves only those employees.
 */
export async function followupCommand(args: CliArgs, io: CliConsole): Promise<ExitCode> {
  const { workbook, out, options } = await prepare(args);
  const result = await runFollowUp(await workbook.readValues(), {
    lang: io.lang,
    replan: args.replan,
    onProgress: progressReporter(io),
    ...options,
  });
  if (result.status === 'data-errors') {
    return reportDataErrors(io, result.issues, { json: args.json, policyFile: args.policy, dataErrorsKey: 'cli.followup.dataErrors' });
  }
  const key = args.replan ? 'cli.followup.replanned' : 'cli.followup.written';
  await writeStageOutput(workbook, out, result, io, {
    json: args.json,
    written: (path) => t(io.lang, key, { path, count: result.flagged.length }),
    extra: { flagged: result.flagged },
  });
  return EXIT.ok;
}
