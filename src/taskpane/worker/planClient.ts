/**
 * The pane's side of the planning worker: one worker per run, progress as callbacks, and a
 * Cancel that always works. The engine checks for cancellation between stages, but a
 * worker only sees the "cancel" message when the engine yields; if it has not answered
 * within {@link CANCEL_GRACE_MS}, the worker is terminated and the run reported cancelled.
 * In preview mode the result comes before its workbook: the worker then lives on to write the
 * file and ends when the file arrives, the writing fails, or the pane discards it.
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
 * A result workbook the worker is still writing when the result arrives (preview mode). The
 * worker lives on until the file arrives, the writing fails, or the file is discarded.
 */
export interface PendingWorkbook {
  /** The written workbook, or null once discarded; rejects with a WorkerRunError when writing failed. */
  readonly ready: Promise<OutputWorkbook | null>;
  /** Stops waiting and ends the worker (a newer run or workbook made the file stale). */
  discard(): void;
}

export interface RunOutcome {
  readonly result: PipelineResult;
  /** Preview mode's result workbook, still being written; null when none follows. */
  readonly workbook: PendingWorkbook | null;
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
  /** Settles with the engine's result, before any result workbook is written. */
  readonly done: Promise<RunOutcome>;
  /** Cancels the run until its result arrives; afterwards a pending file is ended by `discard`. */
  cancel(): void;
}

/** Plans (or checks) in a worker of its own; in preview mode ('xlsx') the result workbook follows the result. */
export function startRun(
  source: WorkerSource,
  options: RunOptions,
  output: 'models' | 'xlsx',
  onProgress: (stage: Stage, fraction: number) => void,
  createWorker: WorkerFactory = defaultWorkerFactory,
): RunHandle {
  const request: WorkerRequest = { type: 'run', source, options, output };
  return startWorker<RunOutcome>(
    request,
    onProgress,
    createWorker,
    { result: { status: 'cancelled' }, workbook: null },
    (message, workbook) =>
      message.type === 'done'
        ? { result: message.result, workbook: workbook(), ...(message.inputSheets ? { inputSheets: message.inputSheets } : {}) }
        : undefined,
  );
}

export interface StageOutcome {
  readonly result: StageResult;
  /** Preview mode's result workbook, still being written; null when none follows. */
  readonly workbook: PendingWorkbook | null;
}

export interface StageHandle {
  readonly done: Promise<StageOutcome>;
  cancel(): void;
}

/** Runs one of stages 5-8 in a worker of its own, with the same progress, Cancel and file as a plan. */
export function startStage(
  source: WorkerSource,
  options: StageOptions,
  output: 'models' | 'xlsx',
  onProgress: (stage: Stage, fraction: number) => void,
  createWorker: WorkerFactory = defaultWorkerFactory,
): StageHandle {
  const request: WorkerRequest = { type: 'stage', source, options, output };
  return startWorker<StageOutcome>(
    request,
    onProgress,
    createWorker,
    { result: { status: 'cancelled' }, workbook: null },
    (message, workbook) => (message.type === 'stage-done' ? { result: message.result, workbook: workbook() } : undefined),
  );
}

/**
 * One worker through a run: 'running' until the result (progress, Cancel), then 'file' while a
 * result workbook is written (no progress, no Cancel: only the file, an error or a discard), then
 * 'over' with the worker terminated.
 */
function startWorker<T>(
  request: Extract<WorkerRequest, { type: 'run' | 'stage' }>,
  onProgress: (stage: Stage, fraction: number) => void,
  createWorker: WorkerFactory,
  cancelled: T,
  outcomeOf: (message: WorkerResponse, workbook: () => PendingWorkbook | null) => T | undefined,
): { readonly done: Promise<T>; cancel(): void } {
  const worker = createWorker();
  let phase: 'running' | 'file' | 'over' = 'running';
  let graceTimer: ReturnType<typeof setTimeout> | null = null;
  let resolveRun: (outcome: T) => void = () => undefined;
  let rejectRun: (error: Error) => void = () => undefined;
  let file: { resolve(workbook: OutputWorkbook | null): void; reject(error: Error): void } | null = null;
  const done = new Promise<T>((resolve, reject) => {
    resolveRun = resolve;
    rejectRun = reject;
  });
  const stop = () => {
    if (graceTimer !== null) clearTimeout(graceTimer);
    worker.terminate();
    phase = 'over';
  };
  const settle = (outcome: T) => {
    if (graceTimer !== null) clearTimeout(graceTimer);
    if (file) phase = 'file';
    else stop();
    resolveRun(outcome);
  };
  const fail = (error: Error) => {
    if (phase === 'over') return;
    const wasRunning = phase === 'running';
    stop();
    if (wasRunning) rejectRun(error);
    else file?.reject(error);
  };
  const pending = (): PendingWorkbook => {
    const ready = new Promise<OutputWorkbook | null>((resolve, reject) => {
      file = { resolve, reject };
    });
    return {
      ready,
      discard() {
        if (phase !== 'file') return;
        stop();
        file?.resolve(null);
      },
    };
  };
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.type === 'error') fail(new WorkerRunError(message.error));
    else if (phase === 'running' && message.type === 'progress') onProgress(message.stage, message.fraction);
    else if (phase === 'file' && message.type === 'file') {
      stop();
      file?.resolve(message.workbook);
    } else if (phase === 'running') {
      const follows = (message.type === 'done' || message.type === 'stage-done') && message.fileFollows;
      const outcome = outcomeOf(message, () => (follows ? pending() : null));
      if (outcome !== undefined) settle(outcome);
    }
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    fail(new WorkerRunError({ code: 'internal', detail: event.message || 'worker script error' }));
  };
  worker.postMessage(request, request.source.kind === 'xlsx' ? [request.source.data] : []);
  return {
    done,
    cancel() {
      if (phase !== 'running') return;
      worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
      graceTimer ??= setTimeout(() => {
        if (phase === 'running') settle(cancelled);
      }, CANCEL_GRACE_MS);
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
