/**
 * The input layer's entry point: workbook values in, validated tables and issues out
 * (docs/sheets.md#input-tables). Errors stop a plan unless the user chooses to continue without the rows
 * that have them; then every excluded row is itself listed (ROW_EXCLUDED). Nothing is
 * dropped silently.
 */
import type { CellValue, SheetValues, WorkbookValues } from '../model/cell';
import { issue, type Issue } from '../model/issue';
import { asUnitName, type Employee, type InputTables, type Position, type Unit } from '../model/types';
import { detectTables } from './detectTables';
import { codeKey, duplicateRowIssues, type KeyedRow } from './duplicateRows';
import { ChoiceVocabulary, employeeRecord } from './employeeChecks';
import { readEmployeeRow } from './employeeRow';
import type { TableDictionary } from './fieldDef';
import { JABATAN_TABLE } from './jabatanFields';
import { PEGAWAI_TABLE } from './pegawaiFields';
import { PositionLookup } from './positionLookup';
import { readPositionRow, type PositionDraft } from './positionRow';
import { extraColumnNames, RowReader } from './rowReader';
import { readTable, type ParsedTable } from './readTable';
import { sortIssues } from './sortIssues';
import type { InputMapping, MappingOverrides, TableMapping } from './tableMapping';
import { formasiSurplusIssues, unitSheetIssues } from './unitChecks';
import { UnitDirectory } from './unitDirectory';
import { UNIT_TABLE } from './unitFields';
import { readUnitRow } from './unitRow';
import { parseNip } from './values/nip';
import { normalizeKey } from '../model/normalize';
import { parseText } from './values/text';

export interface ReadInputOptions {
  /** The user's corrections to the detected sheets, header rows and columns. */
  readonly overrides?: MappingOverrides;
  /** Continue without the rows that have errors (each is listed as ROW_EXCLUDED). */
  readonly skipInvalidRows?: boolean;
}

export interface ReadInputResult {
  /** Null when errors stop the plan (any error; with skipInvalidRows, errors not tied to a row). */
  readonly tables: InputTables | null;
  /** Every finding, sorted by sheet and row. */
  readonly issues: readonly Issue[];
  /** What was read from where, for the user to check or correct. */
  readonly mapping: InputMapping;
}

const NO_ROWS: ParsedTable<never> = { rows: [], issues: [] };
type Placed = PositionDraft & { readonly unit: Position['unit'] };

/**
 * Reads the employee, position and optional unit tables of a workbook, checks them
 * against each other and returns typed tables when they can be planned with.
 *
 * @example
 * const { tables, issues } = readInput(workbook, { skipInvalidRows: true });
 * if (tables === null) showIssues(issues);
 */
