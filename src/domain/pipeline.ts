/**
 * The engine's one entry point for every host: workbook values in; issues, new sheet models
 * and key figures out. Nothing here touches a workbook: the host writes the sheets.
 */
import { t, type Lang } from '../i18n';
import type { WorkbookValues } from './model/cell';
import { formatDayEn, formatDayId, isoFromDay, todayDay } from './model/dates';
import { readInput } from './input/readInput';
import { issue } from './model/issue';
import { dataIssuesSheet } from './output/dataIssuesSheet';
import { inputFingerprint } from './output/fingerprint';
import { metaSheet } from './output/metaSheet';
import { needsSheet } from './output/needsSheet';
import { readinessSheet } from './output/readinessSheet';
import { proposalsSheet } from './output/proposalsSheet';
import type { SheetModel } from './output/sheetModel';
import { summarySheet } from './output/summarySheet';
import { planFigures, stayFigures, tableFigures, technicalFigures } from './output/planFigures';
import { buildPlan } from './plan/buildPlan';
import { applyTransfers, followUpPolicy, lockAllBut } from './plan/followUpPlan';
import { justifyPlan, type PlanJustifications } from './explain/justifyPlan';
import { mainReasonOf, mainReasonText } from './explain/mainReason';
import { fairnessReport, type FairnessReport } from './fairness/fairnessReport';
import { fairnessSheet } from './output/fairnessSheet';
import { justificationsSheet } from './output/justificationsSheet';
import type { Figure, PipelineOptions, PipelineResult, Stage } from './pipelineTypes';
import { fairnessSummary, needsSummary, proposalsSummary, sourcesSummary } from './pipelineSummaries';
import { analyseNeeds } from './needs';
import { DEFAULT_POLICY, parsePolicy } from './rules';
import type { InputTables } from './model/types';
import { TOOL_VERSION } from './model/version';
import { readReview, reviewResultSheets } from './review';

export const CITY = 'Kota Tebing Tinggi';

/**
 * Runs `validate`, `plan` or `review` (a re-plan that honours the reviewers' decisions) over a workbook's values.
 *
 * @example
 * const result = await runPipeline(await port.readValues(), { command: 'plan', lang: 'id' });
 * if (result.status === 'ok') await port.addSheets(result.sheets);
 */
