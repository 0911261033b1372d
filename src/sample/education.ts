/**
 * The education of a synthetic employee: the level and field they entered the service with,
 * and what they hold now. Most holders' fields fit their post; a realistic minority do not
 * (economics graduates in technical posts, clerks who earned a degree while in service).
 */
import { JENJANG, type Jenjang } from '../domain/model/types';
import type { SamplePosition } from './organisation';
import type { Rng } from './random';
import { fieldsOf, GENERAL_FIELDS, SMA_MAJORS, STUDY_FIELDS, studyField, type DegreeLevel } from './studyFields';

export interface Education {
  /** Level at CPNS appointment; decides the entry rank. */
  readonly entry: Jenjang;
  /** Highest level now (the Pendidikan column). */
  readonly current: Jenjang;
  /** Field of the current level (the Jurusan column); an SMA/SMK major for SMA. */
  readonly field: string;
}

const rank = (j: Jenjang): number => JENJANG.indexOf(j);
const isDegree = (j: Jenjang): j is DegreeLevel => j === 'D3' || j === 'D4' || j === 'S1' || j === 'S2';

/** Levels at which a field is offered, lowest first. */
function levelsOf(field: string): DegreeLevel[] {
  const titles = studyField(field).titles;
  return (['D3', 'D4', 'S1', 'S2'] as const).filter((l) => titles[l] !== undefined);
}

/** A field from `names` offered at `level`, else any of them at its nearest offered level. */
function fieldAt(names: readonly string[], level: DegreeLevel, rng: Rng): { field: string; level: Jenjang } {
  const offered = names.filter((n) => levelsOf(n).includes(level));
  if (offered.length > 0) return { field: rng.pick(offered), level };
  const field = rng.pick(names);
  const levels = levelsOf(field);
  const up = levels.find((l) => rank(l) >= rank(level));
  return { field, level: up ?? levels[levels.length - 1] ?? level };
}

function anyFieldAt(level: DegreeLevel, rng: Rng): string {
  return rng.pick(STUDY_FIELDS.filter((f) => f.titles[level] !== undefined)).name;
}

function currentLevel(pos: SamplePosition, rng: Rng): Jenjang {
  if (pos.eselon !== null) {
    if (pos.jenis === 'JPT') return rng.chance(0.8) ? 'S2' : 'S1';
    if (pos.jenis === 'Administrator') return rng.chance(0.5) ? 'S2' : 'S1';
    return rng.weighted<Jenjang>([
      ['S1', 75],
      ['S2', 15],
      ['D3', 10],
    ]);
  }
  if (pos.jenis === 'Fungsional') {
    if (pos.pendidikanMin === 'SMA')
      return rng.weighted<Jenjang>([
        ['SMA', 60],
        ['D3', 20],
        ['S1', 20],
      ]);
    if (pos.pendidikanMin === 'D3') return rng.chance(0.85) ? 'D3' : 'S1';
    return rng.chance(pos.level === 'madya' ? 0.45 : 0.15) ? 'S2' : 'S1';
  }
  switch (pos.pendidikanMin) {
    case 'SMA':
      return rng.weighted<Jenjang>([
        ['SMA', 45],
        ['D3', 15],
        ['S1', 37],
        ['S2', 3],
      ]);
    case 'D3':
      return rng.weighted<Jenjang>([
        ['D3', 45],
        ['S1', 50],
        ['S2', 5],
      ]);
    default:
      return rng.chance(0.88) ? 'S1' : 'S2';
  }
}

/** The field of a degree holder, matching the post most of the time. */
function degreeField(pos: SamplePosition, level: DegreeLevel, rng: Rng): { field: string; level: Jenjang } {
  const sectorFields = pos.unit.spec.sectors.flatMap((s) => fieldsOf(s, level).map((f) => f.name));
  if (pos.jenis === 'Fungsional' && pos.fields.length > 0) {
    // Certified professions (nurses, teachers, auditors) hold their field; generic analysts less so.
    const generic = pos.key === 'ANK' || pos.key === 'PBJ' || pos.key === 'PSM';
    if (!generic || rng.chance(0.85)) return fieldAt(pos.fields, level, rng);
  }
  const draw = rng.next();
  if (draw < 0.55 && pos.fields.length > 0) return fieldAt(pos.fields, level, rng);
  if (draw < 0.8 && sectorFields.length > 0) return { field: rng.pick(sectorFields), level };
  if (draw < 0.9) return fieldAt(GENERAL_FIELDS, level, rng);
  return { field: anyFieldAt(level, rng), level };
}

/**
 * Education for a holder of `pos`.
 *
 * @example educationFor(perawatAhliPertama, rng) // { entry: 'D3', current: 'S1', field: 'Keperawatan' }
 */
export function educationFor(pos: SamplePosition, rng: Rng): Education {
  const wanted = currentLevel(pos, rng);
  if (!isDegree(wanted)) return { entry: 'SMA', current: 'SMA', field: rng.weighted(SMA_MAJORS) };
  const { field, level: current } = degreeField(pos, wanted, rng);
  return { entry: entryLevel(pos, current, field, rng), current, field };
}

function entryLevel(pos: SamplePosition, current: Jenjang, field: string, rng: Rng): Jenjang {
  const keterampilan = pos.level === 'terampil' || pos.level === 'mahir' || pos.level === 'penyelia';
  if (keterampilan) {
    // Keterampilan posts are entered with a diploma (or SMA for Satpol PP and Damkar).
    if (rank(current) <= rank('D3')) return current;
    return pos.pendidikanMin === 'SMA' ? 'SMA' : 'D3';
  }
  if (current === 'S2') return rng.chance(0.92) ? 'S1' : 'S2';
  if (current === 'S1' || current === 'D4') {
    const hasD3 = levelsOf(field).includes('D3');
    if (pos.eselon === null && pos.pendidikanMin === 'SMA' && rng.chance(0.55)) return 'SMA';
    if (pos.jenis === 'Fungsional' && hasD3 && rng.chance(0.3)) return 'D3';
    if (pos.eselon !== null && rng.chance(0.25)) return rng.chance(0.7) ? 'SMA' : 'D3';
    return current;
  }
  if (current === 'D3' && pos.pendidikanMin === 'SMA' && rng.chance(0.4)) return 'SMA';
  return current;
}