export function readInput(workbook: WorkbookValues, options: ReadInputOptions = {}): ReadInputResult {
  const { mapping, issues: detected } = detectTables(workbook, options.overrides);
  const issues: Issue[] = [...detected];
  const sheetOf = (m: TableMapping<string>): SheetValues => workbook.sheets.find((s) => s.name === m.sheet) ?? { name: m.sheet, rows: [] };
  const textAt = <F extends string>(m: TableMapping<F>, cells: readonly CellValue[], field: F): string | null => {
    const ref = m.columns[field];
    const parsed = ref === undefined ? null : parseText(cells[ref.index]);
    return parsed?.ok ? parsed.value : null;
  };
  const rowsWithErrors = (m: TableMapping<string> | null): Set<number> =>
    new Set(
      issues
        .filter((i) => m !== null && i.severity === 'error' && i.sheet === m.sheet && i.row !== null && i.row >= m.firstDataRow)
        .map((i) => i.row as number),
    );
  /** A table with a column-level error (a required column missing) is not checked against the others. */
  const usableTable = <F extends string>(m: TableMapping<F> | null): m is TableMapping<F> =>
    m !== null && !detected.some((i) => i.severity === 'error' && i.sheet === m.sheet && (i.row === null || i.row <= m.headerRow));

  // Positions, and which of their rows cannot be used.
  const jab = mapping.jabatan;
  const positionTable = jab ? readTable(sheetOf(jab), jab, JABATAN_TABLE, readPositionRow) : NO_ROWS;
  appendTableIssues(issues, positionTable);
  if (jab)
    issues.push(
      ...duplicateRowIssues(
        keyed(positionTable.rows, (cells) => textAt(jab, cells, 'kodeJabatan'), codeKey),
        'POSITION_CODE_DUPLICATE',
        jab.sheet,
        jab.columns.kodeJabatan?.header ?? 'Kode Jabatan',
      ),
    );
  const badPositionRows = rowsWithErrors(jab);

  // Units: the unit sheet, then one directory of canonical names.
  const un = mapping.unit;
  const unitTable = un ? readTable(sheetOf(un), un, UNIT_TABLE, readUnitRow) : NO_ROWS;
  appendTableIssues(issues, unitTable);
  if (un)
    issues.push(
      ...duplicateRowIssues(
        keyed(unitTable.rows, (cells) => textAt(un, cells, 'unitKerja'), normalizeKey),
        'UNIT_DUPLICATE',
        un.sheet,
        un.columns.unitKerja?.header ?? 'Unit Kerja',
      ),
    );
  const badUnitRows = rowsWithErrors(un);
  const positionDrafts: PositionDraft[] = [];
  for (const r of positionTable.rows) if (r.record) positionDrafts.push(r.record);
  const units = new UnitDirectory(
    positionDrafts.map((p) => p.unitText),
    un ? unitTable.rows.flatMap((r) => (r.record ? [r.record.nameText] : [])) : null,
  );
  const placed: Placed[] = positionDrafts
    .filter((p) => !badPositionRows.has(p.row))
    .map((p) => ({ ...p, unit: units.resolve(p.unitText) ?? asUnitName(p.unitText) }));
  const positions: Position[] = placed.map(({ unitText: _unitText, ...p }) => p);

  // Employees, resolved against the positions.
  const peg = mapping.pegawai;
  const employeeTable = peg ? readTable(sheetOf(peg), peg, PEGAWAI_TABLE, (r) => readEmployeeRow(r, workbook.date1904)) : NO_ROWS;
  appendTableIssues(issues, employeeTable);
  if (peg) {
    const nipOf = (cells: readonly CellValue[]): string | null => {
      const ref = peg.columns.nip;
      const parsed = ref === undefined ? null : parseNip(cells[ref.index]);
      return parsed?.ok && parsed.value ? parsed.value.nip : null;
    };
    issues.push(
      ...duplicateRowIssues(
        keyed(
          employeeTable.rows,
          (cells, record) => (record === null ? nipOf(cells) : record.nip),
          (nip) => nip,
        ),
        'NIP_DUPLICATE',
        peg.sheet,
        peg.columns.nip?.header ?? 'NIP',
      ),
    );
  }
  const employees: Employee[] = [];
  if (peg && usableTable(jab)) {
    const unusable = positionTable.rows
      .filter((r) => badPositionRows.has(r.row))
      .map((r) => ({
        row: r.row,
        code: textAt(jab, r.cells, 'kodeJabatan'),
        name: textAt(jab, r.cells, 'namaJabatan'),
        unit: textAt(jab, r.cells, 'unitKerja'),
      }));
    const lookup = new PositionLookup(placed, unusable);
    const choices = new ChoiceVocabulary(
      units,
      positions.map((p) => p.code),
    );
    for (const row of employeeTable.rows) {
      if (row.record === null) continue;
      const reader = new RowReader(peg, PEGAWAI_TABLE, row.row, row.cells);
      const position = lookup.resolve(row.record, reader);
      if (position !== null) employees.push(employeeRecord(row.record, position, reader, units, choices));
      append(issues, reader.issues);
    }
  }
  const badEmployeeRows = rowsWithErrors(peg);
  const usableEmployees = employees.filter((e) => !badEmployeeRows.has(e.row));

  if (usableTable(jab)) {
    const positionReader = readerFor(jab, JABATAN_TABLE, positionTable);
    if (usableTable(peg)) append(issues, formasiSurplusIssues(positions, usableEmployees, positionReader));
    if (usableTable(un)) {
      const unitRows = unitTable.rows.flatMap((r) => (r.record && !badUnitRows.has(r.row) ? [r.record] : []));
      append(issues, unitSheetIssues(positions, unitRows, units, positionReader, readerFor(un, UNIT_TABLE, unitTable)));
    }
  }

  const unitList = unitsOf(positions, unitTable, badUnitRows, units);
  return finish(
    issues,
    mapping,
    options.skipInvalidRows === true,
    {
      employees: usableEmployees,
      positions,
      units: unitList,
      sheets: { pegawai: peg?.sheet ?? '', jabatan: jab?.sheet ?? '', unit: un?.sheet ?? null },
      extraEmployeeColumns: peg ? extraColumnNames(peg).map(([name]) => name) : [],
    },
    { pegawai: employeeTable.rows.length, jabatan: positionTable.rows.length },
  );
}