export async function runPipeline(values: WorkbookValues, options: PipelineOptions): Promise<PipelineResult> {
  const { lang } = options;
  const progress = (stage: Stage, fraction: number) => options.onProgress?.(stage, fraction);
  const cancelled = () => options.isCancelled?.() === true;

  progress('reading', 0);
  const policyResult = options.policy === undefined ? { ok: true as const, value: DEFAULT_POLICY } : parsePolicy(options.policy);
  if (!policyResult.ok) return { status: 'data-errors', issues: policyResult.issues, sheets: [], sources: [] };
  // A follow-up re-plan corrects flagged placements without waiting out their time in post (plan/followUpPlan.ts).
  const policy = options.followUp ? followUpPolicy(policyResult.value) : policyResult.value;
  const input = readInput(values, {
    skipInvalidRows: options.skipInvalidRows ?? false,
    ...(options.overrides ? { overrides: options.overrides } : {}),
  });
  progress('checking', 1);
  await yieldToHost();
  if (cancelled()) return { status: 'cancelled' };

  const issues = [...input.issues];
  const sources = sourcesSummary(input.mapping);
  if (input.tables === null) return { status: 'data-errors', issues, sheets: [dataIssuesSheet(issues, lang)], sources };
  const followUp = options.followUp;
  const tables = followUp ? applyTransfers(input.tables, followUp.transfers, followUp.transferDate) : input.tables;
  if (options.command === 'validate') {
    const needs = needsSummary(analyseNeeds(tables, policy));
    return { status: 'ok', issues, sheets: [dataIssuesSheet(issues, lang)], figures: tableFigures(tables, issues, lang), sources, needs };
  }

  const review = options.command === 'review' ? readReview(values) : null;
  if (review !== null && !review.ok) {
    const all = [...issues, ...review.issues];
    return { status: 'data-errors', issues: all, sheets: [dataIssuesSheet(all, lang)], sources };
  }
  if (review !== null) issues.push(...review.value.issues);

  const effectiveDate = options.effectiveDate ?? todayDay();
  progress('scoring', 0);
  await yieldToHost();
  const run = buildPlan({
    tables,
    policy,
    effectiveDate,
    ...(review !== null ? { locked: review.value.locked, forbidden: review.value.forbidden } : {}),
    ...(followUp ? { locked: lockAllBut(tables, new Set(followUp.movable)), replacing: new Set(followUp.replacing) } : {}),
    onProgress: (fraction) => progress('optimising', fraction),
    isCancelled: cancelled,
  });
  if (run === null || cancelled()) return { status: 'cancelled' };
  if (run.plan.blockedBy) issues.push(issue(run.plan.blockedBy.code, 'warning', {}, run.plan.blockedBy.params));

  progress('fairness', 0);
  await yieldToHost();
  if (cancelled()) return { status: 'cancelled' };
  const justifications = justifyPlan(run);
  progress('fairness', 0.5);
  await yieldToHost();
  if (cancelled()) return { status: 'cancelled' };
  const fairness = fairnessReport(run, { extraAttributes: options.fairnessAttributes ?? [] });
  progress('fairness', 1);

  progress('writing', 0);
  const figures = [
    ...planFigures(run, lang),
    ...stayFigures(run, lang),
    ...fairnessFigures(fairness, justifications, lang),
    ...tableFigures(tables, issues, lang),
    ...technicalFigures(run, lang),
  ];
  const dateText = lang === 'id' ? formatDayId(effectiveDate) : formatDayEn(effectiveDate);
  const subtitle = t(lang, 'sheets.subtitle.effectiveDate', { date: dateText });
  const byNip = new Map(justifications.items.map((j) => [j.proposal.employee.nip as string, j]));
  const reasons = new Map(
    run.plan.proposals.map((p) => {
      const j = byNip.get(p.employee.nip);
      return [p.id, j === undefined ? null : mainReasonOf(j)];
    }),
  );
  const reasonData = (p: { id: string }) => reasons.get(p.id) ?? null;
  const reasonOf = (p: { id: string }) => {
    const reason = reasonData(p);
    return reason === null ? '' : mainReasonText(reason, lang);
  };
  const reviewed = review === null ? null : reviewResultSheets(review.value, run.plan.proposals, tables, lang, CITY, options.comments);
  const usulan = proposalsSheet(run.plan.proposals, lang, reasonOf, CITY, reviewed?.carried);
  // Hashed once: every input cell goes through it, and the run id repeats its first digits.
  const fingerprint = inputFingerprint(values, inputSheetNames(tables));
  const sheets: SheetModel[] = [
    summarySheet(figures, lang, CITY, subtitle, run.needsAfter),
    usulan,
    ...(reviewed === null ? [] : [reviewed.summary]),
    justificationsSheet(justifications, lang, CITY, subtitle),
    fairnessSheet(fairness, lang, CITY, subtitle),
    needsSheet(run.needsAfter, lang),
    readinessSheet(run, lang),
    dataIssuesSheet(issues, lang),
    metaSheet({
      runId: runId(fingerprint),
      createdAt: new Date().toISOString(),
      toolVersion: TOOL_VERSION,
      command: options.command,
      effectiveDate: isoFromDay(effectiveDate),
      lang,
      inputSheets: inputSheetNames(tables),
      inputFingerprint: fingerprint,
      policyJson: JSON.stringify(policy),
    }),
  ];
  const summaries = {
    needs: needsSummary(run.needsAfter),
    fairness: fairnessSummary(fairness),
    proposals: proposalsSummary(run.plan.proposals, usulan, reasonData),
  };
  progress('writing', 1);
  return { status: 'ok', issues, sheets, figures, sources, ...summaries };
}

/** Lets a worker post its progress message and a cancel request arrive between stages. */
function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function inputSheetNames(tables: InputTables): string[] {
  return [tables.sheets.pegawai, tables.sheets.jabatan, ...(tables.sheets.unit ? [tables.sheets.unit] : [])];
}

/** The run's id: when it ran (UTC, to the second) and the first digits of the input's fingerprint. */
function runId(fingerprint: string): string {
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `RM-${stamp}-${fingerprint.slice(0, 6).toUpperCase()}`;
}

/** Fairness figures (docs/sheets.md#ringkasan): checks per status, justified-envy cases, moves decided by a zero margin. */
function fairnessFigures(report: FairnessReport, justifications: PlanJustifications, lang: Lang): Figure[] {
  // Only judged checks count towards a verdict; the move rate is reported, not judged.
  const count = (status: string) => report.checks.filter((c) => c.judged && c.status === status).length;
  const own = (key: string, value: number): Figure => ({
    key,
    section: 'fairness',
    label: t(lang, `fairness.figure.${key}` as Parameters<typeof t>[1]),
    message: { code: `fairness.figure.${key}`, params: {} },
    value,
  });
  return [
    own('fairnessFail', count('fail')),
    own('fairnessAttention', count('attention')),
    own('fairnessPass', count('pass')),
    own('justifiedEnvy', report.envy.length),
    own('rotationLeftBehind', report.rotation.length),
    own('zeroMargins', justifications.items.filter((j) => j.margin === 0).length),
  ];
}
