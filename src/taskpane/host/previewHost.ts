/**
 * Preview mode (plain browser, or office.js unreachable): the workbook is an .xlsx held in
 * memory; the worker reads it with ExcelJS, runs every stage and returns the result
 * workbook's bytes for download. Nothing leaves the browser. The sample ("Coba dengan data
 * contoh") is written as .xlsx bytes once, by a worker of its own as soon as it is chosen,
 * and from then on runs like an opened file (read lean, the new sheets appended).
 */
import { runOptionsOf, type PreviewSource, type PaneHost, type HostRun, type Download, type StageRun } from './paneHost';
import { fetchSampleXlsx, startRun, startStage, type WorkerFactory, defaultWorkerFactory } from '../worker/planClient';
import type { WorkerSource } from '../worker/protocol';
import { memorySettings } from './settingsStore';

/** Name of the downloaded result: the input's name with a suffix, or the sample's name. */
export function resultFileName(source: PreviewSource): string {
  if (source.kind === 'sample') return 'Rencana Mutasi - data contoh.xlsx';
  const base = source.name.replace(/\.xls[xm]$/i, '');
  // A later stage's result keeps the name of the round's workbook.
  return / - Rencana Mutasi$/.test(base) ? `${base}.xlsx` : `${base} - Rencana Mutasi.xlsx`;
}

/** The pane keeps its copy of the bytes for the next run; the worker gets a transferred duplicate. */
const xlsxSource = (data: ArrayBuffer): WorkerSource => ({ kind: 'xlsx', data: data.slice(0) });

interface Handle<T> {
  readonly done: Promise<T>;
  cancel(): void;
}

/** Starts a run once its source is there; a Cancel before that ends it at once as `cancelled`. */
function afterSource<T>(source: Promise<WorkerSource>, start: (source: WorkerSource) => Handle<T>, cancelled: T): Handle<T> {
  let handle: Handle<T> | null = null;
  let stopped = false;
  let stop: (outcome: T) => void = () => undefined;
  const early = new Promise<T>((resolve) => {
    stop = resolve;
  });
  const started = source.then((ready) => {
    if (stopped) return cancelled;
    handle = start(ready);
    return handle.done;
  });
  return {
    done: Promise.race([early, started]),
    cancel() {
      if (handle) {
        handle.cancel();
        return;
      }
      stopped = true;
      stop(cancelled);
    },
  };
}

export function previewHost(createWorker: WorkerFactory = defaultWorkerFactory): PaneHost {
  // The sample's .xlsx bytes: asked for once; null if the worker could not make them, and then
  // every run generates the sample itself (the values are the same either way).
  let sampleXlsx: Promise<ArrayBuffer | null> | null = null;
  let sampleReady: ArrayBuffer | null = null;
  const prepareSample = (): Promise<ArrayBuffer | null> =>
    (sampleXlsx ??= fetchSampleXlsx(createWorker).then(
      (data) => (sampleReady = data),
      () => null,
    ));
  /**
   * Runs `start` on the source's bytes. A check of the sample does not wait for the sample's
   * bytes (it writes nothing, so generating the sample in its own worker costs no more); a plan
   * or a stage, which appends its sheets to the workbook, does.
   */
  const withSource = <T>(source: PreviewSource, wait: boolean, start: (source: WorkerSource) => Handle<T>, cancelled: T): Handle<T> => {
    if (source.kind === 'file') return start(xlsxSource(source.data));
    const bytes = prepareSample();
    if (sampleReady !== null) return start(xlsxSource(sampleReady));
    if (!wait) return start({ kind: 'sample' });
    const ready = bytes.then((data): WorkerSource => (data === null ? { kind: 'sample' } : xlsxSource(data)));
    return afterSource(ready, start, cancelled);
  };
  const cancelled = { result: { status: 'cancelled' }, workbook: null } as const;
  return {
    mode: 'preview',
    // Preview mode keeps the policy in memory only: nothing goes to the browser's storage.
    settings: memorySettings(),
    prepareSample() {
      void prepareSample();
    },
    run(request, onProgress): HostRun {
      const source = request.source;
      if (!source) throw new Error('Preview mode needs a workbook source before running.');
      const output = request.command === 'plan' ? 'xlsx' : 'models';
      const start = (from: WorkerSource) => startRun(from, runOptionsOf(request), output, onProgress, createWorker);
      const handle = withSource(source, output === 'xlsx', start, cancelled);
      return {
        cancel: handle.cancel,
        done: handle.done.then(({ result, workbook, inputSheets }) => {
          const download: Download | null = workbook ? { data: workbook.data, fileName: resultFileName(source) } : null;
          return { result, sheetNames: workbook?.sheetNames ?? [], download, notes: [], ...(inputSheets ? { inputSheets } : {}) };
        }),
      };
    },
    runStage(request, onProgress): StageRun {
      const source = request.source;
      if (!source) throw new Error('Preview mode needs a workbook source before running.');
      const start = (from: WorkerSource) => startStage(from, request.options, 'xlsx', onProgress, createWorker);
      const handle = withSource(source, true, start, cancelled);
      return {
        cancel: handle.cancel,
        done: handle.done.then(({ result, workbook }) => {
          const download: Download | null = workbook ? { data: workbook.data, fileName: resultFileName(source) } : null;
          return { result, sheetNames: workbook?.sheetNames ?? [], download, notes: [] };
        }),
      };
    },
  };
}
