import { sampleWorkbook } from '../../cli/commands/sample';
import { ExcelJsWorkbook } from '../../workbook/exceljs/ExcelJsWorkbook';
import { handleRequest } from './handleRequest';
import type { WorkerRequest, WorkerResponse } from './protocol';

async function collect(request: WorkerRequest, isCancelled = () => false) {
  const messages: { message: WorkerResponse; transfer: Transferable[] }[] = [];
  await handleRequest(request, (message, transfer = []) => messages.push({ message, transfer }), isCancelled);
  return messages;
}

const options = { command: 'plan', lang: 'id', skipInvalidRows: true } as const;

/** A small sample workbook's bytes (a few dozen employees: quick to plan). */
const smallWorkbook = async () => (await (await sampleWorkbook(60, 3)).toBuffer()).slice().buffer as ArrayBuffer;

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
    if (last?.type === 'done') expect(last.fileFollows).toBe(false);
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
    expect(messages.map(({ message }) => message.type)).not.toContain('file');
    expect(messages[messages.length - 1]?.message).toEqual({ type: 'done', result: { status: 'cancelled' }, fileFollows: false });
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
      expect(last.fileFollows).toBe(false);
      expect(last.result.status).toBe('data-errors');
      if (last.result.status === 'data-errors') expect(last.result.issues.some((i) => i.severity === 'error')).toBe(true);
    }
  });

  it('posts the result before writing the result workbook, then the workbook with the new sheets', async () => {
    const data = await smallWorkbook();
    const messages: { message: WorkerResponse; transfer: Transferable[] }[] = [];
    const postedWhenWriting: string[] = [];
    const original = ExcelJsWorkbook.prototype.addSheets;
    const addSheets = jest.spyOn(ExcelJsWorkbook.prototype, 'addSheets').mockImplementation(function (this: ExcelJsWorkbook, models) {
      postedWhenWriting.push(...messages.map(({ message }) => message.type));
      return original.call(this, models);
    });
    try {
      await handleRequest(
        { type: 'run', source: { kind: 'xlsx', data }, options, output: 'xlsx' },
        (message, transfer = []) => messages.push({ message, transfer }),
        () => false,
      );
    } finally {
      addSheets.mockRestore();
    }
    expect(postedWhenWriting).toContain('done');
    expect(messages.map(({ message }) => message.type).slice(-2)).toEqual(['done', 'file']);
    expect(messages[messages.length - 2]?.message).toMatchObject({ type: 'done', result: { status: 'ok' }, fileFollows: true });
    const last = messages[messages.length - 1];
    if (last?.message.type !== 'file') throw new Error('no file');
    expect(last.transfer).toEqual([last.message.workbook.data]);
    const written = await ExcelJsWorkbook.fromBuffer(last.message.workbook.data);
    const names = (await written.readValues()).sheets.map((sheet) => sheet.name);
    expect(last.message.workbook.sheetNames).toContain('Usulan Mutasi');
    for (const name of last.message.workbook.sheetNames) expect(names).toContain(name);
  });

  it('reports a failure to write the result workbook after the result, as an error', async () => {
    const data = await smallWorkbook();
    const toBuffer = jest.spyOn(ExcelJsWorkbook.prototype, 'toBuffer').mockRejectedValue(new Error('out of memory'));
    try {
      const messages = await collect({ type: 'run', source: { kind: 'xlsx', data }, options, output: 'xlsx' });
      const types = messages.map(({ message }) => message.type);
      expect(types.slice(-2)).toEqual(['done', 'error']);
      expect(messages[messages.length - 1]?.message).toMatchObject({
        type: 'error',
        error: { code: 'internal', detail: 'Error: out of memory' },
      });
    } finally {
      toBuffer.mockRestore();
    }
  });

  it('hands out the sample sheet models', async () => {
    const messages = await collect({ type: 'sample-models' });
    const first = messages[0]?.message;
    expect(first?.type).toBe('sample-models');
    if (first?.type === 'sample-models') expect(first.sheets.length).toBeGreaterThan(0);
  });
});
