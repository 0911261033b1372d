/**
 * WorkbookPort over an .xlsx file held in memory by ExcelJS: the CLI's workbook, and the
 * task pane's in preview mode. Existing sheets are only read; new sheets are appended.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, SheetValues, WorkbookValues } from '../../domain/model/cell';
import type { CellComment } from '../../domain/model/comment';
import type { SheetModel } from '../../domain/output/sheetModel';
import { fileKindOf, type FileKind } from '../fileKind';
import { uniqueSheetName, type WorkbookPort } from '../port';
import { AppendSheetsError, appendSheets } from '../xlsx/write/appendSheets';
import { repairForeignWorkbook } from './foreignWorkbookRepair';
import { notesOf } from './readNotes';
import { writeTableSheet } from './writeTableSheet';
import { readXlsxComments } from '../xlsx/readXlsxComments';
import { readXlsxValues, type XlsxContents } from '../xlsx/readXlsxValues';
import { LeanWorkbook } from '../xlsx/write/leanWorkbook';
import { leanSheetValues } from '../xlsx/write/leanValues';
import { openPackage } from '../xlsx/packageReader';
import { deflateWithStreams, inflateWithStreams, type DeflateRaw, type InflateRaw } from '../xlsx/zipArchive';

export class ExcelJsWorkbook implements WorkbookPort {
  /**
   * The new sheets, in a package of their own written straight to XML (xlsx/write/): the user's
   * file is written back by appending their parts (appendSheets.ts), never by writing it anew;
   * a workbook made here (the sample) is this package alone.
   */
  private results: LeanWorkbook | null = null;
  /** Every model added, in order: what a whole-workbook write needs if appending is impossible. */
  private readonly added: SheetModel[] = [];
  /** Set once appending failed: from then on new sheets go into the user's workbook, written whole. */
  private whole = false;

  private constructor(
    /** ExcelJS's model of the user's workbook, loaded only when it must be written whole. */
    private model: ExcelJS.Workbook | null,
    /** The file as read; null for a workbook made here (the sample). */
    private readonly source: Uint8Array | null,
    /** The file's values, sheets and tables as the lean reader found them; null for a workbook made here. */
    private readonly contents: XlsxContents | null,
    /** Compresses the new parts when the file is written back. */
    private readonly deflate: DeflateRaw = deflateWithStreams,
    /** Unpacks the file's parts when they are read. */
    private readonly inflate: InflateRaw = inflateWithStreams,
  ) {}

  /**
   * An empty workbook made here (the sample generator's), written by the lean writer alone;
   * `deflate` compresses its parts when it is written.
   */
  static empty(deflate: DeflateRaw = deflateWithStreams): ExcelJsWorkbook {
    return new ExcelJsWorkbook(null, null, null, deflate);
  }

  /**
   * Reads an .xlsx (or .xlsm) from bytes. Throws {@link UnreadableWorkbookError} when it is not
   * one, with the kind of file it is (judged by its bytes, see fileKind.ts), so the message can
   * say what to do. Only the values are read (readXlsxValues.ts); ExcelJS loads the whole
   * workbook only if it ever has to be written whole. `deflate` compresses the new sheets when
   * the file is written back, `inflate` unpacks the file's parts (default: the web platform's
   * CompressionStream and DecompressionStream).
   */
  static async fromBuffer(
    data: ArrayBuffer | Uint8Array,
    deflate: DeflateRaw = deflateWithStreams,
    inflate: InflateRaw = inflateWithStreams,
  ): Promise<ExcelJsWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const kind = fileKindOf(bytes);
    // A zip that is not OOXML (an .ods, a .jar) must not be read as one.
    if (kind !== 'xlsx') throw new UnreadableWorkbookError(kind, null);
    const source = Uint8Array.from(bytes);
    try {
      return new ExcelJsWorkbook(null, source, await readXlsxValues(source, inflate), deflate, inflate);
    } catch (cause) {
      throw new UnreadableWorkbookError('xlsx', cause);
    }
  }

  async toBuffer(): Promise<Uint8Array> {
    if (this.source === null) return (this.results ?? new LeanWorkbook(false)).bytes(this.deflate, CREATOR);
    if (!this.whole) {
      if (this.results === null) return Uint8Array.from(this.source);
      try {
        return await appendSheets(this.source, this.results, { deflate: this.deflate, inflate: this.inflate });
      } catch (error) {
        if (!(error instanceof AppendSheetsError)) throw error;
        // A package laid out in a way appending does not handle: write the whole workbook.
        const model = await this.userModel();
        this.whole = true;
        this.results = null;
        this.writeInto(model, this.added);
      }
    }
    const model = await this.userModel();
    // A workbook saved by LibreOffice lacks parts ExcelJS's writer relies on (see foreignWorkbookRepair.ts).
    repairForeignWorkbook(model);
    const buffer = await model.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  }

  async readValues(): Promise<WorkbookValues> {
    if (this.whole) return modelValues(await this.userModel());
    const date1904 = this.contents?.values.date1904 ?? false;
    // The new sheets read back as a saved file would be.
    const added = leanSheetValues(this.results?.worksheets ?? [], date1904);
    return { sheets: [...(this.contents?.values.sheets ?? []), ...added], date1904 };
  }

  async addSheets(models: readonly SheetModel[]): Promise<string[]> {
    const names = this.whole
      ? this.writeInto(await this.userModel(), models)
      : this.writeInto((this.results ??= new LeanWorkbook(this.contents?.values.date1904 ?? false)), models);
    this.added.push(...models);
    return names;
  }

  /**
   * The comments on the cells of sheet `sheetName` (case-insensitive): Excel's threaded comments
   * with their authors and replies, and the classic notes; [] when the sheet is not there. Read
   * from the file's parts (readXlsxComments.ts); a workbook made here has none.
   */
  async readComments(sheetName: string): Promise<CellComment[]> {
    if (this.source === null) return [];
    if (!this.whole) return readXlsxComments(await openPackage(this.source, this.inflate), sheetName);
    const wanted = sheetName.toLowerCase();
    const worksheet = (await this.userModel()).worksheets.find((w) => w.name.toLowerCase() === wanted);
    return worksheet === undefined ? [] : notesOf(worksheet);
  }

  /**
   * ExcelJS's model of the user's workbook, loaded from the file the first time it is needed.
   * ExcelJS itself is loaded then too: a run that reads a file and appends its results never
   * needs it. For a workbook made here: a model of it as written now (tests only), not kept.
   */
  private async userModel(): Promise<ExcelJS.Workbook> {
    if (this.model !== null) return this.model;
    const { default: excelJs } = await import('exceljs');
    const workbook = new excelJs.Workbook();
    // ExcelJS's typings want a Node Buffer; at run time any ArrayBuffer view is accepted.
    await workbook.xlsx.load((this.source ?? (await this.toBuffer())) as unknown as ExcelJS.Buffer);
    if (this.source !== null) this.model = workbook;
    return workbook;
  }

  /**
   * Writes `models` as new sheets of `target` (ExcelJS's model of the whole workbook, or the lean
   * package of the new sheets), all or nothing; returns their names.
   */
  private writeInto(target: ExcelJS.Workbook | LeanWorkbook, models: readonly SheetModel[]): string[] {
    const created: { name: string; remove: () => void }[] = [];
    try {
      for (const model of models) {
        const name = uniqueSheetName(
          model.name,
          this.sheetStates().map((s) => s.name),
        );
        if (target instanceof LeanWorkbook) {
          const sheet = target.addWorksheet(name);
          created.push({ name, remove: () => target.removeWorksheet(sheet) });
          writeTableSheet(sheet, model, this.tableNames());
        } else {
          const worksheet = target.addWorksheet(name);
          created.push({ name, remove: () => target.removeWorksheet(worksheet.id) });
          writeTableSheet(worksheet, model, this.tableNames());
        }
      }
      // Formulas are written without results: Excel and LibreOffice compute them on opening.
      if (models.some(hasFormulas)) {
        if (target instanceof LeanWorkbook) target.fullCalcOnLoad = true;
        else target.calcProperties.fullCalcOnLoad = true;
      }
    } catch (cause) {
      for (const sheet of created) sheet.remove();
      throw new Error('Menulis sheet hasil gagal; sheet yang sempat dibuat sudah dihapus.', { cause });
    }
    return created.map((s) => s.name);
  }

  /** Names of the sheets in order, with their visibility: the user's, then the new ones. */
  sheetStates(): { name: string; state: string }[] {
    const states = (sheets: readonly { name: string; state: string }[]) => sheets.map(({ name, state }) => ({ name, state }));
    const own = this.whole ? states(this.model?.worksheets ?? []) : [...(this.contents?.sheetStates ?? [])];
    return [...own, ...states(this.results?.worksheets ?? [])];
  }

  /** ExcelJS's model of the workbook (the user's sheets; a workbook made here as written now), for adapter tests only. */
  async rawModel(): Promise<ExcelJS.Workbook> {
    return this.userModel();
  }

  private tableNames(): Set<string> {
    const names = new Set<string>(this.contents !== null && !this.whole ? this.contents.tableNames : []);
    for (const sheet of this.results?.worksheets ?? []) for (const table of sheet.tables) names.add(table.name.toLowerCase());
    const whole = this.whole ? this.model : null;
    for (const worksheet of whole?.worksheets ?? []) {
      // At run time getTables() returns Table objects (the typings say tuples).
      for (const table of worksheet.getTables() as unknown as { name?: string; table?: { name?: string } }[]) {
        const name = table.table?.name ?? table.name;
        if (name) names.add(name.toLowerCase());
      }
    }
    return names;
  }
}

