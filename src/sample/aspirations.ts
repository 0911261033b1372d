/**
 * Aspirations (Pilihan 1-3) of synthetic employees, as gathered in the brief's
 * "diskusi atau wawancara": a unit name or a position code. Functional staff mostly ask for
 * the same profession and jenjang elsewhere; others for units that suit their field.
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
  /** Functional posts by region and name ("1:Perawat Ahli Muda"): the same profession and jenjang elsewhere. */
  readonly fungsionalByName: ReadonlyMap<string, readonly SamplePosition[]>;
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
  const fungsionalByName = new Map<string, SamplePosition[]>();
  for (const pos of positions) {
    push(positionsByUnit, pos.unit.name, pos);
    if (pos.jenis === 'Fungsional') push(fungsionalByName, `${pos.unit.region}:${pos.name}`, pos);
  }
  return { unitsBySector, offices, allUnits, positionsByUnit, fungsionalByName };
}

/** Share of a functional holder's choices that name the same jabatan fungsional and jenjang elsewhere. */
const SAME_PROFESSION = 0.8;

/**
 * One to three choices for a holder of `pos` who studied `field` (of `sector`, null for SMA
 * majors). Functional staff mostly name a post of their own profession and jenjang in
 * another unit (or that unit); otherwise choices are units of their own sector, sometimes
 * any office, and a third of them name a post of the same kind and class open to `field`.
 */
export function aspirationsFor(pos: SamplePosition, field: string, sector: Sector | null, index: UnitIndex, rng: Rng): string[] {
  const count = rng.weighted<number>([
    [1, 55],
    [2, 30],
    [3, 15],
  ]);
  const region = pos.unit.region;
  const suited = sector === null ? [] : (index.unitsBySector.get(`${region}:${sector}`) ?? []);
  const fallback = index.offices.get(region) ?? [];
  const sameJob = (index.fungsionalByName.get(`${region}:${pos.name}`) ?? []).filter((p) => p.unit.name !== pos.unit.name);
  const choices: string[] = [];
  for (let attempt = 0; attempt < 8 && choices.length < count; attempt++) {
    if (sameJob.length > 0 && rng.chance(SAME_PROFESSION)) {
      const post = rng.pick(sameJob);
      const choice = rng.chance(0.5) ? post.code : post.unit.name;
      if (!choices.includes(choice)) choices.push(choice);
      continue;
    }
    const pool = suited.length > 0 && rng.chance(0.8) ? suited : fallback;
    if (pool.length === 0) break;
    const unit = rng.pick(pool);
    if (unit.name === pos.unit.name) continue;
    const choice = rng.chance(0.35) ? positionChoice(pos, field, unit, index, rng) : unit.name;
    if (!choices.includes(choice)) choices.push(choice);
  }
  return choices;
}

/**
 * A post in `unit` of the same kind, class and eselon (the same name for a functional post)
 * and open to `field`; else the unit's name.
 */
function positionChoice(pos: SamplePosition, field: string, unit: SampleUnit, index: UnitIndex, rng: Rng): string {
  const fitting = (index.positionsByUnit.get(unit.name) ?? []).filter(
    (p) =>
      p.jenis === pos.jenis &&
      p.kelas === pos.kelas &&
      p.eselon === pos.eselon &&
      (pos.jenis !== 'Fungsional' || p.name === pos.name) &&
      (p.fields.length === 0 || p.fields.includes(field)),
  );
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
