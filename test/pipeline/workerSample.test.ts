/**
 * The planning worker's handler (src/taskpane/worker/handleRequest.ts) on the pane's full
 * sample, as preview mode runs it: progress, the result, then a result .xlsx (transferred, not
 * copied) that holds every new sheet. The handler's small cases are unit tests beside it.
 */
import ExcelJS from 'exceljs';
import { handleRequest } from '../../src/taskpane/worker/handleRequest';
import type { WorkerResponse } from '../../src/taskpane/worker/protocol';

it('plans the sample workbook and returns a result .xlsx with the new sheets (transferred)', async () => {
  const messages: { message: WorkerResponse; transfer: Transferable[] }[] = [];
  const options = { command: 'plan', lang: 'id', skipInvalidRows: true } as const;
  await handleRequest(
    { type: 'run', source: { kind: 'sample' }, options, output: 'xlsx' },
    (message, transfer = []) => messages.push({ message, transfer }),
    () => false,
  );
  expect(messages.some(({ message }) => message.type === 'progress')).toBe(true);
  // The result first (the pane shows it at once), then the workbook written from it.
  const types = messages.map(({ message }) => message.type);
  expect(types.slice(-2)).toEqual(['done', 'file']);
  const done = messages[messages.length - 2]?.message;
  expect(done).toMatchObject({ type: 'done', result: { status: 'ok' }, fileFollows: true });
  const last = messages[messages.length - 1];
  if (last?.message.type !== 'file') return;
  const out = last.message.workbook;
  expect(last.transfer).toEqual([out.data]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(out.data as unknown as ExcelJS.Buffer);
  const names = workbook.worksheets.map((sheet) => sheet.name);
  expect(out.sheetNames.length).toBeGreaterThan(0);
  for (const name of out.sheetNames) expect(names).toContain(name);
});
