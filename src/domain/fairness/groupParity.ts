/**
 * Group parity: per measure, attribute, readiness stratum and group, the rate of the outcome,
 * the four-fifths ratio against the best-off group of the same stratum, and Fisher's exact
 * test of the group against everyone else in that stratum, so that a small group's low rate
 * is not over-read and a group that moves more only because its rotation is due is not flagged.
 */
import type { EmployeeOutcome } from './employeeOutcomes';
import { MEASURE_RULES } from './employeeOutcomes';
import { fisherExactTwoSided } from './fisherExact';
import type { GroupAttribute } from './groupAttributes';
import { groupIndex, partIndex, tallyParts, type Tally } from './groupTallies';
import { MEASURE_KIND, MEASURES, STRATA, type FairnessStatus, type GroupLabel, type GroupRow, type MeasureId, type Stratum } from './types';

export interface ParityOptions {
  /** Groups smaller than this are listed but never judged Gagal, nor used as the reference. Default 5. */
  readonly minGroupSize?: number;
  /** The four-fifths rule (Uniform Guidelines on Employee Selection, 29 CFR 1607.4 D). Default 0.8. */
  readonly ratioThreshold?: number;
  /** Significance level of Fisher's test. Default 0.05. */
  readonly alpha?: number;
  /**
   * Compare only employees of the same Jenis Jabatan too (except when grouping by Jenis
   * Jabatan itself). Default true: a mutasi keeps the nature of the post, so the kind of
   * post decides where each may go, as readiness decides who may go; without it a group
   * that is mostly in one kind of post (most teachers and nurses are Fungsional and move
   * only within their jabatan fungsional) looks treated differently when it is not.
   */
  readonly samePostType?: boolean;
}

export const PARITY_DEFAULTS = { minGroupSize: 5, ratioThreshold: 0.8, alpha: 0.05, samePostType: true } as const;

