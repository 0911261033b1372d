import { issue } from '../../domain/model/issue';
import type { HostRunOutcome } from '../host/paneHost';
import { initialState, paneReducer, STEP_IDS, type PaneAction, type PaneState } from './paneState';
import { needsOf, overallFraction, stepStatus } from './paneSteps';

const outcome = (result: HostRunOutcome['result']): HostRunOutcome => ({ result, sheetNames: [], download: null, notes: [] });
const reduce = (actions: PaneAction[], state: PaneState = initialState()) => actions.reduce(paneReducer, state);

describe('pane state', () => {
  it('has the eight steps of the lifecycle, all live, the default policy ready', () => {
    const state = initialState();
    expect(STEP_IDS).toHaveLength(8);
    expect(STEP_IDS.map((step) => stepStatus(state, step))).toEqual(['todo', 'todo', 'ready', 'todo', 'todo', 'todo', 'todo', 'todo']);
  });

  it("runs stages 5-8 on the round's latest workbook and keeps each stage's outcome", () => {
    const data = new ArrayBuffer(4);
    const opened = reduce([{ type: 'source', source: { kind: 'file', name: 'a.xlsx', data: new ArrayBuffer(1) } }]);
    const planned = paneReducer(opened, {
      type: 'finished',
      command: 'plan',
      outcome: {
        ...outcome({ status: 'ok', issues: [], sheets: [], figures: [], sources: [] }),
        download: { data, fileName: 'a - Rencana Mutasi.xlsx' },
      },
    });
    expect(planned.working).toEqual({ kind: 'file', name: 'a - Rencana Mutasi.xlsx', data });
    const running = paneReducer(planned, { type: 'stageStart', slot: 'review' });
    expect(stepStatus(running, 'tinjauan')).toBe('running');
    const failed = paneReducer(running, {
      type: 'stageFinished',
      slot: 'review',
      outcome: {
        result: { status: 'data-errors', issues: [issue('REVIEW_SHEET_NOT_FOUND', 'error')], detail: {} },
        sheetNames: [],
        download: null,
        notes: [],
      },
    });
    expect(failed.running).toBeNull();
    expect(stepStatus(failed, 'tinjauan')).toBe('attention');
    expect(failed.working).toBe(planned.working);
    const later = new ArrayBuffer(8);
    const decreed = paneReducer(paneReducer(failed, { type: 'stageStart', slot: 'decree' }), {
      type: 'stageFinished',
      slot: 'decree',
      outcome: {
        result: { status: 'ok', issues: [], sheets: [], figures: [], detail: {} },
        sheetNames: ['Lampiran SK'],
        download: { data: later, fileName: 'a - Rencana Mutasi.xlsx' },
        notes: [],
      },
    });
    expect(stepStatus(decreed, 'sk')).toBe('done');
    expect(decreed.working).toEqual({ kind: 'file', name: 'a - Rencana Mutasi.xlsx', data: later });
    // A new workbook starts the round over.
    const reopened = paneReducer(decreed, { type: 'source', source: { kind: 'sample' } });
    expect(reopened.working).toBeNull();
    expect(reopened.stages).toEqual({});
  });

  it('shows the needs of a check, then those of a plan, and marks Kebutuhan done', () => {
    const needs = (planned: boolean) => ({ units: [], totals: { need: 1, staff: 1, shortageUnits: 0, shortage: 0 }, planned });
    const checked = reduce([
      {
        type: 'finished',
        command: 'validate',
        outcome: outcome({ status: 'ok', issues: [], sheets: [], figures: [], sources: [], needs: needs(false) }),
      },
    ]);
    expect(stepStatus(checked, 'kebutuhan')).toBe('done');
    expect(needsOf(checked)?.planned).toBe(false);
    const planned = paneReducer(checked, {
      type: 'finished',
      command: 'plan',
      outcome: outcome({ status: 'ok', issues: [], sheets: [], figures: [], sources: [], needs: needs(true) }),
    });
    expect(needsOf(planned)?.planned).toBe(true);
  });

  it('edits the policy as a partial override, flags an invalid value, and resets', () => {
    let state = reduce([{ type: 'policyValue', path: ['rules', 'minTenure', 'enabled'], value: false }]);
    expect(state.policy.overrides).toEqual({ rules: { minTenure: { enabled: false } } });
    expect(stepStatus(state, 'kebijakan')).toBe('ready');
    state = paneReducer(state, { type: 'policyValue', path: ['rules', 'rotationDue', 'years'], value: 0 });
    expect(stepStatus(state, 'kebijakan')).toBe('attention');
    state = paneReducer(state, { type: 'policyReset' });
    expect(state.policy).toEqual({ overrides: {}, effectiveDate: null });
    state = paneReducer(state, { type: 'effectiveDate', value: '2026-13-01' });
    expect(stepStatus(state, 'kebijakan')).toBe('attention');
  });

  it('marks the Data step done, or needing attention when the check found errors', () => {
    const clean = reduce([
      { type: 'start', command: 'validate' },
      { type: 'finished', command: 'validate', outcome: outcome({ status: 'ok', issues: [], sheets: [], figures: [], sources: [] }) },
    ]);
    expect(stepStatus(clean, 'data')).toBe('done');
    const bad = reduce([
      { type: 'start', command: 'validate' },
      {
        type: 'finished',
        command: 'validate',
        outcome: outcome({
          status: 'data-errors',
          issues: [issue('NIP_DUPLICATE', 'error', { sheet: 'Pegawai', row: 7 })],
          sheets: [],
          sources: [],
        }),
      },
    ]);
    expect(stepStatus(bad, 'data')).toBe('attention');
    expect(bad.validation?.issues).toHaveLength(1);
  });

  it('follows a plan through its stages to the end', () => {
    let state = reduce([{ type: 'start', command: 'plan' }]);
    expect(stepStatus(state, 'rencana')).toBe('running');
    state = paneReducer(state, { type: 'progress', stage: 'optimising', fraction: 0.5 });
    expect(overallFraction(state.planProgress ?? { stage: 'reading', fraction: 0 })).toBeCloseTo(3.5 / 6);
    state = paneReducer(state, {
      type: 'finished',
      command: 'plan',
      outcome: outcome({ status: 'ok', issues: [], sheets: [], figures: [], sources: [] }),
    });
    expect(state.running).toBeNull();
    expect(stepStatus(state, 'rencana')).toBe('done');
    expect(state.planProgress).toEqual({ stage: 'writing', fraction: 1 });
  });

  it('keeps the progress where a cancelled plan stopped', () => {
    const state = reduce([
      { type: 'start', command: 'plan' },
      { type: 'progress', stage: 'scoring', fraction: 0.2 },
      { type: 'cancelling' },
      { type: 'finished', command: 'plan', outcome: outcome({ status: 'cancelled' }) },
    ]);
    expect(stepStatus(state, 'rencana')).toBe('todo');
    expect(state.planProgress).toEqual({ stage: 'scoring', fraction: 0.2 });
    expect(state.plan?.result.status).toBe('cancelled');
  });

  it('forgets earlier findings when another workbook is chosen', () => {
    const state = reduce([
      { type: 'source', source: { kind: 'sample' } },
      { type: 'finished', command: 'validate', outcome: outcome({ status: 'ok', issues: [], sheets: [], figures: [], sources: [] }) },
      { type: 'source', source: { kind: 'file', name: 'pegawai.xlsx', data: new ArrayBuffer(4) } },
    ]);
    expect(state.validation).toBeNull();
    expect(state.source).toMatchObject({ kind: 'file', name: 'pegawai.xlsx' });
  });

  it('records a failure and ends the run', () => {
    const state = reduce([
      { type: 'start', command: 'plan' },
      { type: 'failed', error: { code: 'internal', detail: 'x' } },
    ]);
    expect(state.running).toBeNull();
    expect(state.error).toEqual({ code: 'internal', detail: 'x' });
  });

  it('bounds the overall fraction to [0, 1]', () => {
    expect(overallFraction({ stage: 'reading', fraction: -1 })).toBe(0);
    expect(overallFraction({ stage: 'writing', fraction: 5 })).toBe(1);
  });
});

