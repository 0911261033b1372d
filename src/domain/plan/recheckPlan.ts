/**
 * The independent re-check of a finished plan (docs/sheets.md#pemeriksaan-keadilan: "rule compliance re-checked
 * independently of the solver — must be zero violations"). It reads only the tables, the
 * policy and the final position of each employee; nothing from the solver.
 */
import { analyseNeeds } from '../needs/analyseNeeds';
import type { DayNumber, InputTables, Nip, PositionCode, UnitName } from '../model/types';
import { compatibilityContext, kelasChange, pairBlockNotes, type ReviewPair } from '../rules/compatibility';
import { electionFreezeBlock } from '../rules/electionFreeze';
import { finalPositions, UNKNOWN_POSITION, type Placement } from '../model/placement';
import type { Policy } from '../rules/policy';
import { MOVE_REVIEW_FLAGS, readinessOf } from '../rules/readiness';
import type { RuleNote } from '../rules/ruleNote';
import { buildTableIndex, type TableIndex } from '../model/tableIndex';
import { natureOfPostNotes } from './natureOfPostCheck';

export type FindingKind = 'data' | 'readiness' | 'pair' | 'capacity' | 'review' | 'plan';

/** A violation or flag of a plan; words under `rules.<code>`. */
export interface PlanFinding extends RuleNote {
  readonly kind: FindingKind;
  readonly nip: Nip | null;
  readonly positionCode: PositionCode | null;
  readonly unit: UnitName | null;
}

export interface PlanCheck {
  /** Hard-rule violations: a sound plan has none. */
  readonly violations: readonly PlanFinding[];
  /** Allowed but noteworthy: a change of Kelas Jabatan, unwilling or special-circumstance employees moved. */
  readonly flags: readonly PlanFinding[];
  readonly moves: number;
}

/** Codes the re-check adds to those of readiness and pair rules (messages under `rules.<code>`). */
export const PLAN_CHECK_CODES = [
  'UNKNOWN_EMPLOYEE',
  'UNKNOWN_POSITION',
  'OVER_FORMASI',
  'LOCK_NOT_HONOURED',
  'MAX_MOVES',
  'OUTFLOW_LIMIT',
  'SHORTAGE_NET_LOSS',
  'KELAS_DROP',
  'KELAS_RISE',
] as const;

const finding = (
  kind: FindingKind,
  n: RuleNote,
  where: { nip?: Nip | null; positionCode?: PositionCode | null; unit?: UnitName | null } = {},
): PlanFinding => ({
  kind,
  code: n.code,
  params: n.params,
  nip: where.nip ?? null,
  positionCode: where.positionCode ?? null,
  unit: where.unit ?? null,
});

/**
 * Lists every violation of `placement` (final position per NIP; absent = stays): moves of
 * employees who may not move, blocked pairs, positions over Formasi after moves in, review
 * decisions not honoured, the election freeze and the policy's side constraints. `index` may
 * pass the tables' index when already at hand (it is the tables', not the solver's).
 */
