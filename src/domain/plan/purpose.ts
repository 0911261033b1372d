/**
 * Every move has a purpose a committee accepts (docs/rules.md, "Dasar Usulan"): the target
 * unit needs staff, an urgent post is vacant, the employee fits the new post clearly better,
 * the employee asked for it, or rotation is due and the new post fits at least as well. A
 * pair with none of these is never offered to the optimiser, so no move exists merely
 * because it scores a little higher or because rotation is due into a worse fit.
 */
import { aspirationChoice, fitPercent, type ScoringContext } from '../scoring';

/** The purposes in the order Usulan Mutasi lists them (Dasar Usulan). */
export const PURPOSES = ['FOLLOW_UP', 'UNIT_NEED', 'URGENT_VACANCY', 'COMPETENCE', 'ASPIRATION', 'ROTATION'] as const;
export type Purpose = (typeof PURPOSES)[number];

const BIT: Readonly<Record<Purpose, number>> = {
  UNIT_NEED: 1,
  URGENT_VACANCY: 2,
  COMPETENCE: 4,
  ASPIRATION: 8,
  ROTATION: 16,
  FOLLOW_UP: 32,
};

/** Per-run figures the purpose test reads: each employee's fit now, short units, urgent vacancies. */
export interface PurposeContext {
  readonly scoring: ScoringContext;
  /** Fit (0-100) of each employee in the current post; -1 without one. */
  readonly fitNow: Int16Array;
  /** 1 for a unit short of staff before the plan. */
  readonly unitShort: Uint8Array;
  /** 1 for a post marked Prioritas Segera with fewer holders than its Formasi. */
  readonly urgentVacant: Uint8Array;
  /** 1 for an employee whose placement an evaluation found wanting (a follow-up re-plan): any allowed post has a purpose. */
  readonly replacing: Uint8Array;
}

/** Precomputes {@link PurposeContext} once per run; `replacing` holds the NIPs a follow-up re-places. */
export function purposeContext(scoring: ScoringContext, replacing: ReadonlySet<string> = new Set()): PurposeContext {
  const { tables, index, needs } = scoring;
  const fitNow = Int16Array.from(tables.employees, (_, e) => {
    const p = index.currentPosition[e] ?? -1;
    return p >= 0 ? fitPercent(scoring, e, p) : -1;
  });
  const unitShort = Uint8Array.from(needs.units, (u) => (u.gap > 0 ? 1 : 0));
  const urgentVacant = Uint8Array.from(tables.positions, (position, p) =>
    position.prioritas === 'Segera' && (index.holders[p] ?? 0) < position.formasi ? 1 : 0,
  );
  const replacingFlags = Uint8Array.from(tables.employees, (employee) => (replacing.has(employee.nip) ? 1 : 0));
  return { scoring, fitNow, unitShort, urgentVacant, replacing: replacingFlags };
}

/**
 * The purposes of moving employee `e` into position `p`, as a bit set (0 = no purpose).
 * `fitTo` may pass the already computed fit of `e` in `p`.
 */
export function purposeBits(ctx: PurposeContext, e: number, p: number, fitTo = fitPercent(ctx.scoring, e, p)): number {
  const { index, readiness, policy } = ctx.scoring;
  const fitFrom = ctx.fitNow[e] ?? -1;
  const toUnit = index.positionUnit[p] ?? -1;
  // The evaluation found the placement wanting and the supervisor asked for a new one (docs/sheets.md#tindak-lanjut).
  let bits = ctx.replacing[e] === 1 ? BIT.FOLLOW_UP : 0;
  if (toUnit >= 0 && toUnit !== (index.employeeUnit[e] ?? -1) && ctx.unitShort[toUnit] === 1) bits |= BIT.UNIT_NEED;
  if (ctx.urgentVacant[p] === 1) bits |= BIT.URGENT_VACANCY;
  if (fitFrom >= 0 && fitTo - fitFrom >= Math.max(1, policy.scoring.minFitGain)) bits |= BIT.COMPETENCE;
  if (aspirationChoice(ctx.scoring, e, p) >= 0) bits |= BIT.ASPIRATION;
  // PP 11/2017 Pasal 190 (3): rotation is due after 5 years, a reason to move into an equally or better fitting post only.
  if (readiness[e]?.rotationDue === true && fitTo >= fitFrom) bits |= BIT.ROTATION;
  return bits;
}

/** {@link purposeBits} for one employee against many posts, what depends on the employee alone worked out once. */
export interface PurposeScan {
  /** Tests moves of employee `e` from now on. */
  setEmployee(e: number): void;
  /** The purposes of moving the current employee into `p`, whose fit there is `fitTo`; equals `purposeBits(ctx, e, p, fitTo)`. */
  bits(p: number, fitTo: number): number;
}

/** A purpose tester over one purpose context (see {@link PurposeScan}). */
export function purposeScan(ctx: PurposeContext): PurposeScan {
  const { index, readiness, policy } = ctx.scoring;
  const minGain = Math.max(1, policy.scoring.minFitGain);
  let e = -1;
  let fitFrom = -1;
  let fromUnit = -1;
  let base = 0;
  let rotationDue = false;
  return {
    setEmployee(next: number): void {
      e = next;
      fitFrom = ctx.fitNow[e] ?? -1;
      fromUnit = index.employeeUnit[e] ?? -1;
      base = ctx.replacing[e] === 1 ? BIT.FOLLOW_UP : 0;
      rotationDue = readiness[e]?.rotationDue === true;
    },
    bits(p: number, fitTo: number): number {
      let bits = base;
      const toUnit = index.positionUnit[p] ?? -1;
      if (toUnit >= 0 && toUnit !== fromUnit && ctx.unitShort[toUnit] === 1) bits |= BIT.UNIT_NEED;
      if (ctx.urgentVacant[p] === 1) bits |= BIT.URGENT_VACANCY;
      if (fitFrom >= 0 && fitTo - fitFrom >= minGain) bits |= BIT.COMPETENCE;
      if (aspirationChoice(ctx.scoring, e, p) >= 0) bits |= BIT.ASPIRATION;
      if (rotationDue && fitTo >= fitFrom) bits |= BIT.ROTATION;
      return bits;
    },
  };
}

/** True when the bit set holds `purpose`. */
export function hasPurpose(bits: number, purpose: Purpose): boolean {
  return (bits & BIT[purpose]) !== 0;
}

/** The purposes of a bit set, in {@link PURPOSES} order. */
export function purposesOf(bits: number): Purpose[] {
  return PURPOSES.filter((purpose) => hasPurpose(bits, purpose));
}
