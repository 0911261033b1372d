/**
 * Education field relevance: the employee's Jurusan against the position's
 * accepted fields (Bidang Pendidikan), else against the sectors of the post through the
 * built-in taxonomy. The brief's example: an education in health fits Dinas Kesehatan.
 */
import { SECTOR_BIT, sectorNames } from '../educationTaxonomy';
import { pack, type Params } from '../componentScore';
import type { ScoringContext } from '../scoringContext';

/** Explanation codes, by case index; scores alongside. */
export const EDUCATION_FIELD_CODES = [
  'EDUCATION_FIELD_LISTED',
  'EDUCATION_FIELD_SECTOR',
  'EDUCATION_FIELD_UNIT_SECTOR',
  'EDUCATION_FIELD_RELATED',
  'EDUCATION_FIELD_GENERAL',
  'EDUCATION_FIELD_GENERAL_POST',
  'EDUCATION_FIELD_UNKNOWN',
  'EDUCATION_FIELD_NOT_LISTED',
  'EDUCATION_FIELD_UNRELATED',
] as const;
const SCORES = [100, 85, 65, 50, 50, 40, 40, 10, 15] as const;

const GENERAL_ADMIN = SECTOR_BIT.pemerintahan;

const packed = (c: number): number => pack(c, SCORES[c] ?? 0);

/** Packed score of employee `e`'s study field for position `p`. */
export function educationFieldEval(ctx: ScoringContext, e: number, p: number): number {
  const listed = ctx.positionFields[p];
  const field = ctx.employeeField[e] ?? -1;
  if (field >= 0 && listed !== undefined && holds(listed, field)) return packed(0);
  const f = ctx.employeeFieldSectors[e] ?? 0;
  // The job itself (its name and accepted fields) speaks first; the unit second.
  const primary = ctx.positionPrimarySectors[p] ?? 0;
  const secondary = ctx.positionSecondarySectors[p] ?? 0;
  if ((f & primary) !== 0) return packed(1);
  if ((f & secondary) !== 0) return packed(2);
  // primary | secondary: the post's and its unit's sectors together.
  if (((ctx.employeeRelatedSectors[e] ?? 0) & (primary | secondary)) !== 0) return packed(3);
  if (ctx.employeeGeneralField[e] === 1) return packed(4);
  // A general administrative post (or one of no particular sector) takes any field moderately.
  if ((primary & ~GENERAL_ADMIN) === 0) return packed(5);
  if (f === 0) return packed(6);
  if (listed !== undefined && listed.length > 0) return packed(7);
  return packed(8);
}

/** True when `ids` holds `id` (an indexed loop: faster than a typed array's includes, asked for every post a scan reaches). */
function holds(ids: Int32Array, id: number): boolean {
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) return true;
  return false;
}

/** The figures behind the explanation: the field, the post and the sectors they share. */
export function educationFieldParams(ctx: ScoringContext, e: number, p: number): Params {
  const employee = ctx.tables.employees[e];
  const position = ctx.tables.positions[p];
  const postSectors = (ctx.positionNameSectors[p] ?? 0) | (ctx.positionFieldSectors[p] ?? 0) | (ctx.positionUnitSectors[p] ?? 0);
  const common = (ctx.employeeFieldSectors[e] ?? 0) & postSectors;
  return {
    jurusan: employee?.jurusan ?? '',
    position: position?.name ?? '',
    unit: position?.unit ?? '',
    fields: position?.bidangPendidikan.join('; ') ?? '',
    // The main sector id; words under `scoring.sector.<id>`.
    sector: sectorNames(common)[0] ?? sectorNames(postSectors)[0] ?? '',
  };
}
