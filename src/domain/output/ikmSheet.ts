import { t, type Lang } from '../../i18n';
import { normalizeKey } from '../model/normalize';
import type { Unit } from '../model/types';
import { ANSWER_MAX, ANSWER_MIN, IKM_GRADE_FLOORS, IKM_SCALE, IKM_WEIGHT, SKM_ELEMENT_COUNT } from '../rules/ikm';
import { IKM_RANGE } from '../input/evaluationForms';
import { publicServiceBasis } from './dampakLayananSheet';
import type { DecreeMove } from './decreeMove';
import { column, columnLetter, sectionPlacements, unitColumn } from './sheetLayout';
import type { CellFormula, ColumnSpec, SectionsSheetModel, SheetSection } from './sheetModel';

const ELEMENTS = Array.from({ length: SKM_ELEMENT_COUNT }, (_, k) => `U${k + 1}`);

/** Columns of the summary table (0-based): unit, respondents, U1-U9, IKM, grade, performance, earlier IKM, change. */
const SUMMARY = { respondents: 1, firstElement: 2, ikm: 2 + SKM_ELEMENT_COUNT, grade: 3 + SKM_ELEMENT_COUNT } as const;
const PERFORMANCE = SUMMARY.grade + 1;
const BEFORE = SUMMARY.grade + 2;
const CHANGE = SUMMARY.grade + 3;

/**
 * The public-service units a set of transfers touches (left or joined), by name.
 *
 * @example serviceUnitsOf(moves, tables.units) // ['Puskesmas Rambutan', 'RSUD dr. H. Kumpulan Pane']
 */
