/**
 * Connects the pane's state to its host: starts runs, feeds progress, handles Cancel and
 * turns failures into messages. Components call these actions and never see a worker.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { TableKind } from '../domain/input/fieldDef';
import type { Command } from '../domain/pipelineTypes';
import type { Lang } from '../i18n';
import type { HostRun, PaneHost, PendingDownload, PreviewSource, StageRun } from './host/paneHost';
import { initialState, paneReducer, type PaneAction, type PaneError, type PaneState, type StageSlot } from './state/paneState';
import type { StageOptions } from './worker/protocol';
import { EMPTY_MAPPING, hasOverrides, type MappingOverrides } from './state/mappingOverrides';
import { checkDraft, draftOf, EMPTY_DRAFT, storedMappingOf, storedOf, type PolicyPath } from './state/policyDraft';
import { ExcelRefusedError } from '../workbook/officejs/excelRefusal';
import { WorkerRunError } from './worker/planClient';

export interface PaneActions {
  setLang(lang: Lang): void;
  chooseFile(file: File): Promise<boolean>;
  chooseSample(): void;
  insertSample(): Promise<void>;
  setSkipInvalidRows(value: boolean): void;
  run(command: Command): Promise<void>;
  /** Runs one of stages 5-8 (`replan`: Tindak Lanjut's re-plan); `draft` is SK's switch. */
  runStage(slot: StageSlot, choice?: { readonly draft?: boolean }): Promise<void>;
  cancel(): void;
  selectRow(sheet: string, row: number): void;
  setPolicyValue(path: PolicyPath, value: unknown): void;
  /** `yyyy-mm-dd`, or null for today. */
  setEffectiveDate(value: string | null): void;
  resetPolicy(): void;
  /** Points a field of a table at the column with that header (null: not used). */
  setMappingColumn(table: TableKind, field: string, header: string | null): void;
  /** Reads a table from another sheet (its column choices start over). */
  setMappingSheet(table: TableKind, sheet: string): void;
  /** Checks the data again with the corrected mapping. */
  applyMapping(): void;
  /** Drops every correction and checks the data again with automatic detection. */
  resetMapping(): void;
}

/** Waits this long after the last edit before saving the policy (one save per burst of typing). */
const SAVE_DELAY_MS = 400;

/** A failure as the pane shows it: a known code, or "internal" with the error's text. */
export function toPaneError(error: unknown): PaneError {
  if (error instanceof WorkerRunError) return { code: error.error.code, detail: error.error.detail };
  if (error instanceof ExcelRefusedError) return { code: error.code, detail: '' };
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    parts.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return { code: 'internal', detail: parts.join(' ← ') };
}

/** A name the pane opens: an .xlsx, or an .xlsm (its macros are not kept; the result downloads as .xlsx). The bytes are judged again in the worker. */
export const isXlsxName = (name: string): boolean => /\.xls[xm]$/i.test(name);

