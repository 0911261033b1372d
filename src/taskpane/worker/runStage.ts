/**
 * Stages 5-8 of the round (docs/pane.md) over a workbook's values, as the worker runs them:
 * Tinjauan (`runPipeline` with `review`), SK & Implementasi (`runDecree`), Evaluasi
 * (`runEvaluate`) and Tindak Lanjut (`runFollowUp`). Each answer carries, besides the
 * engine's sheets, figures and issues, what the pane lists of it (decision counts, the
 * reviewers' comments counted, the flagged placements as codes the pane puts into words).
 */
import { runDecree } from '../../domain/decree';
import { runEvaluate, runFollowUp } from '../../domain/evaluation';
import { readReviewedProposals, type ReviewedSheet } from '../../domain/input/reviewedProposals';
import type { WorkbookValues } from '../../domain/model/cell';
import type { CellComment } from '../../domain/model/comment';
import type { SheetModel, TableSheetModel } from '../../domain/output/sheetModel';
import { runPipeline } from '../../domain/pipeline';
import type { Stage } from '../../domain/pipelineTypes';
import { commentsOnProposals } from '../../domain/review';
import { t, type Lang, type MessageKey } from '../../i18n';
import type { DecisionCounts, ReviewOutcomeCounts, StageDetail, StageOptions, StageResult } from './protocol';

const OUTCOMES = ['kept', 'dropped', 'stillProposed', 'changed', 'notApplied', 'new'] as const;

/** Only the options the engine was given (exactOptionalPropertyTypes: no `undefined` values). */
function common(options: StageOptions) {
  return {
    lang: options.lang,
    ...(options.policy !== undefined ? { policy: options.policy } : {}),
    ...(options.effectiveDate !== undefined ? { effectiveDate: options.effectiveDate } : {}),
  };
}

export async function runStage(
  values: WorkbookValues,
  options: StageOptions,
  onProgress: (stage: Stage, fraction: number) => void,
  isCancelled: () => boolean,
  /** The comments of a sheet, when the workbook is read here (preview mode: the .xlsx file's notes). */
  readComments?: (sheet: string) => Promise<readonly CellComment[]>,
): Promise<StageResult> {
  const { lang } = options;
  if (options.stage === 'review') {
    const { sheet } = readReviewedProposals(values);
    const comments = options.comments ?? (sheet !== null && readComments ? await readComments(sheet.sheetName) : []);
    const counted = sheet === null ? null : reviewCounts(sheet, comments);
    const detail: StageDetail = counted ? { review: counted } : {};
    const result = await runPipeline(values, {
      ...common(options),
      command: 'review',
      comments,
      skipInvalidRows: options.skipInvalidRows ?? false,
      onProgress,
      isCancelled,
    });
    if (result.status !== 'ok') return result.status === 'cancelled' ? result : { status: 'data-errors', issues: result.issues, detail };
    const outcomes = outcomeCounts(result.sheets, lang);
    const review = counted ? { review: { ...counted, outcomes } } : {};
    return { status: 'ok', issues: result.issues, sheets: result.sheets, figures: result.figures, detail: review };
  }
  if (options.stage === 'decree' || options.stage === 'evaluate') {
    onProgress('checking', 0);
    const result =
      options.stage === 'decree'
        ? runDecree(values, { ...common(options), draft: options.draft ?? false })
        : runEvaluate(values, common(options));
    if (result.status !== 'ok') return { status: 'data-errors', issues: result.issues, detail: {} };
    return { status: 'ok', issues: result.issues, sheets: result.sheets, figures: result.figures, detail: {} };
  }
  const result = await runFollowUp(values, { ...common(options), replan: options.replan ?? false, onProgress });
  if (result.status !== 'ok') return { status: 'data-errors', issues: result.issues, detail: {} };
  return {
    status: 'ok',
    issues: result.issues,
    sheets: result.sheets,
    figures: result.figures,
    detail: { followUp: { flagged: result.flagged, items: result.placements } },
  };
}

/** The decisions in the newest Usulan Mutasi and the comments on its proposal rows. */
function reviewCounts(sheet: ReviewedSheet, comments: readonly CellComment[]): NonNullable<StageDetail['review']> {
  const count = (decision: keyof DecisionCounts) => sheet.rows.filter((row) => row.decision === decision).length;
  const decisions: DecisionCounts = {
    approved: count('approved'),
    rejected: count('rejected'),
    revise: count('revise'),
    proposed: count('proposed'),
  };
  const commented = [...commentsOnProposals(sheet, comments).values()].reduce((n, list) => n + list.length, 0);
  return { sheet: sheet.sheetName, decisions, outcomes: null, comments: commented };
}

const tableOf = (sheets: readonly SheetModel[], tableName: string): TableSheetModel | null =>
  sheets.find((sheet): sheet is TableSheetModel => sheet.kind === 'table' && sheet.tableName === tableName) ?? null;

/** Ringkasan Tinjauan's rows counted by their outcome (the sheet writes it in the run's language). */
function outcomeCounts(sheets: readonly SheetModel[], lang: Lang): ReviewOutcomeCounts | null {
  const summary = tableOf(sheets, 'RingkasanTinjauan');
  if (!summary) return null;
  const column = summary.columns.findIndex((c) => c.header === t(lang, 'sheets.col.reviewOutcome'));
  if (column < 0) return null;
  const counts = Object.fromEntries(
    OUTCOMES.map((kind) => {
      const word = t(lang, `sheets.review.outcome.${kind}` as MessageKey);
      return [kind, summary.rows.filter((row) => row[column] === word).length];
    }),
  );
  return counts as ReviewOutcomeCounts;
}