export function recheckPlan(
  tables: InputTables,
  policy: Policy,
  effectiveDate: DayNumber,
  placement: Placement,
  review: { readonly forbidden?: readonly ReviewPair[]; readonly locked?: readonly ReviewPair[] } = {},
  index: TableIndex = buildTableIndex(tables),
): PlanCheck {
  const ctx = compatibilityContext(tables, policy, { index, forbidden: review.forbidden ?? [] });
  const final = finalPositions(index, placement);
  const violations: PlanFinding[] = [];
  const flags: PlanFinding[] = [];

  for (const [nip, code] of placement) {
    if (!index.employeeByNip.has(nip))
      violations.push(finding('data', { code: 'UNKNOWN_EMPLOYEE', params: { nip } }, { nip, positionCode: code }));
  }

  let moves = 0;
  const incoming = new Int32Array(tables.positions.length);
  const holders = new Int32Array(tables.positions.length);
  tables.employees.forEach((employee, e) => {
    const p = final[e] ?? -1;
    const current = index.currentPosition[e] ?? -1;
    if (p === UNKNOWN_POSITION) {
      const code = placement.get(employee.nip) ?? '';
      violations.push(
        finding('data', { code: 'UNKNOWN_POSITION', params: { code } }, { nip: employee.nip, positionCode: code as PositionCode }),
      );
      return;
    }
    if (p >= 0) holders[p] = (holders[p] ?? 0) + 1;
    if (p === current || p < 0) return;
    moves++;
    incoming[p] = (incoming[p] ?? 0) + 1;
    const target = tables.positions[p];
    const where = { nip: employee.nip, positionCode: target?.code ?? null, unit: target?.unit ?? null };
    const from = current >= 0 ? (tables.positions[current] ?? null) : null;
    const readiness = readinessOf(employee, from, policy, effectiveDate);
    const found = new Set<string>();
    for (const reason of readiness.reasons) {
      found.add(reason.code);
      violations.push(finding('readiness', reason, where));
    }
    // The fast pair rules, then the nature of the post re-derived from the rows (each code once).
    const independent = target === undefined ? [] : natureOfPostNotes(policy, employee, from, target);
    for (const block of [...pairBlockNotes(ctx, e, p), ...independent]) {
      if (found.has(block.code)) continue;
      found.add(block.code);
      const kind: FindingKind = block.code === 'REVIEW_FORBIDDEN' ? 'review' : block.code === 'JPT_OPEN_SELECTION' ? 'readiness' : 'pair';
      violations.push(finding(kind, block, where));
    }
    for (const flag of readiness.flags) if (MOVE_REVIEW_FLAGS.includes(flag.code)) flags.push(finding('readiness', flag, where));
    // Any change of Kelas Jabatan the policy lets through is for the reviewers to weigh.
    const change = kelasChange(ctx, e, p);
    if (change !== 0 && !found.has('PROMOTION') && !found.has('DEMOTION')) {
      const kelas = from?.kelas ?? 0;
      const params = change > 0 ? { from: kelas, to: kelas + change, rise: change } : { from: kelas, to: kelas + change, drop: -change };
      flags.push(finding('pair', { code: change > 0 ? 'KELAS_RISE' : 'KELAS_DROP', params }, where));
    }
  });

  tables.positions.forEach((position, p) => {
    const held = holders[p] ?? 0;
    if ((incoming[p] ?? 0) > 0 && held > position.formasi) {
      violations.push(
        finding(
          'capacity',
          { code: 'OVER_FORMASI', params: { formasi: position.formasi, holders: held } },
          { positionCode: position.code, unit: position.unit },
        ),
      );
    }
  });

  for (const pair of review.locked ?? []) {
    const e = index.employeeByNip.get(pair.nip);
    const p = index.positionByCode.get(pair.positionCode);
    if (e !== undefined && p !== undefined && final[e] !== p) {
      violations.push(finding('review', { code: 'LOCK_NOT_HONOURED', params: { nip: pair.nip, position: pair.positionCode } }, pair));
    }
  }

  const freeze = electionFreezeBlock(policy, effectiveDate);
  if (freeze !== null && moves > 0) violations.push(finding('plan', freeze));

  const limits = policy.constraints;
  if (limits.maxMoves !== null && moves > limits.maxMoves)
    violations.push(finding('plan', { code: 'MAX_MOVES', params: { moves, max: limits.maxMoves } }));
  if (limits.maxOutflowPerUnit || limits.noNetLossInShortage) {
    for (const unit of analyseNeeds(tables, policy, placement, index).units) {
      const after = unit.after;
      if (after === null) continue;
      if (limits.maxOutflowPerUnit && unit.batasKeluar !== null && after.outgoing > unit.batasKeluar) {
        violations.push(
          finding(
            'plan',
            { code: 'OUTFLOW_LIMIT', params: { unit: unit.unit, outgoing: after.outgoing, max: unit.batasKeluar } },
            { unit: unit.unit },
          ),
        );
      }
      if (limits.noNetLossInShortage && unit.gap > 0 && after.staff < unit.staff) {
        violations.push(
          finding(
            'plan',
            { code: 'SHORTAGE_NET_LOSS', params: { unit: unit.unit, before: unit.staff, after: after.staff, gap: unit.gap } },
            { unit: unit.unit },
          ),
        );
      }
    }
  }
  return { violations, flags, moves };
}
