/**
 * When an evaluated placement calls for action (docs/rules.md#tindak-lanjut): the brief asks
 * that placements be evaluated periodically — the employee's performance in the new post and,
 * for public services, the public's satisfaction — and adjusted where the evaluation shows a
 * problem. A placement needs action when its latest filled evaluation shows a poor rating
 * (Butuh Perbaikan, Kurang, Sangat Kurang: PermenPANRB 6/2022) or poor adaptation, when the
 * supervisor recommends anything but continuing, or, for a public-service post, when the
 * unit's IKM is graded C or D or has fallen since before the transfers (PermenPANRB 14/2017).
 */
import { isFilled, type EvaluationEntry, type Recommendation } from '../input/evaluationForms';
import type { Predikat } from '../model/types';
import { ikmGrade, type IkmGrade } from './ikm';
import type { EvaluationPolicy } from './policy';

const POOR_PREDIKAT: ReadonlySet<Predikat> = new Set(['Butuh Perbaikan', 'Kurang', 'Sangat Kurang']);

/** One reason a placement needs action, as data; words in `sheets.followUp.reason.<code>`. */
export type FollowUpReason =
  | { readonly code: 'POOR_PREDIKAT'; readonly predikat: Predikat }
  | { readonly code: 'POOR_ADAPTATION'; readonly score: number; readonly limit: number }
  | { readonly code: 'IKM_LOW'; readonly ikm: number; readonly grade: IkmGrade }
  | { readonly code: 'IKM_FALLING'; readonly before: number; readonly after: number }
  | { readonly code: 'RECOMMENDED'; readonly recommendation: Exclude<Recommendation, 'continue'> };

/** The suggested action, most consequential first; words in `sheets.followUp.action.<action>`. */
export type FollowUpAction = 'replace' | 'coaching' | 'training' | 'mentoring' | 'serviceReview';

/** The public's view of the unit a placement serves: this survey's IKM and the one before, if any. */
export interface UnitIkm {
  readonly ikm: number | null;
  readonly previous: number | null;
}

export interface PlacementFinding {
  readonly entry: EvaluationEntry;
  readonly reasons: readonly FollowUpReason[];
  readonly action: FollowUpAction;
}

/**
 * The latest filled evaluation of each placement (by NIP), in sheet order of first appearance.
 *
 * @example latestFilled(rows).get(nip)?.checkpoint // 6 when months 3 and 6 are filled
 */
export function latestFilled(rows: readonly EvaluationEntry[]): Map<string, EvaluationEntry> {
  const latest = new Map<string, EvaluationEntry>();
  for (const row of rows) {
    if (!isFilled(row)) continue;
    const known = latest.get(row.nip);
    if (known === undefined || (row.checkpoint ?? 0) >= (known.checkpoint ?? 0)) latest.set(row.nip, row);
  }
  return latest;
}

/**
 * Whether `entry` (a placement's latest filled evaluation) calls for action, and which.
 * `unit` is the IKM of the unit for a public-service post (null otherwise); without a survey
 * the supervisor's own Nilai IKM Unit counts.
 *
 * @example
 * placementFinding({ ...entry, adaptation: 2 }, null, DEFAULT_POLICY.evaluation)?.action // 'mentoring'
 */
export function placementFinding(entry: EvaluationEntry, unit: UnitIkm | null, policy: EvaluationPolicy): PlacementFinding | null {
  const reasons: FollowUpReason[] = [];
  if (entry.predikat !== null && POOR_PREDIKAT.has(entry.predikat)) reasons.push({ code: 'POOR_PREDIKAT', predikat: entry.predikat });
  if (entry.adaptation !== null && entry.adaptation <= policy.poorAdaptationAtMost) {
    reasons.push({ code: 'POOR_ADAPTATION', score: entry.adaptation, limit: policy.poorAdaptationAtMost });
  }
  if (unit !== null) {
    const ikm = unit.ikm ?? entry.unitIkm;
    if (ikm !== null && (ikmGrade(ikm) === 'C' || ikmGrade(ikm) === 'D')) reasons.push({ code: 'IKM_LOW', ikm, grade: ikmGrade(ikm) });
    if (ikm !== null && unit.previous !== null && ikm < unit.previous)
      reasons.push({ code: 'IKM_FALLING', before: unit.previous, after: ikm });
  }
  if (entry.recommendation !== null && entry.recommendation !== 'continue') {
    reasons.push({ code: 'RECOMMENDED', recommendation: entry.recommendation });
  }
  if (reasons.length === 0) return null;
  return { entry, reasons, action: actionOf(reasons) };
}

/** The one action to suggest: the supervisor's recommendation first, then what the evidence points to. */
function actionOf(reasons: readonly FollowUpReason[]): FollowUpAction {
  const has = (code: FollowUpReason['code']) => reasons.some((r) => r.code === code);
  const recommended = reasons.find((r): r is Extract<FollowUpReason, { code: 'RECOMMENDED' }> => r.code === 'RECOMMENDED');
  if (recommended?.recommendation === 'replace') return 'replace';
  // Poor work and poor adaptation together: the post itself may be the wrong one.
  if (has('POOR_PREDIKAT') && has('POOR_ADAPTATION')) return 'replace';
  if (recommended?.recommendation === 'training') return 'training';
  if (recommended?.recommendation === 'coaching' || has('POOR_PREDIKAT')) return 'coaching';
  if (has('POOR_ADAPTATION')) return 'mentoring';
  return 'serviceReview';
}
