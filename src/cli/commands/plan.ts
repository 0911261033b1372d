import { readFile } from 'node:fs/promises';
import { runPipeline } from '../../domain/pipeline';
import { hasReviewerInput } from '../../domain/review';
import { newestProposalsSheetName } from '../../domain/input/reviewedProposals';
import { dayOfIso } from '../../domain/model/dates';
import { t } from '../../i18n';
import { UsageError, type CliArgs } from '../args';
import type { CliConsole } from '../console';
import { EXIT, type ExitCode } from '../exit';
import { openWorkbook, samePath, writeBytes } from '../io';
import { printFigures, progressReporter, reportDataErrors } from '../report';
import type { ExcelJsWorkbook } from '../../workbook/exceljs/ExcelJsWorkbook';

/** `mutasi plan FILE --out OUT`: validate, plan, and write OUT (the input sheets plus the results). */
export async function planCommand(args: CliArgs, io: CliConsole): Promise<ExitCode> {
  if (!args.file) throw new UsageError('missingFile', { file: '' });
  if (!args.out) throw new UsageError('missingOut');
  if (samePath(args.file, args.out)) throw new UsageError('sameInOut', { file: args.file });
  const workbook = await openWorkbook(args.file);
  return planWorkbook(workbook, args.out, args, io);
}

/**
 * Shared by `plan`, `review` and `demo`: runs the pipeline on an open workbook and writes the result.
 * `plan` refuses a workbook whose proposals were already reviewed: a fresh plan would leave the
 * reviewers' decisions behind, which `review` honours.
 */
export async function planWorkbook(
  workbook: ExcelJsWorkbook,
  out: string,
  args: CliArgs,
  io: CliConsole,
  command: 'plan' | 'review' = 'plan',
): Promise<ExitCode> {
  const policy = args.policy ? await readPolicy(args.policy) : undefined;
  const effectiveDate = args.date ? dayOfIso(args.date) : null;
  if (args.date && effectiveDate === null) throw new UsageError('badDate', { value: args.date });
  const values = await workbook.readValues();
  if (command === 'plan' && hasReviewerInput(values)) {
    const message = t(io.lang, 'cli.plan.alreadyReviewed', { file: args.file ?? '' });
    io.out(args.json ? JSON.stringify({ status: 'reviewed', message, issues: [] }) : message);
    return EXIT.dataErrors;
  }
  // `review`: the notes reviewers left on the newest Usulan Mutasi, repeated in Ringkasan Tinjauan.
  const reviewed = command === 'review' ? newestProposalsSheetName(values.sheets.map((sheet) => sheet.name)) : null;
  const comments = reviewed === null ? [] : await workbook.readComments(reviewed);
  const result = await runPipeline(values, {
    command,
    lang: io.lang,
    ...(comments.length > 0 ? { comments } : {}),
    ...(policy !== undefined ? { policy } : {}),
    ...(effectiveDate !== null ? { effectiveDate } : {}),
    skipInvalidRows: args.skipInvalidRows,
    fairnessAttributes: args.groupBy,
    onProgress: progressReporter(io),
  });
  if (result.status === 'cancelled') {
    io.err(t(io.lang, 'cli.plan.cancelled'));
    return EXIT.internal;
  }
  if (result.status === 'data-errors') {
    return reportDataErrors(io, result.issues, { json: args.json, policyFile: args.policy, dataErrorsKey: 'cli.plan.dataErrors' });
  }
  const sheetNames = await workbook.addSheets(result.sheets);
  const path = await writeBytes(out, await workbook.toBuffer());
  if (args.json) {
    io.out(JSON.stringify({ status: 'ok', out: path, sheets: sheetNames, figures: result.figures, issues: result.issues }));
  } else {
    printFigures(io, result.figures);
    io.out(t(io.lang, 'cli.plan.written', { path }));
  }
  return EXIT.ok;
}

export async function readPolicy(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError('missingFile', { file: path });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new UsageError('badOption', { detail: `--policy ${path}: ${cause instanceof Error ? cause.message : String(cause)}` });
  }
}
