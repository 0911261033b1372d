/**
 * Reading the fields of one table row through the value parsers, turning every parser
 * failure into an issue that names the sheet, the Excel row, the column header and the
 * cell value as the user sees them.
 */
import type { CellValue } from '../model/cell';
import { issue, type Issue, type IssueCode, type Severity } from '../model/issue';
import { cellText } from './cellText';
import type { TableDictionary } from './fieldDef';
import type { TableMapping } from './tableMapping';
import { isBlankCell } from './values/cellInput';

/** What a value parser returns (the values/ contract, with any code). */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T | null }
  | { readonly ok: false; readonly code: IssueCode; readonly params: Readonly<Record<string, string | number>> };

export type Parser<T> = (raw: CellValue | undefined) => ParseResult<T>;

/** One data row of a mapped table, with the issues found while reading it. */
export class RowReader<F extends string> {
  readonly issues: Issue[] = [];

  constructor(
    private readonly mapping: TableMapping<F>,
    private readonly dictionary: TableDictionary<F>,
    /** Excel row number as the user sees it. */
    readonly row: number,
    private readonly cells: readonly CellValue[],
  ) {}

  /** Whether the table has a column for the field. */
  mapped(field: F): boolean {
    return this.mapping.columns[field] !== undefined;
  }

  /** The raw cell of a field; undefined when the column is absent. */
  raw(field: F): CellValue | undefined {
    const ref = this.mapping.columns[field];
    return ref === undefined ? undefined : this.cells[ref.index];
  }

  /** Whether the field's cell is blank (absent column, empty, whitespace or a lone dash). */
  isBlank(field: F): boolean {
    return isBlankCell(this.raw(field));
  }

  /** The column's header as written, or the field's canonical header when the column is absent. */
  column(field: F): string {
    return this.mapping.columns[field]?.header ?? this.dictionary.fields.find((f) => f.key === field)?.header ?? field;
  }

  /**
   * Reads a field. A parser failure is an error issue under the parser's code; a blank
   * required cell is MISSING_VALUE. An absent column reads as null without an issue (the
   * missing column was reported once for the table).
   */
  read<T>(field: F, parse: Parser<T>, required = false): T | null {
    const ref = this.mapping.columns[field];
    if (ref === undefined) return null;
    const result = parse(this.cells[ref.index]);
    if (!result.ok) {
      this.report(result.code, 'error', field, result.params);
      return null;
    }
    if (result.value === null && required) this.report('MISSING_VALUE', 'error', field);
    return result.value;
  }

  /** Records an issue on this row; `column` and `value` params are filled from the field's cell. */
  report(code: IssueCode, severity: Severity, field: F | null, params: Readonly<Record<string, string | number>> = {}): void {
    const column = field === null ? null : this.column(field);
    const value = field === null ? null : cellText(this.raw(field));
    this.issues.push(
      issue(
        code,
        severity,
        { sheet: this.mapping.sheet, row: this.row, column, value },
        {
          ...(column === null ? {} : { column }),
          value: value ?? '',
          ...params,
        },
      ),
    );
  }

  /** Whether any error was recorded on this row. */
  get failed(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }

  /** The unrecognised columns of the row by their (de-duplicated) header text; blank cells as ''. */
  extra(): Record<string, string> {
    const extra: Record<string, string> = {};
    for (const [name, index] of extraColumnNames(this.mapping)) extra[name] = cellText(this.cells[index]) ?? '';
    return extra;
  }
}

const extraNames = new WeakMap<object, readonly (readonly [string, number])[]>();

/**
 * The extra columns of a mapping as unique names with their indexes: a header that occurs
 * twice gets " (2)" so that neither column is lost.
 */
export function extraColumnNames(mapping: TableMapping<string>): readonly (readonly [string, number])[] {
  const cached = extraNames.get(mapping);
  if (cached) return cached;
  const seen = new Set<string>();
  const names = mapping.extra.map((ref) => {
    let name = ref.header;
    for (let n = 2; seen.has(name); n += 1) name = `${ref.header} (${n})`;
    seen.add(name);
    return [name, ref.index] as const;
  });
  extraNames.set(mapping, names);
  return names;
}