/** Jenis Jabatan in the order the sheet lists them. */
const POST_TYPE_ORDER = ['JPT', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional'];

/** What one group comparison shows, for {@link parityStatus}. */
export interface ParityEvidence {
  readonly ratio: number;
  readonly p: number;
  /** The group fares worse than the rest of its stratum. */
  readonly worseOff: boolean;
  /**
   * Enough cases to judge Gagal: at least the minimum group size, and a shortfall of more than
   * one person (one more person with the good outcome, or one fewer with the bad, would still
   * leave the group below the line — the "one-person rule" used with the four-fifths rule).
   */
  readonly enoughCases: boolean;
}

/** True when the ratio is below the threshold (a ratio equal to it in exact terms is not). */
export function belowThreshold(ratio: number, options: ParityOptions = {}): boolean {
  // Rates are ratios of counts: a ratio equal to the threshold in exact terms must pass.
  return ratio < (options.ratioThreshold ?? PARITY_DEFAULTS.ratioThreshold) - 1e-12;
}

/**
 * Status of one group: Gagal when both its ratio is below the threshold and Fisher's test
 * shows it significantly worse off, with enough cases (see {@link ParityEvidence.enoughCases});
 * Perhatian when only one of the two holds (or both, with too few cases); Lulus otherwise.
 */
export function parityStatus(evidence: ParityEvidence, options: ParityOptions = {}): FairnessStatus {
  const alpha = options.alpha ?? PARITY_DEFAULTS.alpha;
  const low = belowThreshold(evidence.ratio, options);
  const significant = evidence.worseOff && evidence.p < alpha;
  if (low && significant && evidence.enoughCases) return 'fail';
  return low || significant ? 'attention' : 'pass';
}

/**
 * The group table: every measure × attribute × group × readiness (× kind of post, see
 * {@link ParityOptions.samePostType}) with at least one member in the measure's population,
 * groups in the attribute's order, the comparisons of a group side by side.
 *
 * @example
 * groupParity(employeeOutcomes(run), groupAttributes(run.scoring).attributes)
 *   .filter((row) => row.status === 'fail')
 */
export function groupParity(
  outcomes: readonly EmployeeOutcome[],
  attributes: readonly GroupAttribute[],
  options: ParityOptions = {},
): GroupRow[] {
  const samePostType = options.samePostType ?? PARITY_DEFAULTS.samePostType;
  const rows: GroupRow[] = [];
  // Groups, comparisons and sort keys are the same for every measure: each is found once.
  const prepared = attributes.map((attribute) => {
    const groups = groupIndex(attribute);
    return { attribute, groups, orderKeys: groups.labels.map((label) => attribute.order(label)) };
  });
  const byReadiness = partIndex(outcomes, false);
  const byPostType = samePostType ? partIndex(outcomes, true) : byReadiness;
  for (const measure of MEASURES) {
    const rule = MEASURE_RULES[measure];
    const { inBase, hit } = measureFlags(outcomes, rule);
    for (const { attribute, groups, orderKeys } of prepared) {
      const perPostType = samePostType && !(attribute.ref.id === 'jenisJabatan' && !attribute.ref.extra);
      const parts = tallyParts(inBase, hit, groups, perPostType ? byPostType : byReadiness);
      const keyed = parts.flatMap((part) => {
        const partRows = rowsOf(measure, part.stratum, part.postType, attribute, part.tallies, orderKeys, options);
        const suffix = `\u0000${STRATA.indexOf(part.stratum)}\u0000${postOrder(part.postType)}`;
        return partRows.map((row, i) => ({ row, key: `${orderKeys[part.tallies[i]!.id]!}${suffix}` }));
      });
      keyed.sort((x, y) => compareText(x.key, y.key));
      for (const { row } of keyed) rows.push(row);
    }
  }
  return rows;
}

/** Who is in the measure's population, and who of them had the outcome, as 0/1 per employee. */
function measureFlags(
  outcomes: readonly EmployeeOutcome[],
  rule: (typeof MEASURE_RULES)[MeasureId],
): { inBase: Uint8Array; hit: Uint8Array } {
  const inBase = new Uint8Array(outcomes.length);
  const hit = new Uint8Array(outcomes.length);
  outcomes.forEach((outcome, e) => {
    if (!rule.inBase(outcome)) return;
    inBase[e] = 1;
    if (rule.hit(outcome)) hit[e] = 1;
  });
  return { inBase, hit };
}

/** Sort key of a kind of post: the sheet's order, then the rest by name. */
function postOrder(postType: string | null): string {
  const at = POST_TYPE_ORDER.indexOf(postType ?? '');
  return at >= 0 ? String(at) : `9${postType ?? ''}`;
}

function rowsOf(
  measure: MeasureId,
  stratum: Stratum,
  postType: string | null,
  attribute: GroupAttribute,
  tallies: readonly Tally[],
  orderKeys: readonly string[],
  options: ParityOptions,
): GroupRow[] {
  const minGroupSize = options.minGroupSize ?? PARITY_DEFAULTS.minGroupSize;
  const totalBase = tallies.reduce((sum, t) => sum + t.base, 0);
  const totalHits = tallies.reduce((sum, t) => sum + t.hits, 0);
  const large = tallies.filter((t) => t.base >= minGroupSize);
  const kind = MEASURE_KIND[measure];
  const adverse = kind === 'adverse';
  // The reference: the best-off group (ties: the larger, then the first listed), of at least the minimum size when there is one.
  const candidates = [...(large.length > 0 ? large : tallies)].sort(
    (a, b) =>
      (adverse ? a.hits * b.base - b.hits * a.base : b.hits * a.base - a.hits * b.base) ||
      b.base - a.base ||
      compareText(orderKeys[a.id]!, orderKeys[b.id]!),
  );
  const best = candidates[0];
  const bestRate = best ? best.hits / best.base : 0;
  const noOutcome = totalHits === 0;
  return tallies.map((t) => {
    const rate = t.hits / t.base;
    const ratio = noOutcome ? 1 : adverse ? (rate > 0 ? bestRate / rate : 1) : bestRate > 0 ? rate / bestRate : 1;
    const restHits = totalHits - t.hits;
    const restBase = totalBase - t.base;
    const restRate = restBase > 0 ? restHits / restBase : rate;
    const p = fisherExactTwoSided(t.hits, t.base - t.hits, restHits, restBase - restHits);
    const small = t.base < minGroupSize;
    const worseOff = adverse ? rate > restRate : rate < restRate;
    // The same ratio with one person's outcome turned in the group's favour.
    const shifted = adverse ? Math.max(0, t.hits - 1) / t.base : Math.min(t.base, t.hits + 1) / t.base;
    const shiftedRatio = noOutcome ? 1 : adverse ? (shifted > 0 ? bestRate / shifted : 1) : bestRate > 0 ? shifted / bestRate : 1;
    const onePerson = belowThreshold(ratio, options) && !belowThreshold(shiftedRatio, options);
    // Each kind of post has its own rules (a jabatan fungsional moves only within its own JF
    // and jenjang), so outcome rates between kinds of post are reported, not judged.
    const judged = kind !== 'reported' && !(attribute.ref.id === 'jenisJabatan' && !attribute.ref.extra);
    const status = judged ? parityStatus({ ratio, p, worseOff, enoughCases: !small && !onePerson }, options) : 'pass';
    return {
      measure,
      stratum,
      postType,
      attribute: attribute.ref,
      group: t.group,
      base: t.base,
      hits: t.hits,
      rate,
      reference: noOutcome || best === undefined ? null : best.group,
      referenceRate: bestRate,
      restRate,
      ratio,
      p,
      worseOff,
      small,
      onePerson,
      judged,
      status,
    };
  });
}

/** True when two labels name the same group. */
export function sameGroup(a: GroupLabel | null, b: GroupLabel): boolean {
  return a !== null && a.key === b.key && a.translate === b.translate;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
