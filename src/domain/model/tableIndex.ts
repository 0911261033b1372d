/**
 * Integer indexes over the input tables, built once per run so that rules, needs and
 * scoring work on array positions instead of names: employee `e` is
 * `tables.employees[e]`, position `p` is `tables.positions[p]`, unit `u` is `units[u]`.
 */
import type { InputTables, Position, Unit, UnitName } from './types';
import { normalizeKey } from './normalize';

export interface TableIndex {
  /** Units: the unit sheet's rows first, then units only named in positions, in order of appearance. */
  readonly unitNames: readonly UnitName[];
  /** `normalizeKey` of each unit name. */
  readonly unitKeys: readonly string[];
  /** The unit sheet row of each unit, or null when it is only named in positions. */
  readonly unitRecords: readonly (Unit | null)[];
  readonly unitIdByKey: ReadonlyMap<string, number>;
  /** Unit of each position. */
  readonly positionUnit: Int32Array;
  /** Current position of each employee; -1 when the code is not in the position table. */
  readonly currentPosition: Int32Array;
  /** Unit of each employee: that of the current position, else its own Unit Kerja (-1 if unknown). */
  readonly employeeUnit: Int32Array;
  readonly employeeByNip: ReadonlyMap<string, number>;
  readonly positionByCode: ReadonlyMap<string, number>;
  /** Holders of each position now. */
  readonly holders: Int32Array;
}

/** Builds the {@link TableIndex} of a run's tables. */
export function buildTableIndex(tables: InputTables): TableIndex {
  const unitNames: UnitName[] = [];
  const unitKeys: string[] = [];
  const unitRecords: (Unit | null)[] = [];
  const unitIdByKey = new Map<string, number>();
  const addUnit = (name: UnitName, record: Unit | null): number => {
    const key = normalizeKey(name);
    const known = unitIdByKey.get(key);
    if (known !== undefined) return known;
    unitIdByKey.set(key, unitNames.length);
    unitNames.push(name);
    unitKeys.push(key);
    unitRecords.push(record);
    return unitNames.length - 1;
  };
  for (const unit of tables.units) addUnit(unit.name, unit);

  const positionUnit = new Int32Array(tables.positions.length);
  const positionByCode = new Map<string, number>();
  tables.positions.forEach((position: Position, p) => {
    positionUnit[p] = addUnit(position.unit, null);
    if (!positionByCode.has(position.code)) positionByCode.set(position.code, p);
  });

  const currentPosition = new Int32Array(tables.employees.length);
  const employeeUnit = new Int32Array(tables.employees.length);
  const holders = new Int32Array(tables.positions.length);
  const employeeByNip = new Map<string, number>();
  tables.employees.forEach((employee, e) => {
    const p = positionByCode.get(employee.positionCode) ?? -1;
    currentPosition[e] = p;
    if (p >= 0) {
      holders[p] = (holders[p] ?? 0) + 1;
      employeeUnit[e] = positionUnit[p] ?? -1;
    } else employeeUnit[e] = unitIdByKey.get(normalizeKey(employee.unit)) ?? -1;
    if (!employeeByNip.has(employee.nip)) employeeByNip.set(employee.nip, e);
  });

  return {
    unitNames,
    unitKeys,
    unitRecords,
    unitIdByKey,
    positionUnit,
    currentPosition,
    employeeUnit,
    employeeByNip,
    positionByCode,
    holders,
  };
}

/** The unit id of a name as written (case, spaces and punctuation ignored); -1 when unknown. */
export function unitIdOf(index: TableIndex, name: string): number {
  return index.unitIdByKey.get(normalizeKey(name)) ?? -1;
}
