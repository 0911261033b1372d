/**
 * The canonical unit names of a workbook. The position sheet's spelling is canonical;
 * the unit sheet adds units that have no positions; every other mention (employees' Unit
 * Kerja, Pilihan, Unit Dihindari) is resolved by `normalizeKey`, so "DINAS KESEHATAN",
 * "Dinas  Kesehatan" and "Dinas Kesehatan." are one unit.
 */
import { asUnitName, type UnitName } from '../model/types';
import { suggester } from './closestName';
import { normalizeKey } from '../model/normalize';

export class UnitDirectory {
  private readonly byKey = new Map<string, UnitName>();
  private readonly sheetKeys: ReadonlySet<string> | null;
  private suggestAny: ((name: string) => string | null) | null = null;
  private suggestSheet: ((name: string) => string | null) | null = null;

  /**
   * @param positionUnits unit names in position-sheet order (first spelling wins)
   * @param unitSheetNames names in the unit sheet, or null when there is no unit sheet
   */
  constructor(
    positionUnits: readonly string[],
    private readonly unitSheetNames: readonly string[] | null,
  ) {
    for (const name of [...positionUnits, ...(unitSheetNames ?? [])]) {
      const key = normalizeKey(name);
      if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, asUnitName(name));
    }
    this.sheetKeys = unitSheetNames === null ? null : new Set(unitSheetNames.map(normalizeKey));
  }

  /** The canonical name of a unit mentioned anywhere, or null when no table knows it. */
  resolve(text: string): UnitName | null {
    return this.byKey.get(normalizeKey(text)) ?? null;
  }

  /** Whether two mentions name the same unit. */
  static same(a: string, b: string): boolean {
    return a === b || normalizeKey(a) === normalizeKey(b);
  }

  /** Whether the unit sheet lists the unit; always true when there is no unit sheet. */
  inUnitSheet(name: string): boolean {
    return this.sheetKeys === null || this.sheetKeys.has(normalizeKey(name));
  }

  get hasUnitSheet(): boolean {
    return this.sheetKeys !== null;
  }

  /** All canonical names, position units first. */
  names(): UnitName[] {
    return [...this.byKey.values()];
  }

  /** The closest known unit name to an unknown one, or null. */
  suggest(text: string): string | null {
    this.suggestAny ??= suggester(this.names());
    return this.suggestAny(text);
  }

  /** The closest name in the unit sheet, or null. */
  suggestFromUnitSheet(text: string): string | null {
    this.suggestSheet ??= suggester(this.unitSheetNames ?? []);
    return this.suggestSheet(text);
  }
}
