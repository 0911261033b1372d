/**
 * Reading back the evaluation forms after supervisors filled them in (docs/sheets.md#evaluasi-mutasi):
 * the newest `Evaluasi Mutasi` by its headers, and the respondents' answers and earlier IKM
 * of `IKM Layanan`. Supervisors type as people do — blanks, "4,5", text in number cells,
 * their own words for a choice — so every cell that cannot be read becomes a warning naming
 * the sheet, row and column, and the rest of the row is still read: nothing is lost.
 */
import { catalogs } from '../../i18n';
import type { CellValue, SheetValues, WorkbookValues } from '../model/cell';
import { issue, type Issue } from '../model/issue';
import { normalizeKey } from '../model/normalize';
import { asNip, asPositionCode, type Nip, type PositionCode, type Predikat } from '../model/types';
import { cellText, isBlankRow } from './cellText';
import type { FieldDef, TableDictionary } from './fieldDef';
import { findHeaderRow } from './scanHeader';
import { plainNumberText } from './values/numberText';
import { parseNumber } from './values/number';
import { parsePredikat } from './values/predikat';

export type Recommendation = 'continue' | 'coaching' | 'training' | 'replace';
export const RECOMMENDATIONS: readonly Recommendation[] = ['continue', 'coaching', 'training', 'replace'];
export type TrainingDone = 'yes' | 'no' | 'notNeeded';
export const TRAINING_DONE: readonly TrainingDone[] = ['yes', 'no', 'notNeeded'];

/** Bounds of the number columns, as the form's data validation has them. */
export const SCORE_RANGE = { min: 1, max: 5 } as const;
export const IKM_RANGE = { min: 25, max: 100 } as const;

/** One row of a filled Evaluasi Mutasi: one placement at one checkpoint. */
export interface EvaluationEntry {
  /** Excel row (1-based). */
  readonly row: number;
  readonly nip: Nip;
  /** The post the employee was moved into. */
  readonly toCode: PositionCode;
  /** Months after the effective date. */
  readonly checkpoint: number | null;
  readonly predikat: Predikat | null;
  readonly adaptation: number | null;
  readonly trainingDone: TrainingDone | null;
  readonly satisfaction: number | null;
  readonly unitIkm: number | null;
  readonly note: string;
  readonly recommendation: Recommendation | null;
}

export interface EvaluationSheet {
  readonly sheetName: string;
  readonly rows: readonly EvaluationEntry[];
}

/** Whether the supervisor wrote anything in the row's input cells. */
export function isFilled(entry: EvaluationEntry): boolean {
  return (
    entry.predikat !== null ||
    entry.adaptation !== null ||
    entry.trainingDone !== null ||
    entry.satisfaction !== null ||
    entry.unitIkm !== null ||
    entry.recommendation !== null ||
    entry.note !== ''
  );
}

type EvaluationField =
  'nip' | 'toCode' | 'checkpoint' | 'predikat' | 'adaptation' | 'trainingDone' | 'satisfaction' | 'unitIkm' | 'note' | 'recommendation';

const LANGS = ['id', 'en'] as const;
const sheetWord = (key: string): string[] => LANGS.map((lang) => (catalogs[lang].sheets as Record<string, string>)[key] ?? '');

function field(key: EvaluationField, catalogKey: string, required: boolean): FieldDef<EvaluationField> {
  const [header = '', ...aliases] = sheetWord(catalogKey);
  return { key, header, aliases, required };
}

const EVALUATION_TABLE: TableDictionary<EvaluationField> = {
  kind: 'pegawai',
  fields: [
    field('nip', 'col.nip', true),
    field('toCode', 'col.toCode', true),
    field('checkpoint', 'col.checkpoint', true),
    field('predikat', 'col.predikat', false),
    field('adaptation', 'col.adaptation', false),
    field('trainingDone', 'col.trainingDone', false),
    field('satisfaction', 'col.satisfaction', false),
    field('unitIkm', 'col.unitIkm', false),
    field('note', 'col.evaluationNote', false),
    field('recommendation', 'col.recommendation', false),
  ],
  keyFields: ['nip'],
  markerFields: ['checkpoint'],
  rowKey: 'nip',
  sheetNameHints: [],
};

const VERSION_SUFFIX = /^(.*?)\s*\((\d+)\)\s*$/;

/** The newest sheet named `catalogKey`'s words (`X`, `X (2)`, …); equal versions: the later sheet. */
export function newestSheetNamed(values: WorkbookValues, catalogKey: string): SheetValues | null {
  const names = new Set(sheetWord(catalogKey).map(normalizeKey));
  let best: { sheet: SheetValues; version: number } | null = null;
  for (const sheet of values.sheets) {
    const match = VERSION_SUFFIX.exec(sheet.name);
    const base = match ? (match[1] ?? '') : sheet.name;
    if (!names.has(normalizeKey(base))) continue;
    const version = match ? Number(match[2]) : 1;
    if (best === null || version >= best.version) best = { sheet, version };
  }
  return best?.sheet ?? null;
}

/** A choice word in either language, any case or spacing. */
function vocabulary<T extends string>(
  prefix: string,
  keys: readonly T[],
): { readonly parse: (text: string) => T | null; readonly allowed: string } {
  const byWord = new Map(keys.flatMap((key) => sheetWord(`${prefix}.${key}`).map((word) => [normalizeKey(word), key] as const)));
  return {
    parse: (text) => byWord.get(normalizeKey(text)) ?? null,
    allowed: keys.map((key) => sheetWord(`${prefix}.${key}`)[0]).join(', '),
  };
}

