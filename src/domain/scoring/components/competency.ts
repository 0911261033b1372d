/**
 * Competency coverage: the share of the position's Kompetensi Dibutuhkan the
 * employee already has. No requirement is neutral.
 */
import { normalizeKey } from '../../model/normalize';
import { pack, type Params } from '../componentScore';
import type { ScoringContext } from '../scoringContext';

export const COMPETENCY_CODES = ['COMPETENCY_NONE_REQUIRED', 'COMPETENCY_COVERAGE'] as const;

/** Packed competency coverage of employee `e` for position `p`. */
export function competencyEval(ctx: ScoringContext, e: number, p: number): number {
  const required = ctx.positionCompetencies[p];
  if (required === undefined || required.length === 0) return pack(0, 50);
  const have = ctx.employeeCompetencies[e];
  let matched = 0;
  if (have !== undefined && have.length > 0) {
    // Indexed loops: this runs for millions of pairs, and typed-array iterators are slow.
    for (let i = 0; i < required.length; i++) {
      const id = required[i];
      for (let j = 0; j < have.length; j++) {
        if (have[j] === id) {
          matched++;
          break;
        }
      }
    }
  }
  return pack(1, Math.round((100 * matched) / required.length));
}

/** Matched and missing competencies, for justifications and training suggestions. */
export function competencyParams(ctx: ScoringContext, e: number, p: number): Params {
  const position = ctx.tables.positions[p];
  const have = new Set((ctx.tables.employees[e]?.kompetensi ?? []).map(normalizeKey));
  const required = position?.kompetensi ?? [];
  const missing = required.filter((k) => !have.has(normalizeKey(k)));
  return { matched: required.length - missing.length, required: required.length, missing: missing.join('; ') };
}
