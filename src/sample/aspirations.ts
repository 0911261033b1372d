/**
 * Aspirations (Pilihan 1-3) of synthetic employees, as gathered in the brief's
 * "diskusi atau wawancara": a unit name or a position code, drawn mostly from units that
 * suit the employee's field, sometimes from any public-service unit.
 */
import type { SamplePosition, SampleUnit } from './organisation';
import type { Rng } from './random';
import type { Sector } from './studyFields';

const FRONT_LINE = new Set(['sekolah', 'kelurahan', 'puskesmas', 'rsud']);

/** Lookup tables for aspirations and avoided units, built once per sample. */
export interface UnitIndex {
  readonly unitsBySector: ReadonlyMap<string, readonly SampleUnit[]>;
  /** Offices anyone may ask for (not schools, kelurahan or health facilities). */
  readonly offices: ReadonlyMap<number, readonly SampleUnit[]>;
  readonly allUnits: ReadonlyMap<number, readonly SampleUnit[]>;
  readonly positionsByUnit: ReadonlyMap<string, readonly SamplePosition[]>;
}

/** Builds the lookup tables; keys combine region and sector so aspirations stay in-region. */
export function indexUnits(units: readonly SampleUnit[], positions: readonly SamplePosition[]): UnitIndex {
  const unitsBySector = new Map<string, SampleUnit[]>();
  const offices = new Map<number, SampleUnit[]>();
  const allUnits = new Map<number, SampleUnit[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [value]);
    else list.push(value);
  };
  for (const unit of units) {
    push(allUnits, unit.region, unit);
    // Kelurahan are rarely named as aspirations, and schools only by teachers.
    if (unit.spec.kind === 'kelurahan') continue;
    for (const sector of unit.spec.sectors) push(unitsBySector, `${unit.region}:${sector}`, unit);
    if (!FRONT_LINE.has(unit.spec.kind)) push(offices, unit.region, unit);
  }
  const positionsByUnit = new Map<string, SamplePosition[]>();
  for (const pos of positions) push(positionsByUnit, pos.unit.name, pos);
  return { unitsBySector, offices, allUnits, positionsByUnit };
}

/**
 * One to three choices for a holder of `pos` who studied `field` (of `sector`, null for SMA
 * majors): mostly units of their own sector, sometimes any office; a third of the choices
 * name a post whose accepted fields include theirs.
 */
export function aspirationsFor(pos: SamplePosition, field: string, sector: Sector | null, index: UnitIndex, rng: Rng): string[] {
  const count = rng.weighted<number>([[1, 55], [2, 30], [3, 15]]);
  const region = pos.unit.region;
  const suited = sector === null ? [] : (index.unitsBySector.get(`${region}:${sector}`) ?? []);
  const fallback = index.offices.get(region) ?? [];
  const choices: string[] = [];
  for (let attempt = 0; attempt < 8 && choices.length < count; attempt++) {
    const pool = suited.length > 0 && rng.chance(0.8) ? suited : fallback;
    if (pool.length === 0) break;
    const unit = rng.pick(pool);
    if (unit.name === pos.unit.name) continue;
    const choice = rng.chance(0.35) ? positionChoice(pos, field, unit, index, rng) : unit.name;
    if (!choices.includes(choice)) choices.push(choice);
  }
  return choices;
}

/** A post of the same kind, the same or next class and open to `field` in `unit`; else the unit's name. */
function positionChoice(pos: SamplePosition, field: string, unit: SampleUnit, index: UnitIndex, rng: Rng): string {
  const fitting = (index.positionsByUnit.get(unit.name) ?? []).filter((p) =>
    p.jenis === pos.jenis && p.kelas >= pos.kelas && p.kelas <= pos.kelas + 1 && (p.fields.length === 0 || p.fields.includes(field)));
  return fitting.length > 0 ? rng.pick(fitting).code : unit.name;
}

/** Unit Dihindari: one or two units of the region where a conflict of interest is declared. */
export function avoidedUnits(pos: SamplePosition, index: UnitIndex, rng: Rng): string[] {
  const units = (index.allUnits.get(pos.unit.region) ?? []).filter((u) => u.name !== pos.unit.name && u.spec.kind !== 'sekolah');
  if (units.length === 0) return [];
  const first = rng.pick(units).name;
  const second = rng.chance(0.3) ? rng.pick(units).name : first;
  return second === first ? [first] : [first, second];
}
