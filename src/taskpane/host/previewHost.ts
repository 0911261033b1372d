/**
 * Preview mode (plain browser, or office.js unreachable): the workbook is an .xlsx held in
 * memory; the worker reads its values lean, runs every stage and returns the result, then
 * the result workbook's bytes for download. Nothing leaves the browser.
 */
import { runOptionsOf, type FollowingFile, type PreviewSource, type PaneHost, type HostRun, type StageRun } from './paneHost';
import { startRun, startStage, type PendingWorkbook, type WorkerFactory, defaultWorkerFactory } from '../worker/planClient';
import type { WorkerSource } from '../worker/protocol';
import { memorySettings } from './settingsStore';

/** Name of the downloaded result: the input's name with a suffix, or the sample's name. */
export function resultFileName(source: PreviewSource): string {
  if (source.kind === 'sample') return 'Rencana Mutasi - data contoh.xlsx';
  const base = source.name.replace(/\.xls[xm]$/i, '');
  // A later stage's result keeps the name of the round's workbook.
  return / - Rencana Mutasi$/.test(base) ? `${base}.xlsx` : `${base} - Rencana Mutasi.xlsx`;
}

function workerSource(source: PreviewSource): WorkerSource {
  // The pane keeps its copy for the next run; the worker gets a transferred duplicate.
  return source.kind === 'sample' ? { kind: 'sample' } : { kind: 'xlsx', data: source.data.slice(0) };
}

/** The worker's pending workbook as a download named after the source. */
function pendingDownloadOf(workbook: PendingWorkbook | null, source: PreviewSource): FollowingFile {
  if (!workbook) return {};
  const ready = workbook.ready.then((written) =>
    written ? { download: { data: written.data, fileName: resultFileName(source) }, sheetNames: written.sheetNames } : null,
  );
  return { pendingDownload: { ready, discard: () => workbook.discard() } };
}

/**
 * The preview host: every run in a planning worker; a plan's or stage's outcome comes as soon as the
 * engine has it, and its result file follows (`pendingDownload`) while the pane already shows it.
 */
export function previewHost(createWorker: WorkerFactory = defaultWorkerFactory): PaneHost {
  return {
    mode: 'preview',
    // Preview mode keeps the policy in memory only: nothing goes to the browser's storage.
    settings: memorySettings(),
    run(request, onProgress): HostRun {
      const source = request.source;
      if (!source) throw new Error('Preview mode needs a workbook source before running.');
      const output = request.command === 'plan' ? 'xlsx' : 'models';
      const handle = startRun(workerSource(source), runOptionsOf(request), output, onProgress, createWorker);
      return {
        cancel: handle.cancel,
        done: handle.done.then(({ result, workbook, inputSheets }) => ({
          result,
          sheetNames: [],
          download: null,
          notes: [],
          ...(inputSheets ? { inputSheets } : {}),
          ...pendingDownloadOf(workbook, source),
        })),
      };
    },
    runStage(request, onProgress): StageRun {
      const source = request.source;
      if (!source) throw new Error('Preview mode needs a workbook source before running.');
      const handle = startStage(workerSource(source), request.options, 'xlsx', onProgress, createWorker);
      return {
        cancel: handle.cancel,
        done: handle.done.then(({ result, workbook }) => ({
          result,
          sheetNames: [],
          download: null,
          notes: [],
          ...pendingDownloadOf(workbook, source),
        })),
      };
    },
  };
}
