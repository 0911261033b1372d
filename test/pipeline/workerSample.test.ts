/**
 * The planning worker's handler (src/taskpane/worker/handleRequest.ts) on the pane's full
 * sample, as preview mode runs it: progress, then a result .xlsx (transferred, not copied)
 * that holds every new sheet. The handler's small cases are unit tests beside it.
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
  const last = messages[messages.length - 1];
  expect(last?.message.type).toBe('done');
  if (last?.message.type !== 'done') return;
  expect(last.message.result.status).toBe('ok');
  const out = last.message.workbook;
  expect(out).not.toBeNull();
  if (!out) return;
  expect(last.transfer).toEqual([out.data]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(out.data as unknown as ExcelJS.Buffer);
  const names = workbook.worksheets.map((sheet) => sheet.name);
  expect(out.sheetNames.length).toBeGreaterThan(0);
  for (const name of out.sheetNames) expect(names).toContain(name);
});