describe('pane state: a result file that follows its result (preview mode)', () => {
  const ok = outcome({ status: 'ok', issues: [], sheets: [], figures: [], sources: [] });
  const file = (data: ArrayBuffer, sheetNames: readonly string[] = ['Usulan Mutasi']) => ({
    download: { data, fileName: 'a - Rencana Mutasi.xlsx' },
    sheetNames,
  });
  const opened = reduce([{ type: 'source', source: { kind: 'file', name: 'a.xlsx', data: new ArrayBuffer(1) } }]);
  const planned = (id: number, state: PaneState = opened) =>
    reduce(
      [
        { type: 'start', command: 'plan' },
        { type: 'finished', command: 'plan', outcome: ok, fileId: id },
      ],
      state,
    );

  it("shows the plan at once, then makes its file the download and the next stage's workbook", () => {
    const shown = planned(1);
    expect(stepStatus(shown, 'rencana')).toBe('done');
    expect(shown.pendingFile).toEqual({ id: 1, slot: 'plan' });
    expect(shown.plan?.download).toBeNull();
    expect(shown.working).toBeNull();
    const data = new ArrayBuffer(4);
    const ready = paneReducer(shown, { type: 'fileReady', id: 1, file: file(data) });
    expect(ready.pendingFile).toBeNull();
    expect(ready.plan).toMatchObject({ result: { status: 'ok' }, download: { data }, sheetNames: ['Usulan Mutasi'] });
    expect(ready.working).toEqual({ kind: 'file', name: 'a - Rencana Mutasi.xlsx', data });
  });

  it('never applies a late file of an older run: after a new plan, a cancelled plan or a new workbook', () => {
    const late = { type: 'fileReady', id: 1, file: file(new ArrayBuffer(4)) } as const;
    const replanned = planned(2, planned(1));
    const applied = reduce([late, { type: 'fileReady', id: 2, file: file(new ArrayBuffer(8)) }], replanned);
    expect(applied.plan?.download?.data.byteLength).toBe(8);
    expect(applied.working).toMatchObject({ data: applied.plan?.download?.data });
    const cancelled = reduce(
      [{ type: 'start', command: 'plan' }, { type: 'finished', command: 'plan', outcome: outcome({ status: 'cancelled' }) }, late],
      planned(1),
    );
    expect(cancelled.working).toBeNull();
    expect(cancelled.plan?.download).toBeNull();
    const reopened = reduce([{ type: 'source', source: { kind: 'sample' } }, late], planned(1));
    expect(reopened).toEqual(paneReducer(planned(1), { type: 'source', source: { kind: 'sample' } }));
    // A check meanwhile leaves the plan's file awaited.
    const checked = reduce(
      [{ type: 'start', command: 'validate' }, { type: 'finished', command: 'validate', outcome: ok }, late],
      planned(1),
    );
    expect(checked.plan?.download).not.toBeNull();
  });

  it('shows a failure to write the file as an error and keeps the result shown', () => {
    const failed = paneReducer(planned(1), { type: 'fileFailed', id: 1, error: { code: 'result-file', detail: 'out of memory' } });
    expect(failed.error).toEqual({ code: 'result-file', detail: 'out of memory' });
    expect(failed.pendingFile).toBeNull();
    expect(stepStatus(failed, 'rencana')).toBe('done');
    expect(failed.plan?.result.status).toBe('ok');
    const stale = paneReducer(planned(2, planned(1)), { type: 'fileFailed', id: 1, error: { code: 'result-file', detail: '' } });
    expect(stale.error).toBeNull();
    expect(stale.pendingFile).toEqual({ id: 2, slot: 'plan' });
  });

  it('gives a stage its file when it arrives, and drops a stage whose file a new plan made stale', () => {
    const base = paneReducer(planned(1), { type: 'fileReady', id: 1, file: file(new ArrayBuffer(4)) });
    const stageOk = {
      result: { status: 'ok', issues: [], sheets: [], figures: [], detail: {} },
      sheetNames: [],
      download: null,
      notes: [],
    } as const;
    const decreed = reduce(
      [
        { type: 'stageStart', slot: 'decree' },
        { type: 'stageFinished', slot: 'decree', outcome: stageOk, fileId: 2 },
      ],
      base,
    );
    expect(decreed.pendingFile).toEqual({ id: 2, slot: 'decree' });
    expect(decreed.working).toBe(base.working);
    const data = new ArrayBuffer(16);
    const ready = paneReducer(decreed, { type: 'fileReady', id: 2, file: file(data, ['Lampiran SK']) });
    expect(ready.stages.decree).toMatchObject({ download: { data }, sheetNames: ['Lampiran SK'] });
    expect(ready.working).toMatchObject({ data });
    const replanning = paneReducer(decreed, { type: 'start', command: 'plan' });
    expect(replanning.pendingFile).toBeNull();
    expect(stepStatus(replanning, 'sk')).toBe('todo');
  });
});
