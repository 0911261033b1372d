/**
 * Reading back `IKM Layanan` (docs/sheets.md#ikm-layanan) after the survey answers were typed
 * in: per unit, every respondent's answers to the nine elements, and the earlier IKM from the
 * summary table. The engine computes the index itself from the answers (rules/ikm.ts), so it
 * never depends on a spreadsheet having recalculated its formulas.
 */
import { catalogs } from '../../i18n';
import type { SheetValues, WorkbookValues } from '../model/cell';
import { issue, type Issue } from '../model/issue';
import { normalizeKey } from '../model/normalize';
import { cellText, isBlankRow } from './cellText';
import { newestSheetNamed, IKM_RANGE } from './evaluationForms';
import { parseNumber } from './values/number';

/** The survey of one unit as typed into IKM Layanan. */
export interface IkmUnitSurvey {
  readonly unit: string;
  /** One row per respondent with any answer: answers to U1-U9 (1-4), null where blank or unreadable. */
  readonly answers: readonly (readonly (number | null)[])[];
  /** The IKM before the transfers, when entered. */
  readonly previous: number | null;
}

export interface IkmSheet {
  readonly sheetName: string;
  readonly units: readonly IkmUnitSurvey[];
}

const ELEMENTS = 9;
const LANGS = ['id', 'en'] as const;
const words = (key: string): string[] => LANGS.map((lang) => (catalogs[lang].sheets as Record<string, string>)[key] ?? '');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Responden {unit}" / "Respondents, {unit}" as patterns capturing the unit. */
const TITLE_PATTERNS = words('ikm.respondentsTitle').map((template) => {
  const [before = '', after = ''] = template.split('{unit}');
  return new RegExp(`^${escape(before)}(.+)${escape(after)}$`);
});
const RESPONDENT_HEADERS = new Set(words('col.respondent').map(normalizeKey));
const UNIT_HEADERS = new Set(words('col.unit').map(normalizeKey));
const BEFORE_HEADERS = new Set(words('col.ikmBefore').map(normalizeKey));

/**
 * The newest IKM Layanan, or null when the workbook has none (the follow-up then judges
 * without it). Answers that are not 1-4 are warnings naming the cell and are left out.
 */
export function readIkmSheet(values: WorkbookValues): { readonly sheet: IkmSheet | null; readonly issues: readonly Issue[] } {
  const sheet = newestSheetNamed(values, 'name.ikm');
  if (sheet === null) return { sheet: null, issues: [] };
  const issues: Issue[] = [];
  const previous = previousIkm(sheet, issues);
  const units: IkmUnitSurvey[] = [];
  let unit: string | null = null;
  for (let index = 0; index < sheet.rows.length; index += 1) {
    const cells = sheet.rows[index] ?? [];
    const first = cellText(cells[0]) ?? '';
    const title = TITLE_PATTERNS.map((p) => p.exec(first)).find((m) => m !== null);
    if (title) unit = (title[1] ?? '').trim();
    if (unit === null || !RESPONDENT_HEADERS.has(normalizeKey(first)) || normalizeKey(cellText(cells[1]) ?? '') !== 'u1') continue;
    const answers: (number | null)[][] = [];
    for (index += 1; index < sheet.rows.length && !isBlankRow(sheet.rows[index]); index += 1) {
      const row = sheet.rows[index] ?? [];
      const read = Array.from({ length: ELEMENTS }, (_, k) => answer(sheet.name, index + 1, k, row[k + 1], issues));
      if (read.some((a) => a !== null)) answers.push(read);
    }
    units.push({ unit, answers, previous: previous.get(normalizeKey(unit)) ?? null });
    unit = null;
  }
  return { sheet: { sheetName: sheet.name, units }, issues };
}

function answer(sheet: string, row: number, k: number, cell: Parameters<typeof parseNumber>[0], issues: Issue[]): number | null {
  const parsed = parseNumber(cell);
  if (parsed.ok && parsed.value === null) return null;
  if (parsed.ok && Number.isInteger(parsed.value) && parsed.value! >= 1 && parsed.value! <= 4) return parsed.value;
  const value = cellText(cell) ?? '';
  issues.push(issue('IKM_ANSWER_INVALID', 'warning', { sheet, row, column: `U${k + 1}`, value }, { value }));
  return null;
}

/** The summary table's IKM Sebelumnya per unit (normalised name). */
function previousIkm(sheet: SheetValues, issues: Issue[]): Map<string, number> {
  const found = new Map<string, number>();
  const headerIndex = sheet.rows.findIndex((cells) => UNIT_HEADERS.has(normalizeKey(cellText(cells[0]) ?? '')));
  if (headerIndex < 0) return found;
  const header = sheet.rows[headerIndex] ?? [];
  const before = header.findIndex((cell) => BEFORE_HEADERS.has(normalizeKey(cellText(cell) ?? '')));
  if (before < 0) return found;
  for (let index = headerIndex + 1; index < sheet.rows.length && !isBlankRow(sheet.rows[index]); index += 1) {
    const cells = sheet.rows[index] ?? [];
    const unit = cellText(cells[0]);
    const parsed = parseNumber(cells[before]);
    if (unit === null || (parsed.ok && parsed.value === null)) continue;
    const value = parsed.ok ? parsed.value : null;
    if (value === null || value < IKM_RANGE.min || value > IKM_RANGE.max) {
      const shown = cellText(cells[before]) ?? '';
      const where = { sheet: sheet.name, row: index + 1, column: cellText(header[before]) ?? '', value: shown };
      issues.push(issue('EVALUATION_OUT_OF_RANGE', 'warning', where, { value: shown, ...IKM_RANGE }));
      continue;
    }
    found.set(normalizeKey(unit), value);
  }
  return found;
}
