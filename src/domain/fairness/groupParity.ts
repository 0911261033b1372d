/**
 * Group parity (SPEC §7): per measure, attribute and group, the rate of the outcome, the
 * four-fifths ratio against the reference group, and Fisher's exact test of the group
 * against everyone else, so that a small group's low rate is not over-read.
 */
import type { EmployeeOutcome } from './employeeOutcomes';
import { MEASURE_RULES } from './employeeOutcomes';
import { fisherExactTwoSided } from './fisherExact';
import type { GroupAttribute } from './groupAttributes';
import { MEASURE_DIRECTION, MEASURES, type FairnessStatus, type GroupLabel, type GroupRow, type MeasureId } from './types';

export interface ParityOptions {
  /** Groups smaller than this are listed but never judged Gagal, nor used as the reference. Default 5. */
  readonly minGroupSize?: number;
  /** The four-fifths rule (Uniform Guidelines on Employee Selection, 29 CFR 1607.4 D). Default 0.8. */
  readonly ratioThreshold?: number;
  /** Significance level of Fisher's test. Default 0.05. */
  readonly alpha?: number;
}

export const PARITY_DEFAULTS = { minGroupSize: 5, ratioThreshold: 0.8, alpha: 0.05 } as const;

/**
 * Status of one group: Lulus when its ratio is at least the threshold; Gagal when it is
 * below and Fisher's test is significant for a group of at least the minimum size;
 * Perhatian otherwise (a low ratio the data cannot confirm, or a group too small to judge).
 */
export function parityStatus(ratio: number, p: number, small: boolean, options: ParityOptions = {}): FairnessStatus {
  const threshold = options.ratioThreshold ?? PARITY_DEFAULTS.ratioThreshold;
  const alpha = options.alpha ?? PARITY_DEFAULTS.alpha;
  // Rates are ratios of counts: a ratio equal to the threshold in exact terms must pass.
  if (ratio >= threshold - 1e-12) return 'pass';
  return !small && p < alpha ? 'fail' : 'attention';
}

interface Tally {
  readonly group: GroupLabel;
  base: number;
  hits: number;
}

/**
 * The group table: every measure × attribute × group with at least one member in the
 * measure's population, groups in the attribute's order.
 *
 * @example
 * groupParity(employeeOutcomes(run), groupAttributes(run.scoring).attributes)
 *   .filter((row) => row.status === 'fail')
 */
export function groupParity(outcomes: readonly EmployeeOutcome[], attributes: readonly GroupAttribute[], options: ParityOptions = {}): GroupRow[] {
  const minGroupSize = options.minGroupSize ?? PARITY_DEFAULTS.minGroupSize;
  const rows: GroupRow[] = [];
  for (const measure of MEASURES) {
    const rule = MEASURE_RULES[measure];
    for (const attribute of attributes) {
      const tallies = new Map<string, Tally>();
      outcomes.forEach((outcome, e) => {
        if (!rule.inBase(outcome)) return;
        const group = attribute.groupOf[e];
        if (group === undefined) return;
        const id = `${group.translate ? 't' : 'r'}:${group.key}`;
        let tally = tallies.get(id);
        if (tally === undefined) {
          tally = { group, base: 0, hits: 0 };
          tallies.set(id, tally);
        }
        tally.base++;
        if (rule.hit(outcome)) tally.hits++;
      });
      const ordered = [...tallies.values()].sort((a, b) => compareText(attribute.order(a.group), attribute.order(b.group)));
      rows.push(...rowsOf(measure, attribute, ordered, minGroupSize, options));
    }
  }
  return rows;
}

function rowsOf(measure: MeasureId, attribute: GroupAttribute, tallies: readonly Tally[], minGroupSize: number, options: ParityOptions): GroupRow[] {
  const totalBase = tallies.reduce((sum, t) => sum + t.base, 0);
  const totalHits = tallies.reduce((sum, t) => sum + t.hits, 0);
  const large = tallies.filter((t) => t.base >= minGroupSize);
  const reference = (large.length > 0 ? large : tallies).map((t) => t.hits / t.base);
  const favourable = MEASURE_DIRECTION[measure] === 'favourable';
  const best = favourable ? Math.max(...reference) : Math.min(...reference);
  return tallies.map((t) => {
    const rate = t.hits / t.base;
    const ratio = favourable ? (best > 0 ? rate / best : 1) : rate > 0 ? best / rate : 1;
    const restHits = totalHits - t.hits;
    const restBase = totalBase - t.base;
    const p = fisherExactTwoSided(t.hits, t.base - t.hits, restHits, restBase - restHits);
    const small = t.base < minGroupSize;
    return { measure, attribute: attribute.ref, group: t.group, base: t.base, hits: t.hits, rate, ratio, p, small, status: parityStatus(ratio, p, small, options) };
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
