/**
 * The pane's side of the planning worker: one run at a time per worker, progress as
 * callbacks, and a Cancel that always works. The engine checks for cancellation between
 * stages, but a worker only sees the "cancel" message when the engine yields; if it has not
 * answered within {@link CANCEL_GRACE_MS}, the worker is terminated and the run reported
 * cancelled. A worker whose run ended normally is kept for the next run (see `idle`).
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

/**
 * The last worker whose run ended normally, per factory, waiting for the next run: a new
 * worker would load the ExcelJS chunk again and start the engine cold, its hot code compiled
 * anew (on two cores, seconds of a plan). A worker that failed, or whose run was cancelled,
 * is terminated instead; so is an idle one replaced by a newer one.
 */
const idle = new WeakMap<WorkerFactory, Worker>();

function takeWorker(createWorker: WorkerFactory): Worker {
  const kept = idle.get(createWorker);
  if (kept === undefined) return createWorker();
  idle.delete(createWorker);
  return kept;
}

/** Ends `worker`'s run: kept idle for the next one (`reuse`), else terminated. */
function release(createWorker: WorkerFactory, worker: Worker, reuse: boolean): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (!reuse) {
    worker.terminate();
    return;
  }
  idle.get(createWorker)?.terminate();
  idle.set(createWorker, worker);
}

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
  const worker = takeWorker(createWorker);
  let settle: ((outcome: T, reuse: boolean) => void) | null = null;
  let fail: ((error: Error) => void) | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | null = null;
  const finish = (reuse: boolean, action: () => void) => {
    if (graceTimer !== null) clearTimeout(graceTimer);
    // A cancelled run's worker may still be busy: only a run that ended by itself leaves it idle.
    release(createWorker, worker, reuse && graceTimer === null);
    action();
    settle = null;
    fail = null;
  };
  const done = new Promise<T>((resolve, reject) => {
    settle = (outcome, reuse) => finish(reuse, () => resolve(outcome));
    fail = (error) => finish(false, () => reject(error));
  });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.stage, message.fraction);
    else if (message.type === 'error') fail?.(new WorkerRunError(message.error));
    else {
      const outcome = outcomeOf(message);
      if (outcome !== undefined) settle?.(outcome, true);
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
      graceTimer ??= setTimeout(() => settle?.(cancelled, false), CANCEL_GRACE_MS);
    },
  };
}

/** Asks a worker for the sample workbook's sheet models (Office mode inserts them). */
export function fetchSampleModels(createWorker: WorkerFactory = defaultWorkerFactory): Promise<readonly SheetModel[]> {
  return ask(createWorker, { type: 'sample-models' }, (message) => (message.type === 'sample-models' ? message.sheets : undefined));
}

/** Asks a worker for the sample workbook as .xlsx bytes (preview mode keeps them for its runs). */
export function fetchSampleXlsx(createWorker: WorkerFactory = defaultWorkerFactory): Promise<ArrayBuffer> {
  return ask(createWorker, { type: 'sample-xlsx' }, (message) => (message.type === 'sample-xlsx' ? message.data : undefined));
}

/** One request, answered once; the worker is then kept idle, or terminated after an error. */
function ask<T>(createWorker: WorkerFactory, request: WorkerRequest, answerOf: (message: WorkerResponse) => T | undefined): Promise<T> {
  const worker = takeWorker(createWorker);
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const answer = answerOf(message);
      if (answer !== undefined) {
        release(createWorker, worker, true);
        resolve(answer);
      } else if (message.type === 'error') {
        release(createWorker, worker, false);
        reject(new WorkerRunError(message.error));
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      release(createWorker, worker, false);
      reject(new WorkerRunError({ code: 'internal', detail: event.message || 'worker script error' }));
    };
    worker.postMessage(request);
  });
}
