/**
 * Everything scoring needs, precomputed once per run from the tables: normalised keys as
 * integer ids, sector masks, ranks, readiness and the unit pressure from the needs
 * analysis. Scoring a pair then reads typed arrays only (no string work), which keeps
 * millions of candidate pairs cheap.
 */
import { analyseNeeds, type NeedsAnalysis } from '../needs/analyseNeeds';
import type { Policy } from '../rules/policy';
import { readinessOf, type Readiness } from '../rules/readiness';
import { buildTableIndex, type TableIndex } from '../model/tableIndex';
import { golonganIndex } from '../input/values/golongan';
import { normalizeKey } from '../model/normalize';
import type { DayNumber, InputTables } from '../model/types';
import { fieldKeyOf, fieldSectorsOf, isGeneralField, postSectorsOf, relatedSectorsOf } from './educationTaxonomy';
import { unitPressureOf } from './unitPressure';

export interface ScoringContext {
  readonly tables: InputTables;
  readonly policy: Policy;
  readonly effectiveDate: DayNumber;
  readonly index: TableIndex;
  /** Readiness of each employee (same order as the employees). */
  readonly readiness: readonly Readiness[];
  readonly needs: NeedsAnalysis;
  readonly employeeField: Int32Array;
  readonly employeeFieldSectors: Int32Array;
  readonly employeeRelatedSectors: Int32Array;
  readonly employeeGeneralField: Uint8Array;
  readonly employeeCompetencies: readonly Int32Array[];
  /** Three slots per employee: the place id of Pilihan 1-3, -1 when empty or unknown. */
  readonly employeePilihan: Int32Array;
  readonly employeePilihanCount: Uint8Array;
  readonly employeeRank: Int8Array;
  readonly employeeSpecial: Uint8Array;
  readonly positionFields: readonly Int32Array[];
  readonly positionNameSectors: Int32Array;
  readonly positionUnitSectors: Int32Array;
  readonly positionFieldSectors: Int32Array;
  /** The sectors a post serves first: its name's and accepted fields' (else its unit's). */
  readonly positionPrimarySectors: Int32Array;
  /** The unit's sectors beyond the primary ones. */
  readonly positionSecondarySectors: Int32Array;
  readonly positionCompetencies: readonly Int32Array[];
  /** Two slots per position: place id of its unit and of its code. */
  readonly positionPlaces: Int32Array;
  /** Kelas ≥ the 9-box threshold, or an Administrator / JPT post. */
  readonly positionDemanding: Uint8Array;
  readonly positionRankMin: Int8Array;
  readonly positionRankMax: Int8Array;
  /** Per unit: positive = shortage (up to 50), negative = surplus (down to -25). */
  readonly unitPressure: Int32Array;
}

const NO_IDS = new Int32Array(0);

class Interner {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }
}

/**
 * Builds the scoring context of a run. `options` may pass what the caller already has
 * (the table index, the needs analysis, readiness) so it is not computed twice.
 */