/** The author a workbook made here names in its document properties. */
const CREATOR = 'Rencana Mutasi ASN';

const hasFormulas = (model: SheetModel): boolean =>
  model.kind === 'table' ? (model.formulas?.length ?? 0) > 0 : model.sections.some((s) => (s.formulas?.length ?? 0) > 0);

/** The bytes are not a workbook we read; `kind` says what they are (`xlsx`: a damaged one). */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly kind: FileKind,
    cause: unknown,
  ) {
    super(`File bukan workbook .xlsx yang dapat dibaca (${kind}).`, { cause });
    this.name = 'UnreadableWorkbookError';
  }
}

/** Every sheet's values from ExcelJS's model (a workbook made here, or one written whole). */
export function modelValues(workbook: ExcelJS.Workbook): WorkbookValues {
  const sheets: SheetValues[] = workbook.worksheets.map((worksheet) => ({ name: worksheet.name, rows: sheetRows(worksheet) }));
  return { sheets, date1904: Boolean(workbook.properties.date1904) };
}

function sheetRows(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  const last = worksheet.actualRowCount > 0 ? worksheet.rowCount : 0;
  for (let r = 1; r <= last; r++) {
    const row = worksheet.getRow(r);
    const values: CellValue[] = [];
    const count = row.cellCount;
    for (let c = 1; c <= count; c++) {
      const cell = row.getCell(c);
      // ExcelJS gives every cell of a merged range the value of its top-left cell; Excel (and
      // Office.js) hold it only there. A title merged across the header must not read as
      // that title repeated in every column.
      if (cell.master !== cell) {
        values.push(null);
        continue;
      }
      // A cell holding "" reads as empty: LibreOffice drops such cells when it saves, and the
      // engine treats both alike, so a workbook reads the same before and after a round trip.
      const value = cellValue(cell.value);
      values.push(value === '' ? null : value);
    }
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    rows.push(values);
  }
  return rows;
}

/** ExcelJS's rich cell value shapes reduced to what the engine reads: the value the user sees. */
export function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && !(result instanceof Date)) return errorText(result); // e.g. #N/A
      return result as CellValue;
    }
    if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? '');
    if ('error' in value) return errorText(value);
  }
  return null;
}

/** An Excel error value (#N/A, #REF!, …) stays visible as its text, so the parsers report it. */
function errorText(value: object): string {
  const error = (value as { error?: unknown }).error;
  return typeof error === 'string' ? error : '#ERROR';
}
