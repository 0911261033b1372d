/**
 * Reading back the proposals sheet after reviewers have worked on it (docs/sheets.md#review-loop).
 * Reviewers sort, filter, insert and delete rows, type in other columns and write decisions
 * in any case, so rows are read by their content under headers found by their text — never
 * by position.
 */
import { catalogs } from '../../i18n';
import type { CellValue, SheetValues, WorkbookValues } from '../model/cell';
import { issue, type Issue } from '../model/issue';
import { normalizeKey } from '../model/normalize';
import { asNip, asPositionCode, type Nip, type PositionCode } from '../model/types';
import { cellText, isBlankRow } from './cellText';
import type { FieldDef, TableDictionary } from './fieldDef';
import { isColumnNumberRow } from './headerLayout';
import { findHeaderRow } from './scanHeader';
import { plainNumberText } from './values/numberText';

export type ReviewDecision = 'proposed' | 'approved' | 'rejected' | 'revise';

/** One proposal row as the reviewers left it. */
export interface ReviewedProposal {
  /** Excel row number (1-based). */
  readonly row: number;
  readonly id: string;
  readonly nip: Nip;
  readonly targetCode: PositionCode;
  readonly decision: ReviewDecision;
  readonly note: string;
  readonly reviewer: string;
}

export interface ReviewedSheet {
  readonly sheetName: string;
  readonly rows: readonly ReviewedProposal[];
}

type ReviewField = 'id' | 'nip' | 'targetCode' | 'decision' | 'note' | 'reviewer';

const DECISIONS: readonly ReviewDecision[] = ['proposed', 'approved', 'rejected', 'revise'];
const LANGS = ['id', 'en'] as const;
const sheetWord = (key: string): string[] => LANGS.map((lang) => (catalogs[lang].sheets as Record<string, string>)[key] ?? '');

function field(key: ReviewField, catalogKey: string, extra: readonly string[] = []): FieldDef<ReviewField> {
  const [header = '', ...aliases] = sheetWord(catalogKey);
  return { key, header, aliases: [...aliases, ...extra], required: true };
}

/**
 * The reviewed sheet's columns, by the headers the proposals sheet writes in either language.
 * `kind` only matters when detecting the three input tables; this dictionary never takes part.
 */
const REVIEW_TABLE: TableDictionary<ReviewField> = {
  kind: 'pegawai',
  fields: [
    field('id', 'col.proposalId', ['ID']),
    field('nip', 'col.nip'),
    field('targetCode', 'col.toCode'),
    field('decision', 'col.decision'),
    field('note', 'col.reviewerNote', ['Catatan']),
    field('reviewer', 'col.reviewer'),
  ],
  keyFields: ['nip', 'id'],
  markerFields: ['decision'],
  rowKey: 'nip',
  sheetNameHints: [],
};

const PROPOSAL_SHEET_NAMES: ReadonlySet<string> = new Set(sheetWord('name.proposals').map(normalizeKey));
const VERSION_SUFFIX = /^(.*?)\s*\((\d+)\)\s*$/;

/** The version of a proposals sheet from its name (`Usulan Mutasi` 1, `Usulan Mutasi (3)` 3), or null for another sheet. */
export function proposalsSheetVersion(name: string): number | null {
  const match = VERSION_SUFFIX.exec(name);
  const base = match ? (match[1] ?? '') : name;
  if (!PROPOSAL_SHEET_NAMES.has(normalizeKey(base))) return null;
  return match ? Number(match[2]) : 1;
}

const decisionByWord: ReadonlyMap<string, ReviewDecision> = new Map(
  DECISIONS.flatMap((decision) => sheetWord(`decision.${decision}`).map((word) => [normalizeKey(word), decision] as const)),
);

/** A reviewer's decision word in either language, any case or spacing; null when not recognised. */
export function parseDecision(text: string): ReviewDecision | null {
  return decisionByWord.get(normalizeKey(text)) ?? null;
}

/**
 * The name of the newest proposals sheet among the workbook's sheet names (the one Tinjauan reads),
 * or null when there is none.
 *
 * @example newestProposalsSheetName(['Pegawai', 'Usulan Mutasi', 'Usulan Mutasi (2)']) // 'Usulan Mutasi (2)'
 */
export function newestProposalsSheetName(names: readonly string[]): string | null {
  let best: { name: string; version: number } | null = null;
  for (const name of names) {
    const version = proposalsSheetVersion(name);
    // Equal versions (one per language): the later sheet is the newer one.
    if (version !== null && (best === null || version >= best.version)) best = { name, version };
  }
  return best?.name ?? null;
}

function newestProposalsSheet(values: WorkbookValues): SheetValues | null {
  const name = newestProposalsSheetName(values.sheets.map((sheet) => sheet.name));
  return values.sheets.find((sheet) => sheet.name === name) ?? null;
}