const RECOMMENDATION_WORDS = vocabulary('recommendation', RECOMMENDATIONS);
const TRAINING_WORDS = vocabulary('trainingDone', TRAINING_DONE);
const PREDIKAT_ALLOWED = 'Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang';

/**
 * The newest Evaluasi Mutasi, read by its headers in either language. Null (with an error)
 * when there is none or its key columns are missing. Rows without a NIP are not placements
 * (a supervisor's own line) and are skipped; every unreadable input cell is a warning.
 *
 * @example readEvaluationSheet(values).sheet?.rows.filter(isFilled)
 */
export function readEvaluationSheet(values: WorkbookValues): { readonly sheet: EvaluationSheet | null; readonly issues: readonly Issue[] } {
  const sheet = newestSheetNamed(values, 'name.evaluation');
  if (sheet === null) return { sheet: null, issues: [issue('EVALUATION_SHEET_NOT_FOUND', 'error')] };
  const scan = findHeaderRow(sheet, EVALUATION_TABLE);
  const missing = EVALUATION_TABLE.fields.filter((f) => f.required && scan?.columns[f.key] === undefined);
  if (scan === null || missing.length > 0) {
    const columns = missing.map((f) => f.header).join(', ');
    return { sheet: null, issues: [issue('EVALUATION_HEADER_NOT_FOUND', 'error', { sheet: sheet.name }, { sheet: sheet.name, columns })] };
  }
  const issues: Issue[] = [];
  const rows: EvaluationEntry[] = [];
  for (let index = scan.headerRow; index < sheet.rows.length; index += 1) {
    const cells = sheet.rows[index] ?? [];
    const row = index + 1;
    const read = new CellReader(sheet.name, row, cells, scan.columns, issues);
    const nip = read.nip();
    if (isBlankRow(cells) || nip === '') continue;
    rows.push({
      row,
      nip: asNip(nip),
      toCode: asPositionCode(read.text('toCode')),
      checkpoint: read.number('checkpoint', { min: 1, max: 120 }, true),
      predikat: read.predikat(),
      adaptation: read.number('adaptation', SCORE_RANGE, true),
      trainingDone: read.choice('trainingDone', TRAINING_WORDS),
      satisfaction: read.number('satisfaction', SCORE_RANGE, true),
      unitIkm: read.number('unitIkm', IKM_RANGE, false),
      note: read.text('note'),
      recommendation: read.choice('recommendation', RECOMMENDATION_WORDS),
    });
  }
  return { sheet: { sheetName: sheet.name, rows }, issues };
}

type Columns = Partial<Record<EvaluationField, { readonly index: number; readonly header: string }>>;

/** Reads the cells of one evaluation row, reporting what it cannot read with the sheet, row and column. */
class CellReader {
  constructor(
    private readonly sheet: string,
    private readonly row: number,
    private readonly cells: readonly CellValue[],
    private readonly columns: Columns,
    private readonly issues: Issue[],
  ) {}

  private cell(key: EvaluationField): { readonly value: CellValue | undefined; readonly header: string } | null {
    const column = this.columns[key];
    return column === undefined ? null : { value: this.cells[column.index], header: column.header };
  }

  private report(code: Parameters<typeof issue>[0], header: string, value: string, params: Record<string, string | number>): null {
    this.issues.push(issue(code, 'warning', { sheet: this.sheet, row: this.row, column: header, value }, { value, ...params }));
    return null;
  }

  text(key: EvaluationField): string {
    return cellText(this.cell(key)?.value) ?? '';
  }

  nip(): string {
    const value = this.cell('nip')?.value;
    if (typeof value === 'number') return plainNumberText(value);
    return (cellText(value) ?? '').replace(/^'/, '').replace(/[\s.\-\u2010-\u2015]+/g, '');
  }

  number(key: EvaluationField, range: { readonly min: number; readonly max: number }, whole: boolean): number | null {
    const cell = this.cell(key);
    if (cell === null) return null;
    const parsed = parseNumber(cell.value);
    const shown = cellText(cell.value) ?? '';
    if (!parsed.ok) return this.report('EVALUATION_NOT_NUMBER', cell.header, shown, range);
    if (parsed.value === null) return null;
    const value = parsed.value;
    if (value < range.min || value > range.max || (whole && !Number.isInteger(value))) {
      return this.report('EVALUATION_OUT_OF_RANGE', cell.header, shown, range);
    }
    return value;
  }

  predikat(): Predikat | null {
    const cell = this.cell('predikat');
    if (cell === null) return null;
    const parsed = parsePredikat(cell.value);
    if (parsed.ok) return parsed.value;
    return this.report('EVALUATION_VALUE_UNKNOWN', cell.header, cellText(cell.value) ?? '', { allowed: PREDIKAT_ALLOWED });
  }

  choice<T extends string>(
    key: EvaluationField,
    words: { readonly parse: (text: string) => T | null; readonly allowed: string },
  ): T | null {
    const cell = this.cell(key);
    const text = cellText(cell?.value) ?? '';
    if (cell === null || text === '' || text === '-') return null;
    return words.parse(text) ?? this.report('EVALUATION_VALUE_UNKNOWN', cell.header, text, { allowed: words.allowed });
  }
}
