/**
 * What the plan did to each employee, as yes/no facts the group checks count: ready, moved,
 * aspiration honoured, higher or lower Kelas Jabatan, better fit, moved although unwilling.
 * Read from the input tables and the proposals only (not from the solver).
 */
import type { PlanRun } from '../plan/buildPlan';
import type { MeasureId } from './types';

export interface EmployeeOutcome {
  /** Ready to move on the effective date (readiness `canMove`). */
  readonly ready: boolean;
  readonly moved: boolean;
  /** Named at least one Pilihan. */
  readonly asked: boolean;
  /** Moved to a post (or a unit) the employee named as a Pilihan. */
  readonly honoured: boolean;
  /** Moved, and both Kelas Jabatan are known. */
  readonly kelasKnown: boolean;
  readonly kelasUp: boolean;
  readonly kelasDown: boolean;
  /** Moved to a post with a higher fit score than the old one (Skor Tujuan > Skor Asal). */
  readonly fitBetter: boolean;
  /** Bersedia Dimutasi = Tidak. */
  readonly unwilling: boolean;
}

/** The outcome of every employee, in the order of `tables.employees`. */
export function employeeOutcomes(run: PlanRun): EmployeeOutcome[] {
  const { scoring, plan } = run;
  const byNip = new Map(plan.proposals.map((p) => [p.employee.nip as string, p]));
  return scoring.tables.employees.map((employee, e) => {
    const proposal = byNip.get(employee.nip);
    const moved = proposal !== undefined;
    const fromKelas = proposal?.from.kelas ?? null;
    const toKelas = proposal?.to.kelas ?? null;
    const kelasKnown = moved && fromKelas !== null && toKelas !== null;
    return {
      ready: scoring.readiness[e]?.canMove === true,
      moved,
      asked: employee.pilihan.some((wish) => wish.trim() !== ''),
      honoured: proposal?.parts.some((part) => part.key === 'aspiration' && part.score > 0) === true,
      kelasKnown,
      kelasUp: kelasKnown && (toKelas ?? 0) > (fromKelas ?? 0),
      kelasDown: kelasKnown && (toKelas ?? 0) < (fromKelas ?? 0),
      fitBetter: moved && proposal.fitTo > proposal.fitFrom,
      unwilling: !employee.bersedia,
    };
  });
}

/** Who counts in each measure's population, and who had the outcome. */
export const MEASURE_RULES: Readonly<Record<MeasureId, { readonly inBase: (o: EmployeeOutcome) => boolean; readonly hit: (o: EmployeeOutcome) => boolean }>> = {
  // Selection rate: moved among those the rules allow to move.
  moveRate: { inBase: (o) => o.ready, hit: (o) => o.moved },
  // Heard: moved where they asked to go, among ready employees who asked.
  aspirationHonoured: { inBase: (o) => o.ready && o.asked, hit: (o) => o.honoured },
  // Quality of the move, among those moved.
  kelasUp: { inBase: (o) => o.kelasKnown, hit: (o) => o.kelasUp },
  fitBetter: { inBase: (o) => o.moved, hit: (o) => o.fitBetter },
  // Moved against their wish (rotation due overrode it), among ready employees who said Tidak.
  movedUnwilling: { inBase: (o) => o.ready && o.unwilling, hit: (o) => o.moved },
  kelasDown: { inBase: (o) => o.kelasKnown, hit: (o) => o.kelasDown },
};
