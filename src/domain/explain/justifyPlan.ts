/**
 * Justifikasi (docs/sheets.md#justifikasi): for every proposal, the reasons with their numbers, the chain it
 * belongs to, the runner-up for the post and the exact margin of the move. Codes and
 * figures only; `renderJustification.ts` puts them into words.
 */
import type { PlanRun } from '../plan/buildPlan';
import type { Proposal } from '../plan/types';
import { MOVE_REVIEW_FLAGS, type RuleNote } from '../rules';
import type { Employee } from '../model/types';
import { marginSearch, type MarginAnswer, type MarginSearch, type MarginsUnavailable } from './planMargins';
import { moveReasons, type ReasonLine } from './moveReasons';
import { runnerUpFinder, type FoundRunnerUp, type RunnerUp } from './runnerUp';

/** Readiness flags a reviewer must see next to the move. */
const REVIEW_FLAGS = MOVE_REVIEW_FLAGS;

export interface Justification {
  readonly proposal: Proposal;
  readonly forMove: readonly ReasonLine[];
  readonly against: readonly ReasonLine[];
  /** The cost every move pays, and the penalty for special circumstances when it applies. */
  readonly disruptionCost: number;
  readonly specialPenalty: number;
  /** The employee who takes this employee's old post in the plan, if anyone does. */
  readonly filledBy: Employee | null;
  readonly runnerUp: RunnerUp | null;
  /** Drop of the plan's total value without this employee–position pair (exact); null when not computed. */
  readonly margin: number | null;
  /** Drop of the plan's total value if the employee stays instead (exact); null when not computed. */
  readonly stayMargin: number | null;
  readonly flags: readonly RuleNote[];
}

export interface PlanJustifications {
  /** In proposal order (NIP order). */
  readonly items: readonly Justification[];
  /** Why margins are missing, or null when they were computed. */
  readonly marginsUnavailable: MarginsUnavailable | null;
  /** How many proposals got each exact figure before the work budget ran out (all of them on ordinary plans). */
  readonly computed: { readonly margin: number; readonly stayMargin: number; readonly runnerUpCost: number };
}

export interface JustifyOptions {
  /**
   * Arcs the exact margin searches may look at, all together (default
   * {@link MARGIN_WORK_BUDGET}). Margins come first, then the stay margins, then the runner-ups' costs.
   */
  readonly marginWork?: number;
}

/**
 * Arcs the margin searches may look at, all together (counted, so the cut is deterministic).
 * Every figure of a 50,000-employee plan (≈ 6,000 moves, three questions each) takes about
 * 40 million; the bound only stops a pathological graph from searching without end.
 */
export const MARGIN_WORK_BUDGET = 150_000_000;

/**
 * Justifies every proposal of a plan.
 *
 * @example
 * const { items } = justifyPlan(run);
 * items[0]?.forMove[0]?.key // the strongest reason of the first proposal, e.g. 'rotationDue'
 */
export function justifyPlan(run: PlanRun, options: JustifyOptions = {}): PlanJustifications {
  const { scoring, graph, plan } = run;
  const rowOf = new Int32Array(scoring.tables.employees.length).fill(-1);
  graph.rowEmployee.forEach((e, r) => {
    rowOf[e] = r;
  });
  const employees = plan.proposals.map((p) => scoring.index.employeeByNip.get(p.employee.nip) ?? -1);
  const filledBy = new Map<string, Employee>();
  for (const p of plan.proposals) if (p.fillsPostOf !== null) filledBy.set(p.fillsPostOf.nip, p.employee);
  const findRunnerUp = runnerUpFinder(run);

  const rows = employees.map((e) => rowOf[e] ?? -1);
  const runnerUps = rows.map((row) => (row >= 0 ? findRunnerUp(row) : null));
  const found = marginSearch(run, options.marginWork ?? MARGIN_WORK_BUDGET);
  const search = 'search' in found ? found.search : null;
  // Three passes, most important first, so a spent budget leaves the secondary figures blank.
  const margins = rows.map((row) => (search !== null && row >= 0 ? search.withoutPair(row) : undefined));
  const stayMargins = rows.map((row) => (search !== null && row >= 0 ? search.ifStays(row) : undefined));
  const costs = search === null ? runnerUps.map(() => undefined) : runnerUpCosts(search, runnerUps);
  const known = (answers: readonly MarginAnswer[]) => answers.filter((a) => a !== undefined).length;

  const items = plan.proposals.map((proposal, i): Justification => {
    const e = employees[i] ?? -1;
    const { forMove, against } = moveReasons(scoring, e, scoring.index.positionByCode.get(proposal.to.code) ?? -1);
    const costOf = (key: string) => proposal.parts.find((part) => part.key === key)?.score ?? 0;
    const runnerUp = runnerUps[i];
    return {
      proposal,
      forMove,
      against,
      disruptionCost: costOf('disruptionCost'),
      specialPenalty: costOf('specialPenalty'),
      filledBy: filledBy.get(proposal.employee.nip) ?? null,
      runnerUp: runnerUp ? { ...runnerUp.runnerUp, placementCost: costs[i] ?? null } : null,
      margin: margins[i] ?? null,
      stayMargin: stayMargins[i] ?? null,
      flags: [
        ...(scoring.readiness[e]?.flags ?? []).filter((flag) => REVIEW_FLAGS.includes(flag.code)),
        // A JPT post is filled through open selection (PermenPANRB 15/2019; UU 20/2023, which
        // repealed UU 5/2014); the plan proposes, the selection process decides.
        ...(proposal.to.jenis === 'JPT' ? [{ code: 'JPT_MOVE_REVIEW', params: { position: proposal.to.name } }] : []),
      ],
    };
  });
  return {
    items,
    marginsUnavailable: 'unavailable' in found ? found.unavailable : null,
    computed: { margin: known(margins), stayMargin: known(stayMargins), runnerUpCost: known(costs) },
  };
}

/**
 * What placing each runner-up would cost. Moves into one post share its runner-up, so each
 * runner-up's edge is priced once and its answer reused for the other moves into that post.
 */
function runnerUpCosts(search: MarginSearch, runnerUps: readonly (FoundRunnerUp | null)[]): MarginAnswer[] {
  const priced = new Map<number, MarginAnswer>();
  return runnerUps.map((found) => {
    if (found === null) return undefined;
    if (priced.has(found.edge)) return priced.get(found.edge);
    const cost = search.forcedEdge(found.row, found.edge);
    if (cost !== undefined) priced.set(found.edge, cost);
    return cost;
  });
}
