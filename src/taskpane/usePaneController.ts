/**
 * Connects the pane's state to its host: starts runs, feeds progress, handles Cancel and
 * turns failures into messages. Components call these actions and never see a worker.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Command } from '../domain/pipelineTypes';
import type { Lang } from '../i18n';
import type { HostRun, PaneHost, PreviewSource } from './host/paneHost';
import { initialState, paneReducer, type PaneError, type PaneState } from './state/paneState';
import { checkDraft, draftOf, EMPTY_DRAFT, storedOf, type PolicyPath } from './state/policyDraft';
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
  setPolicyValue(path: PolicyPath, value: unknown): void;
  /** `yyyy-mm-dd`, or null for today. */
  setEffectiveDate(value: string | null): void;
  resetPolicy(): void;
}

/** Waits this long after the last edit before saving the policy (one save per burst of typing). */
const SAVE_DELAY_MS = 400;

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
      const check = checkDraft(now.policy);
      // A plan needs a valid policy (the button says so); a check uses it when it is valid.
      if (command === 'plan' && !check.ok) return;
      const policy = check.ok && Object.keys(now.policy.overrides).length > 0 ? { policy: now.policy.overrides } : {};
      const effectiveDate = check.effectiveDay !== null ? { effectiveDate: check.effectiveDay } : {};
      dispatch({ type: 'start', command });
      try {
        const request = { command, lang: now.lang, skipInvalidRows: now.skipInvalidRows, source: now.source, ...policy, ...effectiveDate };
        const handle = host.run(request, (stage, fraction) =>
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

  usePolicyPersistence(host, state, dispatch);

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
      setPolicyValue: (path, value) => dispatch({ type: 'policyValue', path, value }),
      setEffectiveDate: (value) => dispatch({ type: 'effectiveDate', value }),
      resetPolicy: () => dispatch({ type: 'policyReset' }),
    }),
    [host, run],
  );

  return { state, actions };
}

/**
 * Loads the stored policy once, then saves every valid change after a short pause (Office
 * mode: into the workbook's settings; preview mode: in memory). Invalid drafts are not saved.
 */
function usePolicyPersistence(host: PaneHost, state: PaneState, dispatch: (action: Parameters<typeof paneReducer>[1]) => void): void {
  const loaded = useRef(false);
  const lastSaved = useRef<string | null>(null);
  useEffect(() => {
    let live = true;
    host.settings.load().then(
      (stored) => {
        const draft = draftOf(stored);
        // Nothing is written back until the user changes something.
        lastSaved.current = JSON.stringify(storedOf(draft ?? EMPTY_DRAFT));
        if (live && draft) dispatch({ type: 'policyLoaded', draft });
        loaded.current = true;
      },
      () => {
        loaded.current = true;
      },
    );
    return () => {
      live = false;
    };
  }, [host, dispatch]);

  const { policy } = state;
  useEffect(() => {
    if (!loaded.current || !checkDraft(policy).ok) return undefined;
    const text = JSON.stringify(storedOf(policy));
    if (text === lastSaved.current) return undefined;
    const timer = setTimeout(() => {
      lastSaved.current = text;
      host.settings.save(storedOf(policy)).then(
        () => dispatch({ type: 'policySaved', ok: true }),
        () => dispatch({ type: 'policySaved', ok: false }),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [host, policy, dispatch]);
}