export function buildScoringContext(
  tables: InputTables,
  policy: Policy,
  effectiveDate: DayNumber,
  options: { readonly index?: TableIndex; readonly needs?: NeedsAnalysis; readonly readiness?: readonly Readiness[] } = {},
): ScoringContext {
  const index = options.index ?? buildTableIndex(tables);
  const needs = options.needs ?? analyseNeeds(tables, policy, undefined, index);
  const readiness =
    options.readiness ??
    tables.employees.map((employee, e) => {
      const p = index.currentPosition[e] ?? -1;
      return readinessOf(employee, p >= 0 ? (tables.positions[p] ?? null) : null, policy, effectiveDate);
    });
  const nE = tables.employees.length;
  const nP = tables.positions.length;
  const fields = new Interner();
  const competencies = new Interner();
  const places = new Interner();
  /** The distinct ids of a list's non-empty keys, in order of first appearance. */
  const idsOf = (items: readonly string[], interner: Interner, key: (s: string) => string): Int32Array => {
    if (items.length === 0) return NO_IDS;
    const ids: number[] = [];
    for (const item of items) {
      const k = key(item);
      if (k === '') continue;
      const id = interner.id(k);
      if (!ids.includes(id)) ids.push(id);
    }
    return ids.length === 0 ? NO_IDS : Int32Array.from(ids);
  };

  const positionFields: Int32Array[] = [];
  const positionCompetencies: Int32Array[] = [];
  const positionNameSectors = new Int32Array(nP);
  const positionUnitSectors = new Int32Array(nP);
  const positionFieldSectors = new Int32Array(nP);
  const positionPlaces = new Int32Array(2 * nP);
  const positionDemanding = new Uint8Array(nP);
  const positionRankMin = new Int8Array(nP);
  const positionRankMax = new Int8Array(nP);
  // Many rows share a study field, a post name or a competency: each distinct text is read once.
  const postSectors = memo(postSectorsOf);
  const fieldSectors = memo(fieldSectorsOf);
  const fieldKey = memo(fieldKeyOf);
  // Competencies, units and wishes repeat: each distinct text is normalised once.
  const keyOf = memo(normalizeKey);
  const unitSectors = index.unitNames.map((name) => postSectors(name));
  tables.positions.forEach((position, p) => {
    positionFields.push(idsOf(position.bidangPendidikan, fields, fieldKey));
    positionCompetencies.push(idsOf(position.kompetensi, competencies, keyOf));
    positionNameSectors[p] = postSectors(position.name);
    positionUnitSectors[p] = unitSectors[index.positionUnit[p] ?? -1] ?? 0;
    positionFieldSectors[p] = position.bidangPendidikan.reduce((mask, f) => mask | fieldSectors(f), 0);
    positionPlaces[2 * p] = places.id(keyOf(position.unit));
    positionPlaces[2 * p + 1] = places.id(normalizeKey(position.code));
    const demanding =
      position.jenis === 'JPT' || position.jenis === 'Administrator' || (position.kelas ?? 0) >= policy.scoring.nineBoxMinKelas;
    positionDemanding[p] = demanding ? 1 : 0;
    positionRankMin[p] = position.golonganMin === null ? -1 : golonganIndex(position.golonganMin);
    positionRankMax[p] = position.golonganMax === null ? -1 : golonganIndex(position.golonganMax);
  });

  const generalField = memo(isGeneralField);
  const relatedSectors = memoNumber(relatedSectorsOf);
  // The job itself (its name and accepted fields) speaks first; the unit second (components/educationField.ts).
  const positionPrimarySectors = new Int32Array(nP);
  const positionSecondarySectors = new Int32Array(nP);
  for (let p = 0; p < nP; p++) {
    const unit = positionUnitSectors[p]!;
    const own = positionNameSectors[p]! | positionFieldSectors[p]!;
    positionPrimarySectors[p] = own === 0 ? unit : own;
    positionSecondarySectors[p] = unit & ~positionPrimarySectors[p]!;
  }
  const employeeField = new Int32Array(nE);
  const employeeFieldSectors = new Int32Array(nE);
  const employeeRelatedSectors = new Int32Array(nE);
  const employeeGeneralField = new Uint8Array(nE);
  const employeeCompetencies: Int32Array[] = [];
  const employeePilihan = new Int32Array(3 * nE).fill(-1);
  const employeePilihanCount = new Uint8Array(nE);
  const employeeRank = new Int8Array(nE);
  const employeeSpecial = new Uint8Array(nE);
  tables.employees.forEach((employee, e) => {
    employeeField[e] = employee.jurusan.trim() === '' ? -1 : fields.find(fieldKey(employee.jurusan));
    employeeFieldSectors[e] = fieldSectors(employee.jurusan);
    employeeRelatedSectors[e] = relatedSectors(employeeFieldSectors[e] ?? 0);
    employeeGeneralField[e] = generalField(employee.jurusan) ? 1 : 0;
    employeeCompetencies.push(idsOf(employee.kompetensi, competencies, keyOf));
    // Slots keep their number: an empty Pilihan 2 does not promote Pilihan 3.
    for (let k = 0; k < Math.min(3, employee.pilihan.length); k++) {
      const wish = employee.pilihan[k]!;
      if (wish.trim() === '') continue;
      employeePilihanCount[e] = (employeePilihanCount[e] ?? 0) + 1;
      employeePilihan[3 * e + k] = places.find(keyOf(wish));
    }
    employeeRank[e] = employee.golongan === null ? -1 : golonganIndex(employee.golongan);
    const special = policy.rules.specialCircumstances.enabled && employee.pertimbanganKhusus.trim() !== '';
    employeeSpecial[e] = special ? 1 : 0;
  });

  const unitPressure = Int32Array.from(needs.units, (u) => unitPressureOf(u.gap, u.need));

  return {
    tables,
    policy,
    effectiveDate,
    index,
    readiness,
    needs,
    employeeField,
    employeeFieldSectors,
    employeeRelatedSectors,
    employeeGeneralField,
    employeeCompetencies,
    employeePilihan,
    employeePilihanCount,
    employeeRank,
    employeeSpecial,
    positionFields,
    positionNameSectors,
    positionUnitSectors,
    positionFieldSectors,
    positionPrimarySectors,
    positionSecondarySectors,
    positionCompetencies,
    positionPlaces,
    positionDemanding,
    positionRankMin,
    positionRankMax,
    unitPressure,
  };
}

/** A function of a number, remembered per distinct number (for one build). */
function memoNumber<T>(fn: (value: number) => T): (value: number) => T {
  const seen = new Map<number, T>();
  return (value) => {
    let result = seen.get(value);
    if (result === undefined) {
      result = fn(value);
      seen.set(value, result);
    }
    return result;
  };
}

/** A function of a text, remembered per distinct text (for one build). */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) {
      value = fn(text);
      seen.set(text, value);
    }
    return value;
  };
}