/** A NIP cell as text; a NIP held as a number has lost digits and is reported. */
function nipOf(cell: CellValue | undefined, where: { sheet: string; row: number; column: string }, issues: Issue[]): string {
  if (typeof cell === 'number') {
    const digits = plainNumberText(cell);
    issues.push(issue('NIP_AS_NUMBER', 'warning', { ...where, value: digits }, { value: digits }));
    return digits;
  }
  return (cellText(cell) ?? '').replace(/^'/, '').replace(/[\s.\-\u2010-\u2015]+/g, '');
}

/**
 * The newest proposals sheet (Usulan Mutasi, Usulan Mutasi (2), … or Proposed Transfers …), read by its headers.
 * Rows without NIP and ID are skipped; an unknown decision word is reported and read as
 * Diusulkan; a row missing its NIP, ID or target code is reported and kept as read.
 *
 * @example readReviewedProposals(values).sheet?.rows.filter((r) => r.decision === 'approved')
 */
export function readReviewedProposals(values: WorkbookValues): { readonly sheet: ReviewedSheet | null; readonly issues: readonly Issue[] } {
  const sheet = newestProposalsSheet(values);
  if (sheet === null) return { sheet: null, issues: [] };
  const issues: Issue[] = [];
  const scan = findHeaderRow(sheet, REVIEW_TABLE);
  const missing = REVIEW_TABLE.fields.filter((f) => scan?.columns[f.key] === undefined);
  const nipColumn = scan?.columns.nip;
  const decisionColumn = scan?.columns.decision;
  if (scan === null || nipColumn === undefined || decisionColumn === undefined) {
    const columns = missing.map((f) => f.header).join(', ');
    issues.push(issue('REVIEW_HEADER_NOT_FOUND', 'error', { sheet: sheet.name }, { sheet: sheet.name, columns }));
    return { sheet: null, issues };
  }
  for (const f of missing) {
    issues.push(
      issue('REVIEW_COLUMN_MISSING', 'warning', { sheet: sheet.name, row: scan.headerRow, column: f.header }, { column: f.header }),
    );
  }

  const text = (cells: readonly CellValue[], key: ReviewField): string => {
    const column = scan.columns[key];
    return column === undefined ? '' : (cellText(cells[column.index]) ?? '');
  };
  const rows: ReviewedProposal[] = [];
  for (let index = scan.headerRow; index < sheet.rows.length; index += 1) {
    const cells = sheet.rows[index] ?? [];
    const row = index + 1;
    if (isBlankRow(cells) || isColumnNumberRow(cells)) continue;
    const id = text(cells, 'id');
    const rawNip = cells[nipColumn.index];
    if (id === '' && cellText(rawNip) === null) continue;

    const nip = nipOf(rawNip, { sheet: sheet.name, row, column: nipColumn.header }, issues);
    const targetCode = text(cells, 'targetCode');
    const incomplete = REVIEW_TABLE.fields.filter((f) => ['id', 'nip', 'targetCode'].includes(f.key) && scan.columns[f.key] !== undefined);
    for (const f of incomplete) {
      if ((f.key === 'id' ? id : f.key === 'nip' ? nip : targetCode) !== '') continue;
      const column = scan.columns[f.key]?.header ?? f.header;
      issues.push(issue('REVIEW_ROW_INCOMPLETE', 'warning', { sheet: sheet.name, row, column }, { column }));
    }

    const word = text(cells, 'decision');
    let decision: ReviewDecision = 'proposed';
    if (word !== '') {
      const parsed = parseDecision(word);
      if (parsed === null) {
        const column = decisionColumn.header;
        issues.push(issue('REVIEW_DECISION_UNKNOWN', 'warning', { sheet: sheet.name, row, column, value: word }, { value: word }));
      } else {
        decision = parsed;
      }
    }
    rows.push({
      row,
      id,
      nip: asNip(nip),
      targetCode: asPositionCode(targetCode),
      decision,
      note: text(cells, 'note'),
      reviewer: text(cells, 'reviewer'),
    });
  }
  return { sheet: { sheetName: sheet.name, rows }, issues };
}

/** A non-blank row of the reviewed sheet that is not a proposal (a reviewer's inserted line), with its text. */
export interface UnreadRow {
  readonly row: number;
  readonly text: string;
}

/**
 * The rows below the header of the reviewed sheet that {@link readReviewedProposals} skipped
 * but that hold text (no NIP and no ID), so the review summary can keep every reviewer's word.
 */
export function unreadRows(values: WorkbookValues, reviewed: ReviewedSheet): UnreadRow[] {
  const sheet = values.sheets.find((s) => s.name === reviewed.sheetName);
  const scan = sheet === undefined ? null : findHeaderRow(sheet, REVIEW_TABLE);
  if (sheet === undefined || scan === null) return [];
  const read = new Set(reviewed.rows.map((r) => r.row));
  const found: UnreadRow[] = [];
  for (let index = scan.headerRow; index < sheet.rows.length; index += 1) {
    const cells = sheet.rows[index] ?? [];
    if (read.has(index + 1) || isBlankRow(cells) || isColumnNumberRow(cells)) continue;
    const text = cells.map((cell) => cellText(cell)).filter((t): t is string => t !== null);
    found.push({ row: index + 1, text: text.join(' | ') });
  }
  return found;
}
