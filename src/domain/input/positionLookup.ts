/**
 * Finding an employee's current position in the position sheet: by Kode Jabatan, or by
 * Jabatan + Unit Kerja when the employee sheet has no code (docs/sheets.md#jabatan).
 */
import type { EmployeeDraft } from './employeeRow';
import { codeKey } from './duplicateRows';
import type { PegawaiField } from './pegawaiFields';
import type { PositionDraft } from './positionRow';
import type { RowReader } from './rowReader';
import { suggester } from './closestName';
import { normalizeKey } from '../model/normalize';

/** A position-sheet row that cannot be used (it has errors), by what identifies it. */
export interface UnusablePosition {
  readonly row: number;
  readonly code: string | null;
  readonly name: string | null;
  readonly unit: string | null;
}

const nameUnitKey = (name: string, unit: string): string => `${normalizeKey(name)}|${normalizeKey(unit)}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class PositionLookup<P extends PositionDraft = PositionDraft> {
  private readonly byCode = new Map<string, P>();
  private readonly byNameUnit = new Map<string, P[]>();
  private readonly unusableByCode = new Map<string, number[]>();
  private readonly unusableByNameUnit = new Map<string, number[]>();
  private readonly suggestCode: (code: string) => string | null;
  private readonly suggestNameIn = new Map<string, (name: string) => string | null>();

  constructor(positions: readonly P[], unusable: readonly UnusablePosition[]) {
    for (const p of positions) {
      if (!this.byCode.has(codeKey(p.code))) this.byCode.set(codeKey(p.code), p);
      push(this.byNameUnit, nameUnitKey(p.name, p.unitText), p);
    }
    for (const u of unusable) {
      if (u.code !== null) push(this.unusableByCode, codeKey(u.code), u.row);
      if (u.name !== null && u.unit !== null) push(this.unusableByNameUnit, nameUnitKey(u.name, u.unit), u.row);
    }
    this.suggestCode = suggester(positions.map((p) => p.code));
  }

  /**
   * The employee's position, or null with an error on the row: POSITION_NOT_FOUND (code
   * unknown, with the closest code), POSITION_ROW_INVALID (the position's own row has
   * errors), POSITION_NAME_NOT_FOUND, POSITION_AMBIGUOUS (Jabatan + Unit Kerja fits several
   * rows). A code whose position has another name than the employee's Jabatan is
   * POSITION_NAME_MISMATCH (warning; the code wins).
   */
  resolve(employee: EmployeeDraft, reader: RowReader<PegawaiField>): P | null {
    if (employee.kodeJabatan !== null) return this.byCodeOf(employee, employee.kodeJabatan, reader);
    if (employee.jabatan !== null) return this.byNameOf(employee.jabatan, employee.unitText, reader);
    return null;
  }

  private byCodeOf(employee: EmployeeDraft, code: string, reader: RowReader<PegawaiField>): P | null {
    const found = this.byCode.get(codeKey(code));
    if (found) {
      if (employee.jabatan !== null && employee.jabatan !== found.name && normalizeKey(employee.jabatan) !== normalizeKey(found.name)) {
        reader.report('POSITION_NAME_MISMATCH', 'warning', 'jabatan', {
          code: found.code,
          positionName: found.name,
          positionRow: found.row,
        });
      }
      return found;
    }
    const unusable = this.unusableByCode.get(codeKey(code));
    if (unusable) {
      reader.report('POSITION_ROW_INVALID', 'error', 'kodeJabatan', { rows: unusable.join(', ') });
      return null;
    }
    const suggestion = this.suggestCode(code);
    reader.report('POSITION_NOT_FOUND', 'error', 'kodeJabatan', suggestion === null ? {} : { suggestion });
    return null;
  }

  private byNameOf(name: string, unit: string, reader: RowReader<PegawaiField>): P | null {
    const key = nameUnitKey(name, unit);
    const found = this.byNameUnit.get(key) ?? [];
    const [only] = found;
    if (found.length === 1 && only) return only;
    if (found.length > 1) {
      reader.report('POSITION_AMBIGUOUS', 'error', 'jabatan', { unit, rows: found.map((p) => p.row).join(', ') });
      return null;
    }
    const unusable = this.unusableByNameUnit.get(key);
    if (unusable) {
      reader.report('POSITION_ROW_INVALID', 'error', 'jabatan', { rows: unusable.join(', ') });
      return null;
    }
    const suggestion = this.nameSuggester(unit)(name);
    reader.report('POSITION_NAME_NOT_FOUND', 'error', 'jabatan', { unit, ...(suggestion === null ? {} : { suggestion }) });
    return null;
  }

  /** Suggests among the position names of one unit (built once per unit). */
  private nameSuggester(unit: string): (name: string) => string | null {
    const unitKey = normalizeKey(unit);
    let suggest = this.suggestNameIn.get(unitKey);
    if (!suggest) {
      const names = [...this.byNameUnit.values()]
        .flat()
        .filter((p) => normalizeKey(p.unitText) === unitKey)
        .map((p) => p.name);
      suggest = suggester(names);
      this.suggestNameIn.set(unitKey, suggest);
    }
    return suggest;
  }
}
