import { CANCEL_GRACE_MS, fetchSampleModels, startRun, startStage, WorkerRunError } from './planClient';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** A stand-in for a Web Worker: records what the pane posts, lets the test answer. */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: { message: WorkerRequest; transfer: Transferable[] }[] = [];
  terminated = false;
  postMessage(message: WorkerRequest, transfer: Transferable[] = []) {
    this.posted.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: WorkerResponse) {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
  }
}

const options = { command: 'plan', lang: 'id', skipInvalidRows: false } as const;
const okResult = { status: 'ok', issues: [], sheets: [], figures: [], sources: [] } as const;

describe('planning worker client', () => {
  it('transfers the .xlsx bytes, reports progress and ends the worker with the result', async () => {
    const worker = new FakeWorker();
    const seen: string[] = [];
    const data = new ArrayBuffer(8);
    const run = startRun(
      { kind: 'xlsx', data },
      options,
      'xlsx',
      (stage, fraction) => seen.push(`${stage}:${fraction}`),
      () => worker as unknown as Worker,
    );
    expect(worker.posted[0]?.transfer).toEqual([data]);
    worker.answer({ type: 'progress', stage: 'scoring', fraction: 0.5 });
    worker.answer({ type: 'done', result: { status: 'ok', issues: [], sheets: [], figures: [], sources: [] }, fileFollows: false });
    await expect(run.done).resolves.toMatchObject({ result: { status: 'ok' } });
    expect(seen).toEqual(['scoring:0.5']);
    expect(worker.terminated).toBe(true);
  });

  it('cancels through the engine when it answers in time', async () => {
    const worker = new FakeWorker();
    const run = startRun(
      { kind: 'sample' },
      options,
      'xlsx',
      () => undefined,
      () => worker as unknown as Worker,
    );
    run.cancel();
    expect(worker.posted[1]?.message).toEqual({ type: 'cancel' });
    worker.answer({ type: 'done', result: { status: 'cancelled' }, fileFollows: false });
    await expect(run.done).resolves.toEqual({ result: { status: 'cancelled' }, workbook: null });
  });

  it('terminates a busy worker that does not stop within the grace time', async () => {
    jest.useFakeTimers();
    try {
      const worker = new FakeWorker();
      const run = startRun(
        { kind: 'sample' },
        options,
        'xlsx',
        () => undefined,
        () => worker as unknown as Worker,
      );
      run.cancel();
      jest.advanceTimersByTime(CANCEL_GRACE_MS + 1);
      await expect(run.done).resolves.toEqual({ result: { status: 'cancelled' }, workbook: null });
      expect(worker.terminated).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('turns a worker error into a WorkerRunError with its code', async () => {
    const worker = new FakeWorker();
    const run = startRun(
      { kind: 'xlsx', data: new ArrayBuffer(1) },
      options,
      'xlsx',
      () => undefined,
      () => worker as unknown as Worker,
    );
    worker.answer({ type: 'error', error: { code: 'unreadable-workbook', detail: 'not a zip' } });
    await expect(run.done).rejects.toBeInstanceOf(WorkerRunError);
    expect(worker.terminated).toBe(true);
  });

  it('runs a later stage in a worker of its own and ends it with the stage result', async () => {
    const worker = new FakeWorker();
    const seen: string[] = [];
    const run = startStage(
      { kind: 'sample' },
      { stage: 'evaluate', lang: 'id' },
      'xlsx',
      (stage, fraction) => seen.push(`${stage}:${fraction}`),
      () => worker as unknown as Worker,
    );
    expect(worker.posted[0]?.message).toMatchObject({ type: 'stage', options: { stage: 'evaluate' }, output: 'xlsx' });
    // A plan's answer is not a stage's: the run waits for its own.
    worker.answer({ type: 'done', result: { status: 'cancelled' }, fileFollows: false });
    worker.answer({ type: 'progress', stage: 'checking', fraction: 0 });
    worker.answer({ type: 'stage-done', result: { status: 'data-errors', issues: [], detail: {} }, fileFollows: false });
    await expect(run.done).resolves.toEqual({ result: { status: 'data-errors', issues: [], detail: {} }, workbook: null });
    expect(seen).toEqual(['checking:0']);
    expect(worker.terminated).toBe(true);
  });

  it('hands over the result at once and keeps the worker until the result workbook arrives', async () => {
    const worker = new FakeWorker();
    const seen: string[] = [];
    const run = startRun(
      { kind: 'sample' },
      options,
      'xlsx',
      (stage, fraction) => seen.push(`${stage}:${fraction}`),
      () => worker as unknown as Worker,
    );
    worker.answer({ type: 'done', result: okResult, fileFollows: true });
    const outcome = await run.done;
    expect(outcome.result.status).toBe('ok');
    expect(worker.terminated).toBe(false);
    // After the result: no progress for a run the pane has finished, and Cancel no longer applies.
    worker.answer({ type: 'progress', stage: 'writing', fraction: 1 });
    run.cancel();
    expect(seen).toEqual([]);
    expect(worker.posted).toHaveLength(1);
    const data = new ArrayBuffer(4);
    worker.answer({ type: 'file', workbook: { data, sheetNames: ['Usulan Mutasi'] } });
    await expect(outcome.workbook?.ready).resolves.toEqual({ data, sheetNames: ['Usulan Mutasi'] });
    expect(worker.terminated).toBe(true);
  });

  it('reports a failure to write the result workbook on the file, after the result', async () => {
    const worker = new FakeWorker();
    const run = startRun(
      { kind: 'sample' },
      options,
      'xlsx',
      () => undefined,
      () => worker as unknown as Worker,
    );
    worker.answer({ type: 'done', result: okResult, fileFollows: true });
    const outcome = await run.done;
    worker.answer({ type: 'error', error: { code: 'internal', detail: 'out of memory' } });
    await expect(outcome.workbook?.ready).rejects.toBeInstanceOf(WorkerRunError);
    expect(worker.terminated).toBe(true);
  });

  it('ends the worker when a pending workbook is discarded and ignores the file arriving late', async () => {
    const worker = new FakeWorker();
    const run = startStage(
      { kind: 'sample' },
      { stage: 'decree', lang: 'id' },
      'xlsx',
      () => undefined,
      () => worker as unknown as Worker,
    );
    worker.answer({ type: 'stage-done', result: { status: 'ok', issues: [], sheets: [], figures: [], detail: {} }, fileFollows: true });
    const outcome = await run.done;
    expect(worker.terminated).toBe(false);
    outcome.workbook?.discard();
    expect(worker.terminated).toBe(true);
    worker.answer({ type: 'file', workbook: { data: new ArrayBuffer(4), sheetNames: ['Lampiran SK'] } });
    await expect(outcome.workbook?.ready).resolves.toBeNull();
  });

  it('fetches the sample sheet models', async () => {
    const worker = new FakeWorker();
    const models = fetchSampleModels(() => worker as unknown as Worker);
    expect(worker.posted[0]?.message).toEqual({ type: 'sample-models' });
    worker.answer({ type: 'sample-models', sheets: [] });
    await expect(models).resolves.toEqual([]);
    expect(worker.terminated).toBe(true);
  });
});
