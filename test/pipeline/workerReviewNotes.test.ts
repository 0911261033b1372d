/**
 * Preview mode's Tinjauan in the planning worker (src/taskpane/worker/handleRequest.ts): the
 * notes reviewers left on proposal rows of the .xlsx (read by ExcelJS, src/workbook/exceljs/
 * readNotes.ts) are counted in the stage's answer and repeated in Ringkasan Tinjauan as typed.
 */
import ExcelJS from 'exceljs';
import { sampleWorkbook } from '../../src/cli/commands/sample';
import type { TableSheetModel } from '../../src/domain/output/sheetModel';
import { handleRequest } from '../../src/taskpane/worker/handleRequest';
import type { WorkerRequest, WorkerResponse } from '../../src/taskpane/worker/protocol';

async function last(request: WorkerRequest): Promise<WorkerResponse | undefined> {
  const messages: WorkerResponse[] = [];
  await handleRequest(
    request,
    (message) => messages.push(message),
    () => false,
  );
  return messages[messages.length - 1];
}

it("counts the reviewers' notes on proposal rows and repeats them in Ringkasan Tinjauan", async () => {
  const sample = await sampleWorkbook(300, 11);
  const planned = await last({
    type: 'run',
    source: { kind: 'xlsx', data: (await sample.toBuffer()).slice().buffer as ArrayBuffer },
    options: { command: 'plan', lang: 'id', skipInvalidRows: true },
    output: 'xlsx',
  });
  // The plan's result comes first; its workbook follows in a message of its own.
  if (planned?.type !== 'file') throw new Error(`plan failed: ${JSON.stringify(planned)}`);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(planned.workbook.data as unknown as ExcelJS.Buffer);
  const proposals = workbook.getWorksheet('Usulan Mutasi');
  if (!proposals) throw new Error('no Usulan Mutasi');
  let header = 0;
  proposals.eachRow((row, r) => {
    if (header === 0 && row.values.toString().includes('Keputusan')) header = r;
  });
  expect(header).toBeGreaterThan(0);
  const column = (name: string) => {
    let found = 0;
    proposals.getRow(header).eachCell((cell, c) => {
      if (cell.value === name) found = c;
    });
    return found;
  };
  proposals.getCell(header + 1, column('Keputusan')).value = 'Tolak';
  proposals.getCell(header + 1, column('NIP')).note = {
    texts: [{ font: { bold: true }, text: 'Kepala BKPSDM:' }, { text: '\nMasa kerja belum cukup.' }],
  };
  proposals.getCell(1, 1).note = 'Di judul, bukan pada usulan';
  const nip = String(proposals.getCell(header + 1, column('NIP')).value);
  const reviewed = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;

  const done = await last({
    type: 'stage',
    source: { kind: 'xlsx', data: reviewed },
    options: { stage: 'review', lang: 'id' },
    output: 'models',
  });
  if (done?.type !== 'stage-done' || done.result.status !== 'ok') throw new Error(`review failed: ${JSON.stringify(done)}`);
  expect(done.result.detail.review?.comments).toBe(1);
  expect(done.result.detail.review?.decisions.rejected).toBe(1);
  const summary = done.result.sheets.find(
    (sheet): sheet is TableSheetModel => sheet.kind === 'table' && sheet.tableName === 'RingkasanTinjauan',
  );
  const at = (header: string) => summary?.columns.findIndex((c) => c.header === header) ?? -1;
  const row = summary?.rows.find((cells) => cells[at('NIP')] === nip);
  expect(row?.[at('Komentar di Excel')]).toBe('Kepala BKPSDM: Masa kerja belum cukup.');
}, 240_000);