export function serviceUnitsOf(moves: readonly DecreeMove[], units: readonly Unit[]): string[] {
  const found = new Map<string, string>();
  for (const move of moves) {
    for (const unit of [move.from.unit, move.to.unit]) {
      if (publicServiceBasis(unit, units) !== null) found.set(normalizeKey(unit), unit);
    }
  }
  return [...found.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * `IKM Layanan` (docs/sheets.md#ikm-layanan): per public-service unit, a table of blank
 * respondent rows for the nine SKM elements of PermenPANRB 14/2017 (answers 1-4), and on top
 * a summary whose cells are live formulas — each element's average, IKM = Σ(average × 0.111)
 * × 25 rounded to two decimals, the grade A-D and what it means, and, when an earlier IKM is
 * entered, the change. Excel and LibreOffice both recalculate them; the sheet is a form.
 */
export function ikmSheet(units: readonly string[], respondentRows: number, lang: Lang, city: string): SectionsSheetModel {
  const col = (key: Parameters<typeof t>[1]) => t(lang, key);
  const input = { input: true } as const;
  const summaryColumns: ColumnSpec[] = [
    unitColumn(lang),
    column(col('sheets.col.respondents'), 11, 'integer'),
    ...ELEMENTS.map((name) => column(name, 7, 'decimal2')),
    column(col('sheets.col.ikm'), 9, 'decimal2'),
    column(col('sheets.col.grade'), 7, 'text'),
    column(col('sheets.col.unitPerformance'), 13, 'text'),
    column(col('sheets.col.ikmBefore'), 11, 'decimal2', { range: { kind: 'decimal', ...IKM_RANGE }, ...input }),
    column(col('sheets.col.ikmChange'), 11, 'decimal2'),
  ];
  const respondentColumns: ColumnSpec[] = [
    column(col('sheets.col.respondent'), 11, 'integer'),
    ...ELEMENTS.map((name) => column(name, 7, 'integer', { range: { kind: 'whole', min: ANSWER_MIN, max: ANSWER_MAX }, ...input })),
  ];
  const summary: SheetSection = {
    title: col('sheets.ikm.summaryTitle'),
    notes: [col('sheets.ikm.grades'), col('sheets.ikm.elements')],
    tableName: 'RekapIKM',
    columns: summaryColumns,
    rows: units.map((unit) => [unit, ...summaryColumns.slice(1).map(() => null)]),
    emptyNote: col('sheets.ikm.noUnits'),
  };
  const surveys: SheetSection[] = units.map((unit) => ({
    title: t(lang, 'sheets.ikm.respondentsTitle', { unit }),
    notes: [col('sheets.ikm.respondentsNote')],
    tableName: 'IKM',
    columns: respondentColumns,
    rows: Array.from({ length: respondentRows }, (_, r) => [r + 1, ...ELEMENTS.map(() => null)]),
  }));
  const model: SectionsSheetModel = {
    kind: 'sections',
    name: col('sheets.name.ikm'),
    titleLines: [t(lang, 'sheets.ikm.title', { city: city.toUpperCase() }), col('sheets.ikm.subtitle'), col('sheets.ikm.instructions')],
    sections: [summary, ...surveys],
    print: { landscape: true, paper: 'F4' },
    protect: true,
  };
  const placements = sectionPlacements(model);
  const summaryHeader = placements[0]?.headerRow ?? null;
  if (summaryHeader === null) return model;
  const formulas = units.flatMap((_, u) => {
    const survey = placements[u + 1];
    if (survey?.headerRow === null || survey === undefined) return [];
    return summaryFormulas(u, summaryHeader + 1 + u, survey.headerRow + 1, survey.lastRow, lang);
  });
  return { ...model, sections: [{ ...summary, formulas }, ...surveys] };
}

/** The formulas of summary row `u` (Excel row `row`) over the respondent rows `first`..`last`. */
function summaryFormulas(u: number, row: number, first: number, last: number, lang: Lang): CellFormula[] {
  const range = (k: number) => `${columnLetter(k + 1)}${first}:${columnLetter(k + 1)}${last}`;
  const at = (c: number) => `${columnLetter(c)}${row}`;
  // Only answers 1-4 count, as the engine's own reading of the sheet (rules/ikm.ts).
  const valid = (r: string) => `${r},">=${ANSWER_MIN}",${r},"<=${ANSWER_MAX}"`;
  const anyAnswer = ELEMENTS.map((_, k) => `(${range(k)}<>"")`).join('+');
  const elementCells = `${at(SUMMARY.firstElement)}:${at(SUMMARY.firstElement + SKM_ELEMENT_COUNT - 1)}`;
  const ikm = at(SUMMARY.ikm);
  const grade = at(SUMMARY.grade);
  const gradeFormula = IKM_GRADE_FLOORS.slice(0, -1).reduceRight(
    (otherwise, band) => `IF(${ikm}>=${band.from},"${band.grade}",${otherwise})`,
    `"${IKM_GRADE_FLOORS.at(-1)!.grade}"`,
  );
  const performance = (['A', 'B', 'C'] as const).reduceRight(
    (otherwise, g) => `IF(${grade}="${g}","${t(lang, `sheets.ikm.performance.${g}`)}",${otherwise})`,
    `"${t(lang, 'sheets.ikm.performance.D')}"`,
  );
  const formula = (column: number, text: string): CellFormula => ({ row: u, column, formula: text });
  return [
    formula(SUMMARY.respondents, `SUMPRODUCT(--((${anyAnswer})>0))`),
    ...ELEMENTS.map((_, k) =>
      formula(SUMMARY.firstElement + k, `IF(COUNTIFS(${valid(range(k))})=0,"",AVERAGEIFS(${range(k)},${valid(range(k))}))`),
    ),
    formula(SUMMARY.ikm, `IF(COUNT(${elementCells})<${SKM_ELEMENT_COUNT},"",ROUND(SUM(${elementCells})*${IKM_WEIGHT}*${IKM_SCALE},2))`),
    formula(SUMMARY.grade, `IF(${ikm}="","",${gradeFormula})`),
    formula(PERFORMANCE, `IF(${grade}="","",${performance})`),
    formula(CHANGE, `IF(OR(${ikm}="",${at(BEFORE)}=""),"",${ikm}-${at(BEFORE)})`),
  ];
}
