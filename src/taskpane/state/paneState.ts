/**
 * The pane's state and its transitions, as a pure reducer (tested without a browser).
 * One run at a time: a validate (Data step) or a plan (Rencana step).
 */
import type { Issue } from '../../domain/model/issue';
import type { TableKind } from '../../domain/input/fieldDef';
import { STAGES, type Command, type NeedsSummary, type SourceSummary, type Stage } from '../../domain/pipelineTypes';
import type { Lang } from '../../i18n';
import type { HostRunOutcome, PreviewSource, StageRunOutcome, WrittenFile } from '../host/paneHost';
import type { ExcelRefusal } from '../../workbook/officejs/excelRefusal';
import type { WorkerError } from '../worker/protocol';
import { EMPTY_MAPPING, withColumn, withSheet, type MappingOverrides } from './mappingOverrides';
import { EMPTY_DRAFT, withOverride, type PolicyDraft, type PolicyPath } from './policyDraft';

export type StepId = 'data' | 'kebutuhan' | 'kebijakan' | 'rencana' | 'tinjauan' | 'sk' | 'evaluasi' | 'tindakLanjut';
/** A run of stages 5-8: the stage, or Tindak Lanjut's re-plan of the flagged placements. */
export type StageSlot = 'review' | 'decree' | 'evaluate' | 'followup' | 'replan';

/** The workflow's steps, in order (docs/pane.md). */
export const STEP_IDS: readonly StepId[] = ['data', 'kebutuhan', 'kebijakan', 'rencana', 'tinjauan', 'sk', 'evaluasi', 'tindakLanjut'];

export interface Progress {
  readonly stage: Stage;
  readonly fraction: number;
}

export interface RunState {
  readonly command: Command | StageSlot;
  readonly progress: Progress;
  readonly cancelling: boolean;
}

export interface PaneError {
  /** A worker's code, Excel's refusal of a read or write (Office mode), or a result file that could not be written (preview). */
  readonly code: WorkerError['code'] | ExcelRefusal | 'result-file';
  readonly detail: string;
}

export interface PaneState {
  readonly lang: Lang;
  /** Preview mode's chosen workbook; Office mode reads the open workbook. */
  readonly source: PreviewSource | null;
  readonly running: RunState | null;
  readonly validation: {
    readonly issues: readonly Issue[];
    readonly needs: NeedsSummary | null;
    /** Where each table was read from (sheet, header row, columns). */
    readonly sources: readonly SourceSummary[];
    /** The input workbook's sheet names (empty when not known). */
    readonly inputSheets: readonly string[];
  } | null;
  readonly plan: HostRunOutcome | null;
  /** Progress of the last plan run, kept after it ends so the bar shows where it stopped. */
  readonly planProgress: Progress | null;
  readonly skipInvalidRows: boolean;
  readonly error: PaneError | null;
  readonly sample: { readonly state: 'inserting' } | { readonly state: 'inserted'; readonly names: readonly string[] } | null;
  /** The Kebijakan step's edits (partial policy and Tanggal Efektif). */
  readonly policy: PolicyDraft;
  /** The last save of the policy: null before any, else whether it reached the store. */
  readonly policySave: 'saved' | 'failed' | null;
  /** The Data step's corrections to the detected sheets and columns (saved with the policy). */
  readonly mapping: MappingOverrides;
  /** The last outcome of each of stages 5-8 (and of the follow-up re-plan). */
  readonly stages: Partial<Readonly<Record<StageSlot, StageRunOutcome>>>;
  /** Preview mode: the workbook as the round left it (the last plan's or stage's result), read by the next stage. */
  readonly working: PreviewSource | null;
  /**
   * Preview mode: the result file a finished plan or stage is still writing (its download and
   * `working` come when it arrives); `id` tells its arrival from a late file of an older run.
   */
  readonly pendingFile: { readonly id: number; readonly slot: 'plan' | StageSlot } | null;
}

