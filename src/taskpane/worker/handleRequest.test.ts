import { handleRequest } from './handleRequest';
import type { WorkerRequest, WorkerResponse } from './protocol';

async function collect(request: WorkerRequest, isCancelled = () => false) {
  const messages: { message: WorkerResponse; transfer: Transferable[] }[] = [];
  await handleRequest(request, (message, transfer = []) => messages.push({ message, transfer }), isCancelled);
  return messages;
}

const options = { command: 'plan', lang: 'id', skipInvalidRows: true } as const;

// Planning the whole sample through the handler is an integration test: test/pipeline/workerSample.test.ts.
describe('planning worker request handler', () => {
  it('returns sheet models only for values read by Office mode', async () => {
    const values = { sheets: [{ name: 'Pegawai', rows: [['NIP', 'Nama']] }], date1904: false };
    const messages = await collect({
      type: 'run',
      source: { kind: 'values', values },
      options: { ...options, command: 'validate' },
      output: 'models',
    });
    const last = messages[messages.length - 1]?.message;
    expect(last?.type).toBe('done');
    if (last?.type === 'done') expect(last.workbook).toBeNull();
  });

  it('applies the column mapping overrides and names the input sheets', async () => {
    const values = {
      sheets: [
        { name: 'Pegawai', rows: [['NIP', 'Nama', 'Catatan']] },
        { name: 'Lain', rows: [] },
      ],
      date1904: false,
    };
    const run = async (overrides?: { pegawai: { columns: { nama: string } } }) => {
      const messages = await collect({
        type: 'run',
        source: { kind: 'values', values },
        options: { ...options, command: 'validate', ...(overrides ? { overrides } : {}) },
        output: 'models',
      });
      const last = messages[messages.length - 1]?.message;
      return last?.type === 'done' ? last : null;
    };
    const detected = await run();
    expect(detected?.inputSheets).toEqual(['Pegawai', 'Lain']);
    const header = (done: Awaited<ReturnType<typeof run>>) =>
      done?.result.status === 'cancelled'
        ? undefined
        : done?.result.sources.find((source) => source.table === 'pegawai')?.columns.find((column) => column.field === 'nama')?.header;
    expect(header(detected)).toBe('Nama');
    expect(header(await run({ pegawai: { columns: { nama: 'Catatan' } } }))).toBe('Catatan');
  });

  it('reports a file that is not an .xlsx as unreadable', async () => {
    const data = new TextEncoder().encode('not a zip at all').buffer as ArrayBuffer;
    const messages = await collect({ type: 'run', source: { kind: 'xlsx', data }, options, output: 'xlsx' });
    expect(messages[messages.length - 1]?.message).toMatchObject({ type: 'error', error: { code: 'unreadable-workbook' } });
  });

  it('stops a cancelled run and writes nothing', async () => {
    const messages = await collect({ type: 'run', source: { kind: 'sample' }, options, output: 'xlsx' }, () => true);
    expect(messages[messages.length - 1]?.message).toEqual({ type: 'done', result: { status: 'cancelled' }, workbook: null });
  });

  it('runs a later stage and answers with its messages when its input is missing', async () => {
    const values = { sheets: [{ name: 'Pegawai', rows: [['NIP', 'Nama']] }], date1904: false };
    for (const stage of ['review', 'decree', 'evaluate', 'followup'] as const) {
      const messages = await collect({
        type: 'stage',
        source: { kind: 'values', values },
        options: { stage, lang: 'id' },
        output: 'models',
      });
      const last = messages[messages.length - 1]?.message;
      expect(last?.type).toBe('stage-done');
      if (last?.type !== 'stage-done') continue;
      expect(last.workbook).toBeNull();
      expect(last.result.status).toBe('data-errors');
      if (last.result.status === 'data-errors') expect(last.result.issues.some((i) => i.severity === 'error')).toBe(true);
    }
  });

  it('hands out the sample sheet models', async () => {
    const messages = await collect({ type: 'sample-models' });
    const first = messages[0]?.message;
    expect(first?.type).toBe('sample-models');
    if (first?.type === 'sample-models') expect(first.sheets.length).toBeGreaterThan(0);
  });
});
