/**
 * Pemeriksaan Keadilan: every fairness check of a plan with its status and figures, and the
 * detail behind them (group table, choices passed over, rotation, staffing, rule re-check).
 */
import type { PlanRun } from '../plan/buildPlan';
import type { PlanFinding } from '../plan/recheckPlan';
import { employeeOutcomes } from './employeeOutcomes';
import { groupAttributes } from './groupAttributes';
import { groupParity, PARITY_DEFAULTS, type ParityOptions } from './groupParity';
import { justifiedEnvy } from './justifiedEnvy';
import { rotationFairness } from './rotationFairness';
import { demotions, worsenedShortages } from './staffingChecks';
import {
  MEASURE_KIND,
  MEASURES,
  STRATA,
  worseStatus,
  type CheckCode,
  type DemotionCase,
  type EnvyCase,
  type FairnessCheck,
  type FairnessStatus,
  type GroupRow,
  type MeasureId,
  type RotationCase,
  type ShortageCase,
} from './types';

export interface FairnessOptions extends ParityOptions {
  /** Extra employee-sheet columns to group by (headers as the user writes them). */
  readonly extraAttributes?: readonly string[];
}

export interface FairnessReport {
  readonly checks: readonly FairnessCheck[];
  readonly groups: readonly GroupRow[];
  readonly envy: readonly EnvyCase[];
  readonly rotation: readonly RotationCase[];
  readonly shortages: readonly ShortageCase[];
  readonly demotions: readonly DemotionCase[];
  /** The independent re-check's violations (a sound plan has none). */
  readonly violations: readonly PlanFinding[];
  /** Extra attributes asked for that the employee sheet does not have. */
  readonly unknownAttributes: readonly string[];
  /** The policy's rotation limit (years in post), for the sheet's notes. */
  readonly rotationLimitYears: number;
  /** The parity settings used, for the sheet's notes. */
  readonly settings: {
    readonly minGroupSize: number;
    readonly ratioThreshold: number;
    readonly alpha: number;
    readonly samePostType: boolean;
  };
}

export const PARITY_CHECK: Readonly<Record<MeasureId, CheckCode>> = {
  moveRate: 'PARITY_MOVE_RATE',
  aspirationHonoured: 'PARITY_ASPIRATION',
  fitBetter: 'PARITY_FIT_BETTER',
  movedUnwilling: 'PARITY_MOVED_UNWILLING',
  fitLower: 'PARITY_FIT_LOWER',
  movedAwayFromChoices: 'PARITY_MOVED_AWAY',
};

/**
 * Runs every fairness check on a plan.
 *
 * @example
 * const report = fairnessReport(run, { extraAttributes: ['Suku'] });
 * report.checks.filter((c) => c.status === 'fail') // what a reviewer must look at first
 */
export function fairnessReport(run: PlanRun, options: FairnessOptions = {}): FairnessReport {
  const settings = {
    minGroupSize: options.minGroupSize ?? PARITY_DEFAULTS.minGroupSize,
    ratioThreshold: options.ratioThreshold ?? PARITY_DEFAULTS.ratioThreshold,
    alpha: options.alpha ?? PARITY_DEFAULTS.alpha,
    samePostType: options.samePostType ?? PARITY_DEFAULTS.samePostType,
  };
  const { attributes, unknown } = groupAttributes(run.scoring, options.extraAttributes ?? []);
  const groups = groupParity(employeeOutcomes(run), attributes, settings);
  const envy = justifiedEnvy(run);
  const rotation = rotationFairness(run);
  const shortages = worsenedShortages(run);
  const demoted = demotions(run);
  const violations = run.check.violations;

  const checks: FairnessCheck[] = MEASURES.map((measure) =>
    parityCheck(
      measure,
      groups.filter((row) => row.measure === measure),
      settings,
    ),
  );
  const listCheck = (
    code: CheckCode,
    count: number,
    params: Record<string, string | number>,
    whenFound: FairnessStatus,
  ): FairnessCheck => ({
    code,
    status: count === 0 ? 'pass' : whenFound,
    judged: true,
    params: { count, ...params },
  });
  checks.push(
    listCheck('JUSTIFIED_ENVY', envy.length, { employees: new Set(envy.map((c) => c.employee.nip)).size }, 'attention'),
    listCheck('ROTATION_FAIRNESS', rotation.length, { due: run.scoring.readiness.filter((r) => r.rotationDue).length }, 'attention'),
    listCheck('SHORTAGE_WORSENED', shortages.length, { shortageUnits: run.needsBefore.totals.shortageUnits }, 'attention'),
    listCheck(
      'DEMOTIONS',
      demoted.length,
      { moves: run.plan.proposals.length, tolerance: run.scoring.policy.rules.kelas.maxDown },
      'attention',
    ),
    listCheck('RULE_RECHECK', violations.length, { flags: run.check.flags.length, moves: run.check.moves }, 'fail'),
  );
  const rotationLimitYears = run.scoring.policy.rules.rotationDue.years;
  return {
    checks,
    groups,
    envy,
    rotation,
    shortages,
    demotions: demoted,
    violations,
    unknownAttributes: unknown,
    rotationLimitYears,
    settings,
  };
}

function parityCheck(measure: MeasureId, rows: readonly GroupRow[], settings: FairnessReport['settings']): FairnessCheck {
  const judged = MEASURE_KIND[measure] !== 'reported';
  const status = rows.reduce<FairnessStatus>((worst, row) => worseStatus(worst, row.status), 'pass');
  const fails = rows.filter((row) => row.status === 'fail');
  const attention = rows.filter((row) => row.status === 'attention');
  // Every employee has a group under every attribute: the first attribute's rows hold the whole population.
  const first = rows[0]?.attribute;
  const population = rows.filter((row) => row.attribute === first);
  const totals = (list: readonly GroupRow[]) => ({
    base: list.reduce((sum, row) => sum + row.base, 0),
    hits: list.reduce((sum, row) => sum + row.hits, 0),
  });
  const all = totals(population);
  const perStratum: Record<string, number> = {};
  for (const stratum of STRATA) {
    const part = totals(population.filter((row) => row.stratum === stratum));
    perStratum[`${stratum}Base`] = part.base;
    perStratum[`${stratum}Hits`] = part.hits;
  }
  // The sentence names the worst case: among the worst status, a group large enough to judge first, then the lowest ratio.
  const focus = [...(fails.length > 0 ? fails : attention)].sort(
    (a, b) => Number(a.small || a.onePerson) - Number(b.small || b.onePerson) || a.ratio - b.ratio || a.p - b.p,
  )[0];
  return {
    code: PARITY_CHECK[measure],
    status,
    judged,
    params: {
      groups: rows.length,
      fail: fails.length,
      attention: attention.length,
      base: all.base,
      hits: all.hits,
      ...perStratum,
      // The parity settings, so the sentence can name the line it was judged against.
      threshold: settings.ratioThreshold,
      alpha: settings.alpha,
      minSize: settings.minGroupSize,
    },
    ...(focus ? { focus } : {}),
  };
}
