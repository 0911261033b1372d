/**
 * Connects the pane's state to its host: starts runs, feeds progress, handles Cancel and
 * turns failures into messages. Components call these actions and never see a worker.
 */
import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { Command } from '../domain/pipelineTypes';
import type { Lang } from '../i18n';
import type { HostRun, PaneHost, PreviewSource } from './host/paneHost';
import { initialState, paneReducer, type PaneError, type PaneState } from './state/paneState';
import { WorkerRunError } from './worker/planClient';

export interface PaneActions {
  setLang(lang: Lang): void;
  chooseFile(file: File): Promise<boolean>;
  chooseSample(): void;
  insertSample(): Promise<void>;
  setSkipInvalidRows(value: boolean): void;
  run(command: Command): Promise<void>;
  cancel(): void;
  selectRow(sheet: string, row: number): void;
}

/** A failure as the pane shows it: a known code, or "internal" with the error's text. */
export function toPaneError(error: unknown): PaneError {
  if (error instanceof WorkerRunError) return { code: error.error.code, detail: error.error.detail };
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    parts.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return { code: 'internal', detail: parts.join(' ← ') };
}

export const isXlsxName = (name: string): boolean => /\.xlsx$/i.test(name);

export function usePaneController(host: PaneHost, lang: Lang = 'id'): { state: PaneState; actions: PaneActions } {
  const [state, dispatch] = useReducer(paneReducer, lang, initialState);
  const current = useRef<HostRun | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  const run = useCallback(
    async (command: Command) => {
      const now = stateRef.current;
      if (now.running || (host.mode === 'preview' && !now.source)) return;
      dispatch({ type: 'start', command });
      try {
        const handle = host.run({ command, lang: now.lang, skipInvalidRows: now.skipInvalidRows, source: now.source }, (stage, fraction) =>
          dispatch({ type: 'progress', stage, fraction }),
        );
        current.current = handle;
        const outcome = await handle.done;
        dispatch({ type: 'finished', command, outcome });
      } catch (error) {
        dispatch({ type: 'failed', error: toPaneError(error) });
      } finally {
        current.current = null;
      }
    },
    [host],
  );

  const actions = useMemo<PaneActions>(
    () => ({
      setLang: (next) => dispatch({ type: 'lang', lang: next }),
      async chooseFile(file) {
        if (!isXlsxName(file.name)) {
          dispatch({ type: 'failed', error: { code: 'unreadable-workbook', detail: file.name } });
          return false;
        }
        const source: PreviewSource = { kind: 'file', name: file.name, data: await file.arrayBuffer() };
        dispatch({ type: 'source', source });
        return true;
      },
      chooseSample: () => dispatch({ type: 'source', source: { kind: 'sample' } }),
      async insertSample() {
        if (!host.insertSample) return;
        dispatch({ type: 'sampleInserting' });
        try {
          dispatch({ type: 'sampleInserted', names: await host.insertSample() });
        } catch (error) {
          dispatch({ type: 'failed', error: toPaneError(error) });
        }
      },
      setSkipInvalidRows: (value) => dispatch({ type: 'skipInvalidRows', value }),
      run,
      cancel() {
        if (!current.current) return;
        dispatch({ type: 'cancelling' });
        current.current.cancel();
      },
      selectRow(sheet, row) {
        host.selectRow?.(sheet, row).catch((error: unknown) => dispatch({ type: 'failed', error: toPaneError(error) }));
      },
    }),
    [host, run],
  );

  return { state, actions };
}
