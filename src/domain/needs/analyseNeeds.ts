/**
 * Analisis Kebutuhan (docs/sheets.md#analisis-kebutuhan): per unit, the staff it needs against the staff it has,
 * before and (given a placement) after a plan.
 */
import type { Policy } from '../rules/policy';
import { finalPositions, type Placement } from '../model/placement';
import { buildTableIndex, type TableIndex } from '../model/tableIndex';
import type { InputTables, PositionCode, UnitName } from '../model/types';
import { unitNeedFigure, type NeedSource } from './unitNeedFigure';

/** A position marked Prioritas Segera with fewer holders than its Formasi. */
export interface UrgentVacancy {
  readonly code: PositionCode;
  readonly name: string;
  readonly formasi: number;
  readonly holders: number;
  readonly vacant: number;
}

export interface UnitStaffing {
  readonly staff: number;
  /** need − staff: positive is a shortage, negative a surplus. */
  readonly gap: number;
  /** staff / need; null when the need is 0. */
  readonly fillRatio: number | null;
  readonly urgentVacancies: readonly UrgentVacancy[];
}

export interface UnitAfter extends UnitStaffing {
  /** Employees moving in from other units. */
  readonly incoming: number;
  /** Employees moving out to other units. */
  readonly outgoing: number;
}

export interface UnitNeed extends UnitStaffing {
  readonly unit: UnitName;
  /** Unit sheet row, or null when the unit is only named in positions. */
  readonly row: number | null;
  readonly source: NeedSource;
  readonly baseNeed: number;
  readonly growthPercent: number;
  readonly need: number;
  readonly formasi: number;
  readonly positionCount: number;
  readonly layananPublik: boolean;
  readonly batasKeluar: number | null;
  /** The same figures after the placement; null when none was given. */
  readonly after: UnitAfter | null;
}

export interface NeedsAnalysis {
  /** In {@link TableIndex} unit order: unit `u` is `units[u]`. */
  readonly units: readonly UnitNeed[];
  readonly totals: {
    readonly need: number;
    readonly staff: number;
    readonly shortageUnits: number;
    readonly shortage: number;
    readonly staffAfter: number | null;
    readonly shortageUnitsAfter: number | null;
  };
}

function staffing(
  tables: InputTables,
  u: number,
  need: number,
  staff: number,
  holders: Int32Array,
  positionsOf: readonly (readonly number[])[],
): UnitStaffing {
  const urgentVacancies: UrgentVacancy[] = [];
  for (const p of positionsOf[u] ?? []) {
    const position = tables.positions[p];
    const held = holders[p] ?? 0;
    if (position !== undefined && position.prioritas === 'Segera' && held < position.formasi) {
      urgentVacancies.push({
        code: position.code,
        name: position.name,
        formasi: position.formasi,
        holders: held,
        vacant: position.formasi - held,
      });
    }
  }
  return { staff, gap: need - staff, fillRatio: need > 0 ? staff / need : null, urgentVacancies };
}

/**
 * Needs per unit (units from the unit sheet plus any unit only named in positions), staff
 * now (employees whose current position is in the unit) and, when `placement` gives the
 * final position of employees (absent = staying), the figures after the plan.
 *
 * @example
 * analyseNeeds(tables, DEFAULT_POLICY).units.find((u) => u.unit === 'Disdukcapil')?.gap // 3 = short by three
 */
export function analyseNeeds(
  tables: InputTables,
  policy: Policy,
  placement?: Placement,
  index: TableIndex = buildTableIndex(tables),
): NeedsAnalysis {
  const nU = index.unitNames.length;
  const formasi = new Array<number>(nU).fill(0);
  const positionsOf: number[][] = Array.from({ length: nU }, () => []);
  tables.positions.forEach((position, p) => {
    const u = index.positionUnit[p] ?? 0;
    formasi[u] = (formasi[u] ?? 0) + position.formasi;
    positionsOf[u]?.push(p);
  });
  const staffNow = new Int32Array(nU);
  for (const u of index.employeeUnit) if (u >= 0) staffNow[u] = (staffNow[u] ?? 0) + 1;

  let after: { staff: Int32Array; incoming: Int32Array; outgoing: Int32Array; holders: Int32Array } | null = null;
  if (placement !== undefined) {
    const final = finalPositions(index, placement);
    const staff = new Int32Array(nU);
    const incoming = new Int32Array(nU);
    const outgoing = new Int32Array(nU);
    const holders = new Int32Array(tables.positions.length);
    final.forEach((p, e) => {
      const from = index.employeeUnit[e] ?? -1;
      const to = p >= 0 ? (index.positionUnit[p] ?? -1) : from;
      if (p >= 0) holders[p] = (holders[p] ?? 0) + 1;
      if (to >= 0) staff[to] = (staff[to] ?? 0) + 1;
      if (from !== to) {
        if (from >= 0) outgoing[from] = (outgoing[from] ?? 0) + 1;
        if (to >= 0) incoming[to] = (incoming[to] ?? 0) + 1;
      }
    });
    after = { staff, incoming, outgoing, holders };
  }

  const units: UnitNeed[] = [];
  for (let u = 0; u < nU; u++) {
    const record = index.unitRecords[u] ?? null;
    const figure = unitNeedFigure(record, formasi[u] ?? 0, policy.effectiveHoursPerYear);
    const now = staffing(tables, u, figure.need, staffNow[u] ?? 0, index.holders, positionsOf);
    const later =
      after === null
        ? null
        : {
            ...staffing(tables, u, figure.need, after.staff[u] ?? 0, after.holders, positionsOf),
            incoming: after.incoming[u] ?? 0,
            outgoing: after.outgoing[u] ?? 0,
          };
    units.push({
      unit: index.unitNames[u] ?? ('' as UnitName),
      row: record?.row ?? null,
      ...figure,
      formasi: formasi[u] ?? 0,
      positionCount: positionsOf[u]?.length ?? 0,
      layananPublik: record?.layananPublik ?? false,
      batasKeluar: record?.batasKeluar ?? null,
      ...now,
      after: later,
    });
  }

  const sum = (f: (u: UnitNeed) => number): number => units.reduce((acc, u) => acc + f(u), 0);
  return {
    units,
    totals: {
      need: sum((u) => u.need),
      staff: sum((u) => u.staff),
      shortageUnits: sum((u) => (u.gap > 0 ? 1 : 0)),
      shortage: sum((u) => Math.max(0, u.gap)),
      staffAfter: after === null ? null : sum((u) => u.after?.staff ?? 0),
      shortageUnitsAfter: after === null ? null : sum((u) => ((u.after?.gap ?? 0) > 0 ? 1 : 0)),
    },
  };
}
