/**
 * Turns a detected (or user-chosen) header row into the mapping that drives row parsing,
 * applying the user's column choices and reporting what is missing or doubled.
 */
import type { SheetValues } from '../model/cell';
import { issue, type Issue } from '../model/issue';
import { columnLetter } from './columnLetter';
import type { FieldDef, TableDictionary } from './fieldDef';
import { scanHeaderRow, type HeaderScan } from './scanHeader';
import type { ColumnChoice, ColumnRef, TableMapping, TableOverride } from './tableMapping';
import { normalizeKey } from '../model/normalize';

/** Excel's last column, XFD. */
const MAX_COLUMN_INDEX = 16_383;

/** How many aliases a "missing column" message lists; the full list is in the documentation. */
const ALIASES_SHOWN = 6;

/** The header and the first aliases of a field, as a message lists them. */
export function aliasList(field: FieldDef): string {
  return field.aliases.slice(0, ALIASES_SHOWN).join(', ');
}

function resolveChoice(scan: HeaderScan<string>, choice: number | string): ColumnRef | null {
  if (typeof choice === 'number') {
    if (!Number.isInteger(choice) || choice < 0 || choice > MAX_COLUMN_INDEX) return null;
    return scan.headers.find((h) => h.index === choice) ?? { index: choice, header: columnLetter(choice) };
  }
  const wanted = normalizeKey(choice);
  if (wanted === '') return null;
  return (
    scan.headers.find((h) => normalizeKey(h.header) === wanted) ??
    scan.headers.find((h) => normalizeKey(h.header.split(' / ').pop() ?? '') === wanted) ??
    null
  );
}

/**
 * The mapping of one table on one sheet, with its issues: a required column missing
 * (MISSING_COLUMN, MISSING_POSITION_COLUMN for the employee's Kode Jabatan / Jabatan pair),
 * a field found twice (DUPLICATE_COLUMN, warning, first used) and column choices that name
 * no column (OVERRIDE_COLUMN_NOT_FOUND).
 */
export function buildTableMapping<F extends string>(
  sheet: SheetValues,
  dictionary: TableDictionary<F>,
  detected: HeaderScan<F> | null,
  override: TableOverride<F> = {},
): { mapping: TableMapping<F>; issues: Issue[] } {
  const issues: Issue[] = [];
  const headerRow = override.headerRow ?? detected?.headerRow ?? 1;
  const scan = detected !== null && detected.headerRow === headerRow ? detected : scanHeaderRow(sheet, dictionary, headerRow);
  const columns: Partial<Record<F, ColumnRef>> = { ...scan.columns };
  let extra = [...scan.extra];
  const fieldOf = (key: F): FieldDef<F> =>
    dictionary.fields.find((f) => f.key === key) ?? { key, header: key, aliases: [], required: false };

  const choices = Object.entries(override.columns ?? {}) as [F, ColumnChoice | undefined][];
  const chosen = new Set<F>();
  for (const [field, choice] of choices) {
    if (choice === undefined) continue;
    chosen.add(field);
    const previous = columns[field];
    if (choice === null) {
      delete columns[field];
      if (previous) extra.push(previous);
      continue;
    }
    const ref = resolveChoice(scan as HeaderScan<string>, choice);
    if (ref === null) {
      issues.push(
        issue(
          'OVERRIDE_COLUMN_NOT_FOUND',
          'error',
          { sheet: sheet.name, row: headerRow, column: fieldOf(field).header },
          {
            column: fieldOf(field).header,
            choice: String(choice),
          },
        ),
      );
      continue;
    }
    if (previous && previous.index !== ref.index) extra.push(previous);
    for (const [other, otherRef] of Object.entries(columns) as [F, ColumnRef][]) {
      if (other !== field && otherRef.index === ref.index && !chosen.has(other)) delete columns[other];
    }
    columns[field] = ref;
    extra = extra.filter((c) => c.index !== ref.index);
  }
  const usedIndexes = new Set(Object.values<ColumnRef | undefined>(columns).map((c) => c?.index));
  extra = extra.filter((c) => !usedIndexes.has(c.index)).sort((a, b) => a.index - b.index);

  for (const duplicate of scan.duplicates) {
    if (chosen.has(duplicate.field) || columns[duplicate.field]?.index !== duplicate.used.index) continue;
    issues.push(
      issue(
        'DUPLICATE_COLUMN',
        'warning',
        { sheet: sheet.name, row: headerRow, column: duplicate.ignored.header },
        {
          column: duplicate.ignored.header,
          field: fieldOf(duplicate.field).header,
          used: duplicate.used.header,
          usedColumn: columnLetter(duplicate.used.index),
          ignoredColumn: columnLetter(duplicate.ignored.index),
        },
      ),
    );
  }

  for (const field of dictionary.fields) {
    if (!field.required || columns[field.key]) continue;
    issues.push(
      issue(
        'MISSING_COLUMN',
        'error',
        { sheet: sheet.name, row: headerRow, column: field.header },
        {
          column: field.header,
          aliases: aliasList(field),
        },
      ),
    );
  }
  return { mapping: { sheet: sheet.name, headerRow, firstDataRow: scan.firstDataRow, columns, extra }, issues };
}
