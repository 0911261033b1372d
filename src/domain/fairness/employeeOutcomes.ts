/**
 * What the plan did to each employee, as yes/no facts the group checks count: could move
 * (and whether rotation is due), moved, choice honoured, better or lower fit, moved although
 * unwilling, moved away from the choices made. Read from the input tables, readiness, the
 * hard pair rules and the proposals only (not from the solver's values).
 */
import type { PlanRun } from '../plan/buildPlan';
import { isPairAllowed } from '../rules';
import { aspirationChoice } from '../scoring/components/aspiration';
import { chosenPositions, positionsByPlace } from './chosenPositions';
import type { MeasureId, Stratum } from './types';

export interface EmployeeOutcome {
  /** Could move on the effective date (readiness `canMove`, and no election freeze). */
  readonly ready: boolean;
  /** Readiness stratum: rotation due (*wajib rotasi*) or not yet. */
  readonly stratum: Stratum;
  /** Jenis Jabatan of the current post (null when the post is unknown). */
  readonly postType: string | null;
  readonly moved: boolean;
  /** Named at least one Pilihan. */
  readonly asked: boolean;
  /** Named at least one position (or a unit with one) that no hard rule forbids them: a choice the plan could honour. */
  readonly askedEligible: boolean;
  /** Moved to a post (or a unit) the employee named as a Pilihan. */
  readonly honoured: boolean;
  /** Moved to a post with a higher fit than the old one (Skor Tujuan > Skor Asal). */
  readonly fitBetter: boolean;
  /** Moved to a post with a lower fit than the old one (Skor Tujuan < Skor Asal). */
  readonly fitLower: boolean;
  /** Bersedia Dimutasi = Tidak. */
  readonly unwilling: boolean;
}

/** The outcome of every employee, in the order of `tables.employees`. */
export function employeeOutcomes(run: PlanRun): EmployeeOutcome[] {
  const { scoring, plan, compat, finalIndex } = run;
  const byNip = new Map(plan.proposals.map((p) => [p.employee.nip as string, p]));
  const byPlace = positionsByPlace(scoring);
  const blocked = plan.blockedBy !== null;
  return scoring.tables.employees.map((employee, e) => {
    const proposal = byNip.get(employee.nip);
    const readiness = scoring.readiness[e];
    const ready = !blocked && readiness?.canMove === true;
    const current = scoring.index.currentPosition[e] ?? -1;
    const placed = finalIndex[e] ?? -1;
    const moved = proposal !== undefined;
    return {
      ready,
      stratum: readiness?.rotationDue === true ? 'rotationDue' : 'notDue',
      postType: scoring.tables.positions[current]?.jenis ?? null,
      moved,
      asked: employee.pilihan.some((wish) => wish.trim() !== ''),
      askedEligible: ready && chosenPositions(scoring, byPlace, e).some((p) => p !== current && isPairAllowed(compat, e, p)),
      honoured: moved && placed >= 0 && aspirationChoice(scoring, e, placed) >= 0,
      fitBetter: moved && proposal.fitTo > proposal.fitFrom,
      fitLower: moved && proposal.fitTo < proposal.fitFrom,
      unwilling: !employee.bersedia,
    };
  });
}

/**
 * Who counts in each measure's population, and who had the outcome. Every population is
 * among employees who could move: those the rules keep in place say nothing about the plan.
 */
export const MEASURE_RULES: Readonly<
  Record<MeasureId, { readonly inBase: (o: EmployeeOutcome) => boolean; readonly hit: (o: EmployeeOutcome) => boolean }>
> = {
  // Reported, not judged: moved among those who could move.
  moveRate: { inBase: (o) => o.ready, hit: (o) => o.moved },
  // Heard: got a post they chose, among those who chose one they may take.
  aspirationHonoured: { inBase: (o) => o.ready && o.askedEligible, hit: (o) => o.honoured },
  // Quality of the move, among those moved.
  fitBetter: { inBase: (o) => o.ready && o.moved, hit: (o) => o.fitBetter },
  // Moved against their stated wish (rotation due overrode it), among those who said Tidak yet could move.
  movedUnwilling: { inBase: (o) => o.ready && o.unwilling, hit: (o) => o.moved },
  fitLower: { inBase: (o) => o.ready && o.moved, hit: (o) => o.fitLower },
  // Had choices but was moved somewhere else, among those who made a choice.
  movedAwayFromChoices: { inBase: (o) => o.ready && o.asked, hit: (o) => o.moved && !o.honoured },
};
