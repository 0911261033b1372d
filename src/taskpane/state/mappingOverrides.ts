/**
 * The Data step's corrections to what detection found, as the engine's
 * {@link MappingOverrides}: per table a sheet and, per field, a column by its header text
 * (or null: not used). Pure helpers, so the reducer and the stored settings share them.
 */
import type { FieldDef, TableKind } from '../../domain/input/fieldDef';
import { JABATAN_FIELDS } from '../../domain/input/jabatanFields';
import { PEGAWAI_FIELDS } from '../../domain/input/pegawaiFields';
import type { ColumnChoice, MappingOverrides } from '../../domain/input/tableMapping';
import { UNIT_FIELDS } from '../../domain/input/unitFields';
import type { SourceSummary } from '../../domain/pipelineTypes';

export type { MappingOverrides };

export const EMPTY_MAPPING: MappingOverrides = {};

/** The fields of each table, in the order of docs/sheets.md#input-tables (canonical header, required). */
export const TABLE_FIELDS: Readonly<Record<TableKind, readonly FieldDef[]>> = {
  pegawai: PEGAWAI_FIELDS,
  jabatan: JABATAN_FIELDS,
  unit: UNIT_FIELDS,
};

/** A loose view of one table's override, for generic edits. */
interface LooseTableOverride {
  readonly sheet?: string | null;
  readonly headerRow?: number;
  readonly columns?: Readonly<Record<string, ColumnChoice>>;
}

const tableOf = (overrides: MappingOverrides, table: TableKind): LooseTableOverride => (overrides[table] ?? {}) as LooseTableOverride;

/** The overrides with `table` replaced; an empty table override is dropped. */
function withTable(overrides: MappingOverrides, table: TableKind, next: LooseTableOverride): MappingOverrides {
  const out: Record<string, unknown> = { ...overrides };
  const columns = next.columns && Object.keys(next.columns).length > 0 ? { columns: next.columns } : {};
  const cleaned = {
    ...(next.sheet !== undefined ? { sheet: next.sheet } : {}),
    ...(next.headerRow !== undefined ? { headerRow: next.headerRow } : {}),
    ...columns,
  };
  if (Object.keys(cleaned).length === 0) delete out[table];
  else out[table] = cleaned;
  return out as MappingOverrides;
}

/** Points `field` of `table` at the column headed `header` (null: not used). */
export function withColumn(overrides: MappingOverrides, table: TableKind, field: string, header: string | null): MappingOverrides {
  const current = tableOf(overrides, table);
  return withTable(overrides, table, { ...current, columns: { ...current.columns, [field]: header } });
}

/**
 * Reads `table` from another sheet. The header row and column choices of the old sheet
 * no longer apply, so they are dropped (detection finds them again on the new sheet).
 */
export function withSheet(overrides: MappingOverrides, table: TableKind, sheet: string): MappingOverrides {
  return withTable(overrides, table, { sheet });
}

/** The column choice recorded for a field, or undefined when it is detected. */
export function columnChoiceOf(overrides: MappingOverrides, table: TableKind, field: string): ColumnChoice | undefined {
  const columns = tableOf(overrides, table).columns;
  return columns && Object.prototype.hasOwnProperty.call(columns, field) ? columns[field] : undefined;
}

export const hasOverrides = (overrides: MappingOverrides): boolean => Object.keys(overrides).length > 0;

/** The header texts of a detected table: recognised columns first, then the extra ones, each once. */
export function headerOptions(source: SourceSummary): readonly string[] {
  const seen = new Set<string>();
  for (const header of [...source.columns.map((column) => column.header), ...source.extra]) {
    if (header.trim() !== '') seen.add(header);
  }
  return [...seen];
}

/** The header the field was read from in the last check, or null when it was not found. */
export function detectedHeader(source: SourceSummary, field: string): string | null {
  return source.columns.find((column) => column.field === field)?.header ?? null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const TABLES: readonly TableKind[] = ['pegawai', 'jabatan', 'unit'];

/** Stored overrides read back: only well-formed parts are kept; anything else gives none. */
export function mappingOf(stored: unknown): MappingOverrides {
  if (!isObject(stored)) return EMPTY_MAPPING;
  let out: MappingOverrides = EMPTY_MAPPING;
  for (const table of TABLES) {
    const raw = stored[table];
    if (!isObject(raw)) continue;
    const fields = new Set(TABLE_FIELDS[table].map((field) => field.key));
    const columns: Record<string, ColumnChoice> = {};
    if (isObject(raw.columns)) {
      for (const [field, choice] of Object.entries(raw.columns)) {
        const valid =
          choice === null || typeof choice === 'string' || (typeof choice === 'number' && Number.isInteger(choice) && choice >= 0);
        if (fields.has(field) && valid) columns[field] = choice;
      }
    }
    const sheet = typeof raw.sheet === 'string' || (raw.sheet === null && table === 'unit') ? { sheet: raw.sheet } : {};
    const headerRow =
      typeof raw.headerRow === 'number' && Number.isInteger(raw.headerRow) && raw.headerRow >= 1 ? { headerRow: raw.headerRow } : {};
    out = withTable(out, table, { ...sheet, ...headerRow, columns });
  }
  return out;
}