export const initialState = (lang: Lang = 'id'): PaneState => ({
  lang,
  source: null,
  running: null,
  validation: null,
  plan: null,
  planProgress: null,
  skipInvalidRows: false,
  error: null,
  sample: null,
  policy: EMPTY_DRAFT,
  policySave: null,
  mapping: EMPTY_MAPPING,
  stages: {},
  working: null,
  pendingFile: null,
});

export type PaneAction =
  | { readonly type: 'lang'; readonly lang: Lang }
  | { readonly type: 'source'; readonly source: PreviewSource }
  | { readonly type: 'skipInvalidRows'; readonly value: boolean }
  | { readonly type: 'start'; readonly command: Command }
  | { readonly type: 'progress'; readonly stage: Stage; readonly fraction: number }
  | { readonly type: 'cancelling' }
  /** `fileId`: the result file follows (preview mode), to be announced with that id. */
  | { readonly type: 'finished'; readonly command: Command; readonly outcome: HostRunOutcome; readonly fileId?: number }
  | { readonly type: 'failed'; readonly error: PaneError }
  | { readonly type: 'sampleInserting' }
  | { readonly type: 'sampleInserted'; readonly names: readonly string[] }
  | { readonly type: 'policyValue'; readonly path: PolicyPath; readonly value: unknown }
  | { readonly type: 'effectiveDate'; readonly value: string | null }
  | { readonly type: 'policyReset' }
  | { readonly type: 'policyLoaded'; readonly draft: PolicyDraft }
  | { readonly type: 'policySaved'; readonly ok: boolean }
  | { readonly type: 'mappingColumn'; readonly table: TableKind; readonly field: string; readonly header: string | null }
  | { readonly type: 'mappingSheet'; readonly table: TableKind; readonly sheet: string }
  | { readonly type: 'mappingReset' }
  | { readonly type: 'mappingLoaded'; readonly mapping: MappingOverrides }
  | { readonly type: 'stageStart'; readonly slot: StageSlot }
  | { readonly type: 'stageFinished'; readonly slot: StageSlot; readonly outcome: StageRunOutcome; readonly fileId?: number }
  | { readonly type: 'fileReady'; readonly id: number; readonly file: WrittenFile }
  | { readonly type: 'fileFailed'; readonly id: number; readonly error: PaneError };

/** The downloaded result as the next stage's workbook (preview mode). */
const workingOf = (outcome: {
  readonly download: { readonly data: ArrayBuffer; readonly fileName: string } | null;
}): PreviewSource | null => (outcome.download ? { kind: 'file', name: outcome.download.fileName, data: outcome.download.data } : null);

const pendingOf = (id: number | undefined, slot: 'plan' | StageSlot): PaneState['pendingFile'] => (id === undefined ? null : { id, slot });

/**
 * A new plan no longer waits for an older run's file. A stage whose file is dropped so is no
 * longer shown as done: the round's workbook (`working`) never got its sheets.
 */
function withoutPendingFile(state: PaneState): Pick<PaneState, 'pendingFile' | 'stages'> {
  const slot = state.pendingFile?.slot;
  if (slot === undefined || slot === 'plan') return { pendingFile: null, stages: state.stages };
  const { [slot]: _dropped, ...stages } = state.stages;
  return { pendingFile: null, stages };
}

