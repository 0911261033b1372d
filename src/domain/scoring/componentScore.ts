/**
 * A fit component's result: an integer score 0-100 and the explanation code (words under
 * `scoring.<code>`) with the figures that justify it.
 *
 * On the fast path a component returns its score and the index of its explanation case
 * packed in one small integer (`case × 128 + score`), so scoring a pair allocates nothing;
 * the explanation is built only when a justification asks for it.
 */
import type { ComponentName } from '../rules/policy';

export interface ComponentScore {
  readonly name: ComponentName;
  /** 0-100. */
  readonly score: number;
  readonly weight: number;
  /** weight × score. */
  readonly weighted: number;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Packs a score (0-100) with its explanation case. */
export const pack = (caseIndex: number, score: number): number => caseIndex * 128 + score;
/** The score of a packed result. */
export const scoreOf = (packed: number): number => packed & 127;
/** The explanation case of a packed result. */
export const caseOf = (packed: number): number => packed >> 7;

export type Params = Record<string, string | number>;
