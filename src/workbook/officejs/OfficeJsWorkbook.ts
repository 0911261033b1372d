/**
 * WorkbookPort over the workbook open in Excel (Office mode), through `Excel.run` only:
 * the one place in the pane that touches the Excel object model (ARCHITECTURE.md: hosts get a
 * port). Reads every sheet's used range in blocks; writes new sheets as real tables in
 * chunks; a failed write removes the sheets this call created and rethrows with the cause.
 */
import type { CellValue, SheetValues, WorkbookValues } from '../../domain/model/cell';
import type { CellComment } from '../../domain/model/comment';
import type { SheetModel } from '../../domain/output/sheetModel';
import { uniqueSheetName, type WorkbookPort } from '../port';
import { blockAddress, fromExcelValue, readBlocks } from './cells';
import { ExcelRefusedError, refusalOf } from './excelRefusal';
import { currentExcelFeatures, type ExcelFeatures, type FeatureNote } from './features';
import type { WriteContext } from './sheetParts';
import { writeSectionsSheet } from './writeSectionsSheet';
import { writeTableSheet } from './writeTableSheet';

/** `Excel.run` with a batch function (injectable for tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** Cells per read request: far below the 5 MB response limit of Excel on the web. */
const READ_CELLS_PER_REQUEST = 100_000;

interface UsedBlock {
  readonly sheet: number;
  readonly firstRow: number; // 1-based Excel row of the used range's top
  readonly firstColumn: number; // 0-based
  readonly columnCount: number;
  readonly start: number;
  readonly end: number;
}

export class OfficeJsWorkbook implements WorkbookPort {
  private readonly skipped = new Set<FeatureNote>();
  private writing = false;
  private date1904: boolean | null = null;

  constructor(
    private readonly run: ExcelRun = defaultRun,
    private readonly features: ExcelFeatures = currentExcelFeatures(),
  ) {}

  /** Features skipped (or refused) by this Excel during the writes so far. */
  get notes(): readonly FeatureNote[] {
    return [...this.skipped];
  }

  async readValues(): Promise<WorkbookValues> {
    try {
      return await this.readAll();
    } catch (cause) {
      const refusal = refusalOf(cause);
      if (refusal) throw new ExcelRefusedError(refusal, cause);
      throw cause;
    }
  }

