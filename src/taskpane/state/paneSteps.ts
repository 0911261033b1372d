/**
 * What the pane shows of its state: each step's badge, the overall progress of a run, and the
 * needs to show. Derived views only; the state and its transitions are in `paneState.ts`.
 */
import type { Issue } from '../../domain/model/issue';
import { STAGES, type NeedsSummary } from '../../domain/pipelineTypes';
import type { PaneState, Progress, StageSlot, StepId } from './paneState';
import { checkDraft } from './policyDraft';

export type StepStatus = 'todo' | 'running' | 'done' | 'ready' | 'attention' | 'unavailable';

/** Overall completion of a run in [0, 1]: whole stages done plus the current one's share. */
export function overallFraction(progress: Progress): number {
  const index = STAGES.indexOf(progress.stage);
  const fraction = Math.min(Math.max(progress.fraction, 0), 1);
  return Math.min(1, (Math.max(index, 0) + fraction) / STAGES.length);
}

const hasError = (issues: readonly Issue[]) => issues.some((issue) => issue.severity === 'error');

/** The state badge of each step. */
export function stepStatus(state: PaneState, step: StepId): StepStatus {
  if (step === 'data') {
    if (state.running?.command === 'validate') return 'running';
    if (!state.validation) return 'todo';
    return hasError(state.validation.issues) ? 'attention' : 'done';
  }
  if (step === 'kebutuhan') {
    if (state.running?.command === 'validate') return 'running';
    return needsOf(state) ? 'done' : 'todo';
  }
  if (step === 'kebijakan') return checkDraft(state.policy).ok ? 'ready' : 'attention';
  if (step === 'rencana') {
    if (state.running?.command === 'plan') return 'running';
    const status = state.plan?.result.status;
    if (status === 'ok') return 'done';
    if (status === 'data-errors') return 'attention';
    return 'todo';
  }
  return stageStatus(state, step);
}

const SLOT_OF: Partial<Record<StepId, StageSlot>> = { tinjauan: 'review', sk: 'decree', evaluasi: 'evaluate', tindakLanjut: 'followup' };

function stageStatus(state: PaneState, step: StepId): StepStatus {
  const slot = SLOT_OF[step];
  if (!slot) return 'unavailable';
  if (state.running?.command === slot || (slot === 'followup' && state.running?.command === 'replan')) return 'running';
  const status = state.stages[slot]?.result.status;
  if (status === 'ok') return 'done';
  if (status === 'data-errors') return 'attention';
  return 'todo';
}

/** The needs to show: the last plan's (with after-plan figures), else the last check's. */
export function needsOf(state: PaneState): NeedsSummary | null {
  const result = state.plan?.result;
  if (result?.status === 'ok' && result.needs) return result.needs;
  return state.validation?.needs ?? null;
}
