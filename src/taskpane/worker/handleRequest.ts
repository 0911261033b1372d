/**
 * What the planning worker does with one request, kept apart from the worker globals so
 * that jest can drive it directly. The .xlsx adapter is imported lazily: only preview mode (an
 * .xlsx or the sample workbook) needs it; ExcelJS itself, whose browser build is large, loads
 * only if a dropped file must be written whole.
 */
import type { WorkbookValues } from '../../domain/model/cell';
import type { PipelineResult } from '../../domain/pipelineTypes';
import type { WorkbookPort } from '../../workbook/port';
import { runPipeline } from '../../domain/pipeline';
import { generateSample } from '../../sample/generateSample';
import type { SheetModel } from '../../domain/output/sheetModel';
import type { WorkerRequest, WorkerResponse, WorkerSource } from './protocol';
import { runStage } from './runStage';

type Post = (message: WorkerResponse, transfer?: Transferable[]) => void;

/** The sample workbook's sheets ("Coba dengan data contoh"): the CLI's default sample. */
export const sampleWorkbookSheets = () => generateSample().sheets;

interface XlsxWorkbook extends WorkbookPort {
  toBuffer(): Promise<Uint8Array>;
}

async function loadXlsx(source: Exclude<WorkerSource, { kind: 'values' }>): Promise<XlsxWorkbook> {
  const { ExcelJsWorkbook } = await import(/* webpackChunkName: "exceljs" */ '../../workbook/exceljs/ExcelJsWorkbook');
  if (source.kind === 'xlsx') return ExcelJsWorkbook.fromBuffer(source.data);
  const workbook = ExcelJsWorkbook.empty();
  await workbook.addSheets(sampleWorkbookSheets());
  return workbook;
}

/** The bytes of a Uint8Array as an ArrayBuffer of its own (transferable, nothing extra). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    return bytes.buffer;
  }
  return bytes.slice().buffer as ArrayBuffer;
}

/**
 * Adds the new sheets to the .xlsx and posts its bytes. Runs after the result was posted: the
 * pane shows the plan meanwhile, and a failure here reaches it as an 'error' after the result.
 */
async function postFile(workbook: XlsxWorkbook, sheets: readonly SheetModel[], post: Post): Promise<void> {
  const sheetNames = await workbook.addSheets(sheets);
  const data = ownBuffer(await workbook.toBuffer());
  post({ type: 'file', workbook: { data, sheetNames } }, [data]);
}

/**
 * Answers one request: a plan or check ('done', then in preview mode the result workbook as a
 * 'file'), one of stages 5-8 (the same with 'stage-done'), or the sample's sheet models.
 */
export async function handleRequest(request: WorkerRequest, post: Post, isCancelled: () => boolean): Promise<void> {
  if (request.type === 'cancel') return;
  if (request.type === 'sample-models') {
    post({ type: 'sample-models', sheets: sampleWorkbookSheets() });
    return;
  }
  if (request.type === 'stage') {
    await handleStage(request, post, isCancelled);
    return;
  }
  const { source, options, output } = request;
  try {
    post({ type: 'progress', stage: 'reading', fraction: 0 });
    const { workbook, values } = await open(source);
    const result: PipelineResult = await runPipeline(values, {
      command: options.command,
      lang: options.lang,
      skipInvalidRows: options.skipInvalidRows,
      ...(options.effectiveDate !== undefined ? { effectiveDate: options.effectiveDate } : {}),
      ...(options.policy !== undefined ? { policy: options.policy } : {}),
      ...(options.overrides !== undefined ? { overrides: options.overrides } : {}),
      // The engine's "writing" builds the sheet models; the host's write of them is the second half.
      onProgress: (stage, fraction) => post({ type: 'progress', stage, fraction: stage === 'writing' ? fraction / 2 : fraction }),
      isCancelled,
    });
    if (isCancelled() && result.status !== 'cancelled') {
      post({ type: 'done', result: { status: 'cancelled' }, fileFollows: false });
      return;
    }
    const file = output === 'xlsx' && result.status === 'ok' ? workbook : null;
    const inputSheets = result.status === 'cancelled' ? {} : { inputSheets: values.sheets.map((sheet) => sheet.name) };
    post({ type: 'done', result, fileFollows: file !== null, ...inputSheets });
    if (file && result.status === 'ok') await postFile(file, result.sheets, post);
  } catch (error) {
    const unreadable = error instanceof Error && error.name === 'UnreadableWorkbookError';
    post({ type: 'error', error: { code: unreadable ? 'unreadable-workbook' : 'internal', detail: describe(error) } });
  }
}

async function open(source: WorkerSource): Promise<{ workbook: XlsxWorkbook | null; values: WorkbookValues }> {
  if (source.kind === 'values') return { workbook: null, values: source.values };
  const workbook = await loadXlsx(source);
  return { workbook, values: await workbook.readValues() };
}

/** Stages 5-8: like a plan, the new sheets go back as models (Office), then into the .xlsx (preview). */
async function handleStage(request: Extract<WorkerRequest, { type: 'stage' }>, post: Post, isCancelled: () => boolean): Promise<void> {
  try {
    post({ type: 'progress', stage: 'reading', fraction: 0 });
    const { workbook, values } = await open(request.source);
    const result = await runStage(
      values,
      request.options,
      (stage, fraction) => post({ type: 'progress', stage, fraction: stage === 'writing' ? fraction / 2 : fraction }),
      isCancelled,
      // Preview mode: the file's own notes (Office mode sends Excel's comments with the options).
      workbook?.readComments ? (sheet) => workbook.readComments?.(sheet) ?? Promise.resolve([]) : undefined,
    );
    if (isCancelled()) {
      post({ type: 'stage-done', result: { status: 'cancelled' }, fileFollows: false });
      return;
    }
    const file = request.output === 'xlsx' && result.status === 'ok' ? workbook : null;
    post({ type: 'stage-done', result, fileFollows: file !== null });
    if (file && result.status === 'ok') await postFile(file, result.sheets, post);
  } catch (error) {
    const unreadable = error instanceof Error && error.name === 'UnreadableWorkbookError';
    post({ type: 'error', error: { code: unreadable ? 'unreadable-workbook' : 'internal', detail: describe(error) } });
  }
}

/** Error text for the technical note: names and messages only, never cell values. */
function describe(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    parts.push(current instanceof Error ? `${current.name}: ${current.message}` : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(' ← ');
}
