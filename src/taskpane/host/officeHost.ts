/**
 * Office mode: values are read from the open workbook on the pane's thread (Excel.run
 * lives there), planned in the worker, and the new sheets written back as Excel tables.
 */
import type { Stage } from '../../domain/pipelineTypes';
import { OfficeJsWorkbook } from '../../workbook/officejs/OfficeJsWorkbook';
import { fetchSampleModels, startRun, type RunHandle } from '../worker/planClient';
import type { HostRun, HostRunOutcome, HostRunRequest, PaneHost } from './paneHost';

export function officeHost(workbook: OfficeJsWorkbook = new OfficeJsWorkbook()): PaneHost {
  return {
    mode: 'office',
    run(request: HostRunRequest, onProgress: (stage: Stage, fraction: number) => void): HostRun {
      let cancelled = false;
      let handle: RunHandle | null = null;
      const done = (async (): Promise<HostRunOutcome> => {
        onProgress('reading', 0);
        const values = await workbook.readValues();
        if (cancelled) return { result: { status: 'cancelled' }, sheetNames: [], download: null, notes: [] };
        handle = startRun({ kind: 'values', values }, { command: request.command, lang: request.lang, skipInvalidRows: request.skipInvalidRows }, 'models', onProgress);
        const { result } = await handle.done;
        if (result.status !== 'ok' || request.command !== 'plan' || result.sheets.length === 0) {
          return { result, sheetNames: [], download: null, notes: [] };
        }
        // Writing is all-or-nothing and not cancellable once it starts.
        onProgress('writing', 0.5);
        const sheetNames = await workbook.addSheets(result.sheets);
        onProgress('writing', 1);
        return { result, sheetNames, download: null, notes: workbook.notes };
      })();
      return {
        done,
        cancel() {
          cancelled = true;
          handle?.cancel();
        },
      };
    },
    async insertSample() {
      return workbook.addSheets(await fetchSampleModels());
    },
    selectRow: (sheet, row) => workbook.selectRow(sheet, row),
  };
}