/** Each row's key; `valueOf` may take the value from the row's record, which was read from the same cells. */
function keyed<T>(
  rows: ParsedTable<T>['rows'],
  valueOf: (cells: readonly CellValue[], record: T | null) => string | null,
  keyOf: (value: string) => string,
): KeyedRow[] {
  const keys: KeyedRow[] = [];
  for (const r of rows) {
    const value = valueOf(r.cells, r.record);
    if (value !== null) keys.push({ row: r.row, key: keyOf(value), value });
  }
  return keys;
}

function readerFor<F extends string>(mapping: TableMapping<F>, dictionary: TableDictionary<F>, table: ParsedTable<unknown>) {
  const cellsAt = new Map(table.rows.map((r) => [r.row, r.cells]));
  return (row: number): RowReader<F> => new RowReader(mapping, dictionary, row, cellsAt.get(row) ?? []);
}

/** Units in position-sheet order, then unit-sheet units without positions; sheet figures where listed. */
function unitsOf(
  positions: readonly Position[],
  table: ParsedTable<ReturnType<typeof readUnitRow>>,
  bad: ReadonlySet<number>,
  units: UnitDirectory,
): Unit[] {
  const byKey = new Map<string, Unit>();
  for (const p of positions) {
    const key = normalizeKey(p.unit);
    if (!byKey.has(key))
      byKey.set(key, {
        row: null,
        name: p.unit,
        kebutuhanAbk: null,
        bebanKerjaJam: null,
        pertumbuhanPersen: null,
        layananPublik: false,
        batasKeluar: null,
      });
  }
  for (const r of table.rows) {
    if (r.record === null || bad.has(r.row)) continue;
    const { nameText, ...figures } = r.record;
    const key = normalizeKey(nameText);
    byKey.set(key, { ...figures, name: units.resolve(nameText) ?? asUnitName(nameText) });
  }
  return [...byKey.values()];
}

function finish(
  found: Issue[],
  mapping: InputMapping,
  skipInvalidRows: boolean,
  tables: InputTables,
  dataRowCounts: { pegawai: number; jabatan: number },
): ReadInputResult {
  const issues = [...found];
  const errorRows = new Map<string, { sheet: string; row: number; codes: Set<string> }>();
  for (const i of issues) {
    if (i.severity !== 'error' || i.sheet === null || i.row === null || isHeaderRow(i.sheet, i.row, mapping)) continue;
    const key = `${i.sheet}\u0000${i.row}`;
    const entry = errorRows.get(key) ?? { sheet: i.sheet, row: i.row, codes: new Set<string>() };
    entry.codes.add(i.code);
    errorRows.set(key, entry);
  }
  if (skipInvalidRows) {
    for (const { sheet, row, codes } of errorRows.values()) {
      issues.push(issue('ROW_EXCLUDED', 'warning', { sheet, row }, { codes: [...codes].join(', '), count: codes.size }));
    }
  }
  const usable = skipInvalidRows ? { pegawai: tables.employees.length, jabatan: tables.positions.length } : dataRowCounts;
  for (const kind of ['pegawai', 'jabatan'] as const) {
    const m = mapping[kind];
    if (m && usable[kind] === 0) issues.push(issue('TABLE_EMPTY', 'error', { sheet: m.sheet }, { sheet: m.sheet, headerRow: m.headerRow }));
  }
  // Errors not tied to a data row (a missing sheet or column, an empty table) stop the plan even when rows may be skipped.
  const stop = issues.some(
    (i) => i.severity === 'error' && (!skipInvalidRows || i.row === null || (i.sheet !== null && isHeaderRow(i.sheet, i.row, mapping))),
  );
  return { tables: stop ? null : tables, issues: sortIssues(issues, mapping), mapping };
}

/** Whether a row is a header row (or above) of one of the tables: issues there concern the table, not a record. */
function isHeaderRow(sheet: string, row: number, mapping: InputMapping): boolean {
  return [mapping.pegawai, mapping.jabatan, mapping.unit].some((m) => m !== null && m.sheet === sheet && row < m.firstDataRow);
}

/** Appends a table's issues to `target`: those about the table, then each row's in order. */
function appendTableIssues(target: Issue[], table: ParsedTable<unknown>): void {
  append(target, table.issues);
  for (const row of table.rows) append(target, row.issues);
}

/** Appends every item of `lists` to `target`. Not push(...list): a spread of a few hundred thousand issues overflows the call stack. */
function append<T>(target: T[], ...lists: readonly (readonly T[])[]): void {
  for (const list of lists) for (const item of list) target.push(item);
}
