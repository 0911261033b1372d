/**
 * Stages 5-8 of the round (docs/pane.md) over a workbook's values, as the worker runs them:
 * Tinjauan (`runPipeline` with `review`), SK & Implementasi (`runDecree`), Evaluasi
 * (`runEvaluate`) and Tindak Lanjut (`runFollowUp`). Each answer carries, besides the
 * engine's sheets, figures and issues, what the pane lists of it (decision counts, the
 * flagged placements).
 */
import { runDecree } from '../../domain/decree';
import { runEvaluate, runFollowUp } from '../../domain/evaluation';
import { readReviewedProposals } from '../../domain/input/reviewedProposals';
import type { CellValue, WorkbookValues } from '../../domain/model/cell';
import type { SheetModel, TableSheetModel } from '../../domain/output/sheetModel';
import { runPipeline } from '../../domain/pipeline';
import type { Stage } from '../../domain/pipelineTypes';
import { t, type Lang, type MessageKey } from '../../i18n';
import type { DecisionCounts, FollowUpItem, ReviewOutcomeCounts, StageDetail, StageOptions, StageResult } from './protocol';

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
): Promise<StageResult> {
  const { lang } = options;
  if (options.stage === 'review') {
    const counted = reviewCounts(values);
    const detail: StageDetail = counted ? { review: counted } : {};
    const result = await runPipeline(values, {
      ...common(options),
      command: 'review',
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
  const items = followUpItems(result.sheets);
  return {
    status: 'ok',
    issues: result.issues,
    sheets: result.sheets,
    figures: result.figures,
    detail: { followUp: { flagged: result.flagged, items } },
  };
}

/** The decisions in the newest Usulan Mutasi, or undefined when there is none. */
function reviewCounts(values: WorkbookValues): NonNullable<StageDetail['review']> | null {
  const { sheet } = readReviewedProposals(values);
  if (sheet === null) return null;
  const count = (decision: keyof DecisionCounts) => sheet.rows.filter((row) => row.decision === decision).length;
  const decisions: DecisionCounts = {
    approved: count('approved'),
    rejected: count('rejected'),
    revise: count('revise'),
    proposed: count('proposed'),
  };
  return { sheet: sheet.sheetName, decisions, outcomes: null };
}

const tableOf = (sheets: readonly SheetModel[], tableName: string): TableSheetModel | null =>
  sheets.find((sheet): sheet is TableSheetModel => sheet.kind === 'table' && sheet.tableName === tableName) ?? null;
const text = (value: CellValue | undefined): string => (value === null || value === undefined ? '' : String(value));

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

/** Tindak Lanjut's rows: NIP, name, unit, evidence and suggested action. */
function followUpItems(sheets: readonly SheetModel[]): FollowUpItem[] {
  const sheet = tableOf(sheets, 'TindakLanjut');
  if (!sheet) return [];
  // Columns as followUpSheet lays them out: No, NIP, Nama, Jabatan Baru, Unit Baru, Titik Evaluasi, Bukti, Tindakan, Catatan.
  return sheet.rows.map((row) => ({
    nip: text(row[1]),
    nama: text(row[2]),
    unit: text(row[4]),
    evidence: text(row[6]),
    action: text(row[7]),
  }));
}