  private async readAll(): Promise<WorkbookValues> {
    return this.run(async (context) => {
      const date1904 = await this.dateSystem(context);
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      await context.sync();
      const names = worksheets.items.map((sheet) => sheet.name);
      const used = worksheets.items.map((sheet) => sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount'));
      await context.sync();

      const blocks: UsedBlock[] = used.flatMap((range, sheet) =>
        readBlocks(range.rowCount, range.columnCount, READ_CELLS_PER_REQUEST).map((block) => ({
          sheet,
          firstRow: range.rowIndex + 1,
          firstColumn: range.columnIndex,
          columnCount: range.columnCount,
          ...block,
        })),
      );
      const rows: CellValue[][][] = names.map(() => []);
      for (const batch of batchesOf(blocks, READ_CELLS_PER_REQUEST)) {
        const ranges = batch.map((block) => {
          const sheet = worksheets.getItem(names[block.sheet] ?? '');
          const address = blockAddress(block.firstColumn, block.columnCount, block.firstRow + block.start, block.firstRow + block.end - 1);
          return sheet.getRange(address).load('values');
        });
        // One request per batch keeps every response well below the 5 MB limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        batch.forEach((block, i) => {
          const target = rows[block.sheet];
          const values = ranges[i]?.values ?? [];
          if (!target) return;
          values.forEach((row, r) => {
            target[block.firstRow - 1 + block.start + r] = trimRow([
              ...new Array<CellValue>(block.firstColumn).fill(null),
              ...row.map(fromExcelValue),
            ]);
          });
        });
      }
      const sheets: SheetValues[] = names.map((name, i) => ({ name, rows: denseRows(rows[i] ?? []) }));
      return { sheets, date1904 };
    });
  }

  async addSheets(models: readonly SheetModel[]): Promise<string[]> {
    // A second write while one is under way would interleave sheets (and each other's rollback).
    if (this.writing) throw new ExcelRefusedError('run-in-progress');
    this.writing = true;
    const created: string[] = [];
    try {
      await this.run(async (context) => {
        await refuseUnwritable(context);
        const date1904 = await this.dateSystem(context);
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name');
        const tables = context.workbook.tables;
        tables.load('items/name');
        await context.sync();
        const takenSheets = worksheets.items.map((sheet) => sheet.name);
        const takenTables = new Set(tables.items.map((table) => table.name.toLowerCase()));
        const write: WriteContext = { features: this.features, date1904, note: (note: FeatureNote) => this.skipped.add(note) };
        let firstVisible: Excel.Worksheet | null = null;
        for (const model of models) {
          const name = uniqueSheetName(model.name, takenSheets);
          takenSheets.push(name);
          const sheet = worksheets.add(name);
          created.push(name);
          if (model.kind === 'sections') await writeSectionsSheet(context, sheet, model, takenTables, write);
          else await writeTableSheet(context, sheet, model, takenTables, write);
          if (!model.hidden && !firstVisible) firstVisible = sheet;
        }
        if (firstVisible) {
          firstVisible.activate();
          await context.sync();
        }
      });
      return created;
    } catch (cause) {
      const removed = await this.removeSheets(created).then(
        () => true,
        () => false,
      );
      const refusal = refusalOf(cause);
      if (refusal && removed) throw new ExcelRefusedError(refusal, cause);
      throw new Error(
        removed
          ? 'Menulis sheet hasil ke Excel gagal; sheet yang sempat dibuat sudah dihapus.'
          : 'Menulis sheet hasil ke Excel gagal, dan sebagian sheet yang sempat dibuat tidak dapat dihapus.',
        { cause },
      );
    } finally {
      this.writing = false;
    }
  }

  /**
   * The threaded comments on a sheet with their replies (`worksheet.comments`, ExcelApi 1.10).
   * An Excel without them gives none and the note `noComments`. Two requests, whatever the count.
   */
  async readComments(sheetName: string): Promise<readonly CellComment[]> {
    if (this.features.comments !== true) {
      this.skipped.add('noComments');
      return [];
    }
    try {
      return await this.run(async (context) => {
        const comments = context.workbook.worksheets.getItem(sheetName).comments;
        comments.load('items/content,items/authorName');
        await context.sync();
        const threads = comments.items.map((comment) => ({
          comment,
          location: comment.getLocation().load('rowIndex,columnIndex'),
          replies: comment.replies.load('items/content,items/authorName'),
        }));
        await context.sync();
        return threads.map(({ comment, location, replies }) => ({
          sheet: sheetName,
          row: location.rowIndex + 1,
          column: location.columnIndex + 1,
          author: comment.authorName,
          text: comment.content,
          replies: replies.items.map((reply) => ({ author: reply.authorName, text: reply.content })),
        }));
      });
    } catch (cause) {
      const refusal = refusalOf(cause);
      if (refusal) throw new ExcelRefusedError(refusal, cause);
      throw cause;
    }
  }

  /** Selects a row of a sheet, so the user sees the cell an issue or a proposal refers to. */
  async selectRow(sheetName: string, row: number): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(`${row}:${row}`).select();
      await context.sync();
    });
  }

  private async removeSheets(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    await this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      await context.sync();
      const wanted = new Set(names);
      for (const sheet of worksheets.items) if (wanted.has(sheet.name)) sheet.delete();
      await context.sync();
    });
  }

  /**
   * Whether the workbook counts dates from 1904. Office.js has no property for it, but
   * the worksheet function DATE(1904,1,1) is 0 in the 1904 system and 1462 in the 1900
   * one, and `workbook.functions` evaluates it without touching any cell (ExcelApi 1.2).
   */
  private async dateSystem(context: Excel.RequestContext): Promise<boolean> {
    if (this.date1904 !== null) return this.date1904;
    try {
      const epoch = context.workbook.functions.date(1904, 1, 1);
      epoch.load('value');
      await context.sync();
      this.date1904 = epoch.value === 0;
    } catch {
      this.date1904 = false;
    }
    return this.date1904;
  }
}

/**
 * Refuses before anything is written when the workbook is open read-only (`Workbook.readOnly`,
 * ExcelApi 1.8) or its structure is protected (`WorkbookProtection.protected`, ExcelApi 1.7):
 * no sheet could be added. An Excel without these properties is not refused here; it reports
 * `AccessDenied` when the first sheet is added, and the write is rolled back.
 */
async function refuseUnwritable(context: Excel.RequestContext): Promise<void> {
  let readOnly = false;
  let locked = false;
  try {
    const workbook = context.workbook;
    workbook.load('readOnly');
    const protection = workbook.protection.load('protected');
    await context.sync();
    readOnly = workbook.readOnly;
    locked = protection.protected;
  } catch (error) {
    // Only a missing API (an older Excel) is let through; a refusal such as cell-edit mode is not.
    if (refusalOf(error)) throw error;
  }
  if (readOnly) throw new ExcelRefusedError('workbook-read-only');
  if (locked) throw new ExcelRefusedError('workbook-protected');
}

/** Groups blocks into requests of at most `maxCells` cells (a larger block goes alone). */
function batchesOf(blocks: readonly UsedBlock[], maxCells: number): UsedBlock[][] {
  const batches: UsedBlock[][] = [];
  let current: UsedBlock[] = [];
  let cells = 0;
  for (const block of blocks) {
    const size = (block.end - block.start) * block.columnCount;
    if (current.length > 0 && cells + size > maxCells) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function trimRow(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end);
}

/** Fills the rows above the used range with empty rows and drops empty rows at the end. */
function denseRows(sparse: CellValue[][]): CellValue[][] {
  const rows = Array.from({ length: sparse.length }, (_, i) => sparse[i] ?? []);
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  return rows;
}