/** The awaited result file arrived: it becomes the run's download and the round's workbook. A late file of an older run changes nothing. */
function withFile(state: PaneState, id: number, file: WrittenFile): PaneState {
  const pending = state.pendingFile;
  if (pending?.id !== id) return state;
  const next = { ...state, pendingFile: null, working: workingOf(file) };
  if (pending.slot === 'plan') return state.plan ? { ...next, plan: { ...state.plan, ...file } } : next;
  const outcome = state.stages[pending.slot];
  return outcome ? { ...next, stages: { ...state.stages, [pending.slot]: { ...outcome, ...file } } } : next;
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'lang':
      return { ...state, lang: action.lang };
    case 'source':
      // A new workbook makes every earlier finding stale.
      return {
        ...state,
        source: action.source,
        validation: null,
        plan: null,
        planProgress: null,
        error: null,
        stages: {},
        working: null,
        pendingFile: null,
      };
    case 'skipInvalidRows':
      return { ...state, skipInvalidRows: action.value };
    case 'start': {
      const progress: Progress = { stage: STAGES[0], fraction: 0 };
      return {
        ...state,
        running: { command: action.command, progress, cancelling: false },
        error: null,
        ...(action.command === 'plan' ? { plan: null, planProgress: progress, ...withoutPendingFile(state) } : {}),
      };
    }
    case 'progress': {
      if (!state.running) return state;
      const progress = { stage: action.stage, fraction: action.fraction };
      return { ...state, running: { ...state.running, progress }, ...(state.running.command === 'plan' ? { planProgress: progress } : {}) };
    }
    case 'cancelling':
      return state.running ? { ...state, running: { ...state.running, cancelling: true } } : state;
    case 'finished': {
      const { result } = action.outcome;
      const needs = result.status === 'ok' ? (result.needs ?? null) : null;
      const issues =
        result.status === 'cancelled'
          ? null
          : { issues: result.issues, needs, sources: result.sources, inputSheets: action.outcome.inputSheets ?? [] };
      const next = { ...state, running: null };
      if (action.command === 'validate') return { ...next, validation: issues ?? state.validation };
      const done: Progress = { stage: 'writing', fraction: 1 };
      return {
        ...next,
        validation: issues ?? state.validation,
        ...(result.status === 'ok'
          ? { stages: {}, working: workingOf(action.outcome), pendingFile: pendingOf(action.fileId, 'plan') }
          : {}),
        plan: action.outcome,
        planProgress: result.status === 'ok' ? done : state.planProgress,
      };
    }
    case 'failed':
      return { ...state, running: null, error: action.error };
    case 'sampleInserting':
      return { ...state, sample: { state: 'inserting' }, error: null };
    case 'sampleInserted':
      return {
        ...state,
        sample: { state: 'inserted', names: action.names },
        validation: null,
        plan: null,
        planProgress: null,
        stages: {},
        pendingFile: null,
      };
    case 'policyValue':
      return { ...state, policy: { ...state.policy, overrides: withOverride(state.policy.overrides, action.path, action.value) } };
    case 'effectiveDate':
      return { ...state, policy: { ...state.policy, effectiveDate: action.value } };
    case 'policyReset':
      return { ...state, policy: EMPTY_DRAFT };
    case 'policyLoaded':
      return { ...state, policy: action.draft };
    case 'policySaved':
      return { ...state, policySave: action.ok ? 'saved' : 'failed' };
    case 'mappingColumn':
      return { ...state, mapping: withColumn(state.mapping, action.table, action.field, action.header) };
    case 'mappingSheet':
      return { ...state, mapping: withSheet(state.mapping, action.table, action.sheet) };
    case 'mappingReset':
      return { ...state, mapping: EMPTY_MAPPING };
    case 'mappingLoaded':
      return { ...state, mapping: action.mapping };
    case 'stageStart':
      return { ...state, running: { command: action.slot, progress: { stage: STAGES[0], fraction: 0 }, cancelling: false }, error: null };
    case 'stageFinished': {
      const stages = { ...state.stages, [action.slot]: action.outcome };
      const working = action.outcome.result.status === 'ok' ? (workingOf(action.outcome) ?? state.working) : state.working;
      return { ...state, running: null, stages, working, pendingFile: pendingOf(action.fileId, action.slot) ?? state.pendingFile };
    }
    case 'fileReady':
      return withFile(state, action.id, action.file);
    case 'fileFailed':
      // The result stays shown; only its file is missing.
      return state.pendingFile?.id === action.id ? { ...state, pendingFile: null, error: action.error } : state;
  }
}