export function usePaneController(host: PaneHost, lang: Lang = 'id'): { state: PaneState; actions: PaneActions } {
  const [state, dispatch] = useReducer(paneReducer, lang, initialState);
  const current = useRef<HostRun | StageRun | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const { follow: followFile, discard: discardFile, waiting: waitingForFile } = useResultFile(dispatch);

  const run = useCallback(
    async (command: Command, mapping?: MappingOverrides) => {
      const now = stateRef.current;
      const corrections = mapping ?? now.mapping;
      if (now.running || (host.mode === 'preview' && !now.source)) return;
      const check = checkDraft(now.policy);
      // A plan needs a valid policy (the button says so); a check uses it when it is valid.
      if (command === 'plan' && !check.ok) return;
      const policy = check.ok && Object.keys(now.policy.overrides).length > 0 ? { policy: now.policy.overrides } : {};
      const effectiveDate = check.effectiveDay !== null ? { effectiveDate: check.effectiveDay } : {};
      const overrides = hasOverrides(corrections) ? { overrides: corrections } : {};
      // A new plan makes the last result file stale (a check leaves it be).
      if (command === 'plan') discardFile();
      dispatch({ type: 'start', command });
      try {
        const request = {
          command,
          lang: now.lang,
          skipInvalidRows: now.skipInvalidRows,
          source: now.source,
          ...policy,
          ...effectiveDate,
          ...overrides,
        };
        const handle = host.run(request, (stage, fraction) => dispatch({ type: 'progress', stage, fraction }));
        current.current = handle;
        const { pendingDownload, ...outcome } = await handle.done;
        dispatch({ type: 'finished', command, outcome, ...followFile(pendingDownload) });
      } catch (error) {
        dispatch({ type: 'failed', error: toPaneError(error) });
      } finally {
        current.current = null;
      }
    },
    [host, followFile, discardFile],
  );

  const runStage = useCallback(
    async (slot: StageSlot, choice: { readonly draft?: boolean } = {}) => {
      const now = stateRef.current;
      const source = now.working ?? now.source;
      // The stage reads the round's workbook: not before the last result file arrived.
      if (now.running || now.pendingFile || waitingForFile() || (host.mode === 'preview' && !source)) return;
      const check = checkDraft(now.policy);
      const options: StageOptions = {
        stage: slot === 'replan' ? 'followup' : slot,
        lang: now.lang,
        skipInvalidRows: now.skipInvalidRows,
        ...(check.ok && Object.keys(now.policy.overrides).length > 0 ? { policy: now.policy.overrides } : {}),
        // A re-plan dates its moves like a plan; the later stages default to the date the plan recorded.
        ...(check.effectiveDay !== null && (slot === 'review' || now.policy.effectiveDate) ? { effectiveDate: check.effectiveDay } : {}),
        ...(slot === 'decree' ? { draft: choice.draft === true } : {}),
        ...(slot === 'followup' || slot === 'replan' ? { replan: slot === 'replan' } : {}),
      };
      dispatch({ type: 'stageStart', slot });
      try {
        const handle = host.runStage({ options, source }, (stage, fraction) => dispatch({ type: 'progress', stage, fraction }));
        current.current = handle;
        const { pendingDownload, ...outcome } = await handle.done;
        dispatch({ type: 'stageFinished', slot, outcome, ...followFile(pendingDownload) });
      } catch (error) {
        dispatch({ type: 'failed', error: toPaneError(error) });
      } finally {
        current.current = null;
      }
    },
    [host, followFile, waitingForFile],
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
        discardFile();
        dispatch({ type: 'source', source });
        return true;
      },
      chooseSample() {
        discardFile();
        dispatch({ type: 'source', source: { kind: 'sample' } });
      },
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
      run: (command) => run(command),
      runStage: (slot, choice) => runStage(slot, choice),
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
      setMappingColumn: (table, field, header) => dispatch({ type: 'mappingColumn', table, field, header }),
      setMappingSheet: (table, sheet) => dispatch({ type: 'mappingSheet', table, sheet }),
      applyMapping: () => void run('validate'),
      resetMapping() {
        dispatch({ type: 'mappingReset' });
        // The state above is applied on the next render; this run already uses none.
        void run('validate', EMPTY_MAPPING);
      },
    }),
    [host, run, runStage, discardFile],
  );

  return { state, actions };
}

/**
 * Preview mode's result file, written after the run's outcome: `follow` numbers it (the id goes
 * with the outcome) and announces its arrival or failure under that id, so the reducer can tell a
 * late file of an older run; `discard` ends the writing of a file a new plan or workbook made stale.
 */
function useResultFile(dispatch: (action: PaneAction) => void): {
  follow(pending: PendingDownload | undefined): { fileId?: number };
  discard(): void;
  waiting(): boolean;
} {
  const pending = useRef<{ readonly id: number; readonly file: PendingDownload } | null>(null);
  const lastId = useRef(0);
  const follow = useCallback(
    (file: PendingDownload | undefined) => {
      if (!file) return {};
      const id = ++lastId.current;
      pending.current = { id, file };
      const settled = () => {
        if (pending.current?.id === id) pending.current = null;
      };
      file.ready.then(
        (written) => {
          settled();
          if (written) dispatch({ type: 'fileReady', id, file: written });
        },
        (error: unknown) => {
          settled();
          dispatch({ type: 'fileFailed', id, error: { code: 'result-file', detail: toPaneError(error).detail } });
        },
      );
      return { fileId: id };
    },
    [dispatch],
  );
  const discard = useCallback(() => {
    pending.current?.file.discard();
    pending.current = null;
  }, []);
  const waiting = useCallback(() => pending.current !== null, []);
  return { follow, discard, waiting };
}

/**
 * Loads the stored policy and column mapping once, then saves every valid change after a short pause (Office
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
        const mapping = storedMappingOf(stored);
        // Nothing is written back until the user changes something.
        lastSaved.current = JSON.stringify(storedOf(draft ?? EMPTY_DRAFT, mapping));
        if (live && draft) dispatch({ type: 'policyLoaded', draft });
        if (live && hasOverrides(mapping)) dispatch({ type: 'mappingLoaded', mapping });
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

  const { policy, mapping } = state;
  useEffect(() => {
    if (!loaded.current || !checkDraft(policy).ok) return undefined;
    const stored = storedOf(policy, mapping);
    const text = JSON.stringify(stored);
    if (text === lastSaved.current) return undefined;
    const timer = setTimeout(() => {
      lastSaved.current = text;
      host.settings.save(stored).then(
        () => dispatch({ type: 'policySaved', ok: true }),
        () => dispatch({ type: 'policySaved', ok: false }),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [host, policy, mapping, dispatch]);
}
