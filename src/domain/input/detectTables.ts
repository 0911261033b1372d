/**
 * Stage 1 of reading the input: which sheet is which table, where its header is and which
 * column is which field (docs/sheets.md#input-tables). The result can be shown to the user and corrected.
 */
import type { SheetValues, WorkbookValues } from '../model/cell';
import { issue, type Issue } from '../model/issue';
import type { InputIssueCode } from '../model/issueCodes';
import { aliasList, buildTableMapping } from './buildTableMapping';
import { chooseSheets, DICTIONARIES, type SheetCandidate } from './chooseSheets';
import type { TableDictionary, TableKind } from './fieldDef';
import { PEGAWAI_FIELDS } from './pegawaiFields';
import { findHeaderRow, type HeaderScan } from './scanHeader';
import type { InputMapping, MappingOverrides, TableMapping, TableOverride } from './tableMapping';

export interface DetectResult {
  readonly mapping: InputMapping;
  readonly issues: readonly Issue[];
}

const NOT_FOUND_CODE: Readonly<Record<TableKind, InputIssueCode | null>> = {
  pegawai: 'NO_EMPLOYEE_SHEET',
  jabatan: 'NO_POSITION_SHEET',
  unit: null,
};

/**
 * Finds the employee, position and (optional) unit tables of a workbook by their header
 * content, whatever the sheets are called, and maps each recognised column to its field.
 * `overrides` fixes the sheet, header row or columns the user chose; everything else is
 * detected. Issues: NO_EMPLOYEE_SHEET, NO_POSITION_SHEET, HEADER_NOT_FOUND,
 * OVERRIDE_SHEET_NOT_FOUND, TABLES_SHARE_SHEET, MISSING_COLUMN, MISSING_POSITION_COLUMN,
 * DUPLICATE_COLUMN, OVERRIDE_COLUMN_NOT_FOUND.
 *
 * @example
 * const { mapping } = detectTables(workbook);
 * mapping.pegawai?.columns.nip // { index: 1, header: 'NIP Baru' }
 */
export function detectTables(workbook: WorkbookValues, overrides: MappingOverrides = {}): DetectResult {
  const issues: Issue[] = [];
  const kinds: readonly TableKind[] = ['pegawai', 'jabatan', 'unit'];
  const overrideOf = (kind: TableKind): TableOverride<string> => (overrides[kind] ?? {}) as TableOverride<string>;

  // Sheets the user named.
  const fixedSheets = new Map<TableKind, SheetValues | null>();
  for (const kind of kinds) {
    const named = overrideOf(kind).sheet;
    if (named === undefined) continue;
    if (named === null) {
      fixedSheets.set(kind, null);
      continue;
    }
    const sheet =
      workbook.sheets.find((s) => s.name === named) ??
      workbook.sheets.find((s) => s.name.trim().toLowerCase() === named.trim().toLowerCase());
    if (!sheet) {
      issues.push(issue('OVERRIDE_SHEET_NOT_FOUND', 'error', { sheet: named }, { sheet: named, sheets: sheetList(workbook) }));
      fixedSheets.set(kind, null);
      continue;
    }
    const other = [...fixedSheets.entries()].find(([, s]) => s === sheet);
    if (other) {
      issues.push(issue('TABLES_SHARE_SHEET', 'error', { sheet: sheet.name }, { sheet: sheet.name }));
      fixedSheets.set(kind, null);
      continue;
    }
    fixedSheets.set(kind, sheet);
  }

  const taken = new Set([...fixedSheets.values()].filter((s): s is SheetValues => s !== null).map((s) => s.name));
  const auto = chooseSheets(workbook, taken, new Set(fixedSheets.keys()));

  const tables: Partial<Record<TableKind, TableMapping<string>>> = {};
  for (const kind of kinds) {
    const dictionary = DICTIONARIES[kind];
    const fixed = fixedSheets.get(kind);
    const chosen: { sheet: SheetValues; scan: HeaderScan<string> | null } | null =
      fixed === undefined ? fromCandidate(auto[kind]) : fixed === null ? null : { sheet: fixed, scan: findHeaderRow(fixed, dictionary) };
    if (chosen === null) {
      const code = NOT_FOUND_CODE[kind];
      if (code !== null && !(fixed === null && overrideOf(kind).sheet !== null)) {
        issues.push(issue(code, 'error', {}, { sheets: sheetList(workbook) }));
      }
      continue;
    }
    const override = overrideOf(kind);
    if (chosen.scan === null && override.headerRow === undefined) {
      issues.push(issue('HEADER_NOT_FOUND', 'error', { sheet: chosen.sheet.name }, { sheet: chosen.sheet.name, rows: 20 }));
      continue;
    }
    const built = buildTableMapping(chosen.sheet, dictionary as TableDictionary<string>, chosen.scan, override);
    issues.push(...built.issues);
    tables[kind] = built.mapping;
    if (kind === 'pegawai') issues.push(...positionColumnIssues(built.mapping));
  }

  const mapping = {
    pegawai: tables.pegawai ?? null,
    jabatan: tables.jabatan ?? null,
    unit: tables.unit ?? null,
  } as InputMapping;
  return { mapping, issues };
}

function fromCandidate(candidate: SheetCandidate | null): { sheet: SheetValues; scan: HeaderScan<string> } | null {
  return candidate === null ? null : { sheet: candidate.sheet, scan: candidate.scan };
}

function sheetList(workbook: WorkbookValues): string {
  return workbook.sheets.map((s) => `'${s.name}'`).join(', ');
}

/** An employee's position is named by Kode Jabatan or by Jabatan (with Unit Kerja); one is needed. */
function positionColumnIssues(mapping: TableMapping<string>): Issue[] {
  const columns = mapping.columns as Record<string, unknown>;
  if (columns.kodeJabatan !== undefined || columns.jabatan !== undefined) return [];
  const field = (key: string) => PEGAWAI_FIELDS.find((f) => f.key === key);
  const kode = field('kodeJabatan');
  const jabatan = field('jabatan');
  return [
    issue(
      'MISSING_POSITION_COLUMN',
      'error',
      { sheet: mapping.sheet, row: mapping.headerRow, column: 'Kode Jabatan' },
      {
        column: 'Kode Jabatan',
        other: 'Jabatan',
        aliases: [kode ? aliasList(kode) : '', jabatan ? aliasList(jabatan) : ''].filter((s) => s !== '').join(', '),
      },
    ),
  ];
}
