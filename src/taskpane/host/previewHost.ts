/**
 * Preview mode (plain browser, or office.js unreachable): the workbook is an .xlsx held in
 * memory; the worker reads it with ExcelJS, runs every stage and returns the result
 * workbook's bytes for download. Nothing leaves the browser.
 */
import { runOptionsOf, type PreviewSource, type PaneHost, type HostRun, type Download, type StageRun } from './paneHost';
import { startRun, startStage, type WorkerFactory, defaultWorkerFactory } from '../worker/planClient';
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
        done: handle.done.then(({ result, workbook, inputSheets }) => {
          const download: Download | null = workbook ? { data: workbook.data, fileName: resultFileName(source) } : null;
          return { result, sheetNames: workbook?.sheetNames ?? [], download, notes: [], ...(inputSheets ? { inputSheets } : {}) };
        }),
      };
    },
    runStage(request, onProgress): StageRun {
      const source = request.source;
      if (!source) throw new Error('Preview mode needs a workbook source before running.');
      const handle = startStage(workerSource(source), request.options, 'xlsx', onProgress, createWorker);
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
