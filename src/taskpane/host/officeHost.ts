/**
 * Office mode: values are read from the open workbook on the pane's thread (Excel.run
 * lives there), planned in the worker, and the new sheets written back as Excel tables.
 * Tinjauan also reads the reviewers' threaded comments on the newest Usulan Mutasi here.
 */
import { newestProposalsSheetName } from '../../domain/input/reviewedProposals';
import type { Stage } from '../../domain/pipelineTypes';
import { OfficeJsWorkbook } from '../../workbook/officejs/OfficeJsWorkbook';
import { fetchSampleModels, startRun, startStage, type RunHandle, type StageHandle } from '../worker/planClient';
import { DocumentSetting, documentSettings } from '../../workbook/officejs/documentSettings';
import { SETTINGS_KEY } from './settingsKeys';
import {
  runOptionsOf,
  type HostRun,
  type HostRunOutcome,
  type HostRunRequest,
  type PaneHost,
  type StageRun,
  type StageRunOutcome,
} from './paneHost';
import { memorySettings, type SettingsStore } from './settingsStore';

/** The workbook's own settings when office.js offers them (else memory, so the pane still works). */
function workbookSettings(): SettingsStore {
  const settings = documentSettings();
  if (!settings) return memorySettings();
  const setting = new DocumentSetting(settings, SETTINGS_KEY);
  return { kind: 'workbook', load: async () => setting.read(), save: (value) => setting.write(value) };
}

export function officeHost(workbook: OfficeJsWorkbook = new OfficeJsWorkbook()): PaneHost {
  return {
    mode: 'office',
    settings: workbookSettings(),
    run(request: HostRunRequest, onProgress: (stage: Stage, fraction: number) => void): HostRun {
      let cancelled = false;
      let handle: RunHandle | null = null;
      const done = (async (): Promise<HostRunOutcome> => {
        onProgress('reading', 0);
        const values = await workbook.readValues();
        if (cancelled) return { result: { status: 'cancelled' }, sheetNames: [], download: null, notes: [] };
        handle = startRun({ kind: 'values', values }, runOptionsOf(request), 'models', onProgress);
        const { result } = await handle.done;
        const inputSheets = values.sheets.map((sheet) => sheet.name);
        if (result.status !== 'ok' || request.command !== 'plan' || result.sheets.length === 0) {
          return { result, sheetNames: [], download: null, notes: [], inputSheets };
        }
        // Writing is all-or-nothing and not cancellable once it starts.
        onProgress('writing', 0.5);
        const sheetNames = await workbook.addSheets(result.sheets);
        onProgress('writing', 1);
        return { result, sheetNames, download: null, notes: workbook.notes, inputSheets };
      })();
      return {
        done,
        cancel() {
          cancelled = true;
          handle?.cancel();
        },
      };
    },
    runStage(request, onProgress): StageRun {
      let cancelled = false;
      let handle: StageHandle | null = null;
      const done = (async (): Promise<StageRunOutcome> => {
        onProgress('reading', 0);
        const values = await workbook.readValues();
        // Tinjauan: the reviewers' threaded comments on the newest Usulan Mutasi (Excel.run lives on this thread).
        const reviewed = request.options.stage === 'review' ? newestProposalsSheetName(values.sheets.map((sheet) => sheet.name)) : null;
        const options = reviewed === null ? request.options : { ...request.options, comments: await workbook.readComments(reviewed) };
        if (cancelled) return { result: { status: 'cancelled' }, sheetNames: [], download: null, notes: [] };
        handle = startStage({ kind: 'values', values }, options, 'models', onProgress);
        const { result } = await handle.done;
        if (result.status !== 'ok' || result.sheets.length === 0) return { result, sheetNames: [], download: null, notes: [] };
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
