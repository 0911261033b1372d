/**
 * The pane's side of the planning worker: one worker per run, progress as callbacks, and a
 * Cancel that always works. The engine checks for cancellation between stages, but a
 * worker only sees the "cancel" message when the engine yields; if it has not answered
 * within {@link CANCEL_GRACE_MS}, the worker is terminated and the run reported cancelled.
 */
import type { SheetModel } from '../../domain/output/sheetModel';
import type { PipelineResult, Stage } from '../../domain/pipelineTypes';
import type {
  OutputWorkbook,
  RunOptions,
  StageOptions,
  StageResult,
  WorkerError,
  WorkerRequest,
  WorkerResponse,
  WorkerSource,
} from './protocol';

export const CANCEL_GRACE_MS = 800;

/** Creates the worker; injectable for tests. */
export type WorkerFactory = () => Worker;

export const defaultWorkerFactory: WorkerFactory = () => new Worker(new URL('planWorker.js', document.baseURI));

export interface RunOutcome {
  readonly result: PipelineResult;
  readonly workbook: OutputWorkbook | null;
  /** The names of the input workbook's sheets. */
  readonly inputSheets?: readonly string[];
}

export class WorkerRunError extends Error {
  constructor(readonly error: WorkerError) {
    super(`Planning worker failed (${error.code}): ${error.detail}`);
    this.name = 'WorkerRunError';
  }
}

export interface RunHandle {
  readonly done: Promise<RunOutcome>;
  cancel(): void;
}

export function startRun(
  source: WorkerSource,
  options: RunOptions,
  output: 'models' | 'xlsx',
  onProgress: (stage: Stage, fraction: number) => void,
  createWorker: WorkerFactory = defaultWorkerFactory,
): RunHandle {
  const request: WorkerRequest = { type: 'run', source, options, output };
  return startWorker<RunOutcome>(request, onProgress, createWorker, { result: { status: 'cancelled' }, workbook: null }, (message) =>
    message.type === 'done'
      ? { result: message.result, workbook: message.workbook, ...(message.inputSheets ? { inputSheets: message.inputSheets } : {}) }
      : undefined,
  );
}

export interface StageOutcome {
  readonly result: StageResult;
  readonly workbook: OutputWorkbook | null;
}

export interface StageHandle {
  readonly done: Promise<StageOutcome>;
  cancel(): void;
}

/** Runs one of stages 5-8 in a worker of its own, with the same progress and Cancel as a plan. */
export function startStage(
  source: WorkerSource,
  options: StageOptions,
  output: 'models' | 'xlsx',
  onProgress: (stage: Stage, fraction: number) => void,
  createWorker: WorkerFactory = defaultWorkerFactory,
): StageHandle {
  const request: WorkerRequest = { type: 'stage', source, options, output };
  return startWorker<StageOutcome>(request, onProgress, createWorker, { result: { status: 'cancelled' }, workbook: null }, (message) =>
    message.type === 'stage-done' ? { result: message.result, workbook: message.workbook } : undefined,
  );
}

function startWorker<T>(
  request: Extract<WorkerRequest, { type: 'run' | 'stage' }>,
  onProgress: (stage: Stage, fraction: number) => void,
  createWorker: WorkerFactory,
  cancelled: T,
  outcomeOf: (message: WorkerResponse) => T | undefined,
): { readonly done: Promise<T>; cancel(): void } {
  const worker = createWorker();
  let settle: ((outcome: T) => void) | null = null;
  let fail: ((error: Error) => void) | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | null = null;
  const finish = (action: () => void) => {
    if (graceTimer !== null) clearTimeout(graceTimer);
    worker.terminate();
    action();
    settle = null;
    fail = null;
  };
  const done = new Promise<T>((resolve, reject) => {
    settle = (outcome) => finish(() => resolve(outcome));
    fail = (error) => finish(() => reject(error));
  });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.stage, message.fraction);
    else if (message.type === 'error') fail?.(new WorkerRunError(message.error));
    else {
      const outcome = outcomeOf(message);
      if (outcome !== undefined) settle?.(outcome);
    }
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    fail?.(new WorkerRunError({ code: 'internal', detail: event.message || 'worker script error' }));
  };
  worker.postMessage(request, request.source.kind === 'xlsx' ? [request.source.data] : []);
  return {
    done,
    cancel() {
      if (!settle) return;
      worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
      graceTimer ??= setTimeout(() => settle?.(cancelled), CANCEL_GRACE_MS);
    },
  };
}

/** Asks a worker for the sample workbook's sheet models (Office mode inserts them). */
export function fetchSampleModels(createWorker: WorkerFactory = defaultWorkerFactory): Promise<readonly SheetModel[]> {
  const worker = createWorker();
  return new Promise<readonly SheetModel[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'sample-models') resolve(message.sheets);
      else if (message.type === 'error') reject(new WorkerRunError(message.error));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      reject(new WorkerRunError({ code: 'internal', detail: event.message || 'worker script error' }));
    };
    worker.postMessage({ type: 'sample-models' } satisfies WorkerRequest);
  }).finally(() => worker.terminate());
}
