/**
 * A finished plan: where every employee ends up, the proposals (moves) with their scores
 * and explanation codes, and the optimiser's own figures (objective, bound, certificate).
 */
import type { ElectionFreezeCode } from '../model/issueCodes';
import type { DayNumber, Employee, Position } from '../model/types';
import type { Purpose } from './purpose';

/** One weighted component of a pair's value, with the code that explains it. */
export interface ValuePart {
  /** Component key, e.g. `education`, `aspiration`, `unitNeed`, `rotationDue`, `disruption`. */
  readonly key: string;
  /** Raw component score 0-100 (or the raw amount for costs). */
  readonly score: number;
  /** Contribution to the pair's integer value (score × weight, or the cost). */
  readonly value: number;
  /** Explanation code (i18n `scoring.<code>`) and its parameters. */
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface Proposal {
  /** Stable across re-plans: derived from NIP and target position code. */
  readonly id: string;
  readonly employee: Employee;
  readonly from: Position;
  readonly to: Position;
  /** Fit of the employee in the old and the new post, 0-100 (shown as Skor Asal / Skor Tujuan). */
  readonly fitFrom: number;
  readonly fitTo: number;
  /** The solver's integer value of this move and of staying instead. */
  readonly moveValue: number;
  readonly stayValue: number;
  readonly parts: readonly ValuePart[];
  /** The employee whose departure freed the post this move fills, when it was full. */
  readonly fillsPostOf: Employee | null;
  /** Why the move is proposed (Dasar Usulan), in the order the sheet lists them; never empty. */
  readonly purposes: readonly Purpose[];
  /** What a reviewer must weigh (Perlu Perhatian); empty when nothing. */
  readonly attention: readonly Attention[];
}

/** The points a reviewer must weigh about a move; words under `sheets.attention.<code>`. */
export const ATTENTION_CODES = ['AGAINST_WISH', 'SPECIAL_CIRCUMSTANCES', 'LOWER_FIT', 'KELAS_UP', 'KELAS_DOWN', 'NOT_OWN_CHOICE'] as const;
export type AttentionCode = (typeof ATTENTION_CODES)[number];

export interface Attention {
  readonly code: AttentionCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Why an employee stays: must stay (rule reasons) or could move but staying is best. */
export interface StayRecord {
  readonly employee: Employee;
  readonly position: Position;
  readonly canMove: boolean;
  readonly rotationDue: boolean;
  readonly reasons: readonly { readonly code: string; readonly params: Readonly<Record<string, string | number>> }[];
}

export interface Plan {
  readonly effectiveDate: DayNumber;
  readonly proposals: readonly Proposal[];
  readonly stays: readonly StayRecord[];
  /** Final position of every employee, in the order of `tables.employees`. */
  readonly finalPosition: readonly Position[];
  readonly objective: number;
  /** Upper bound on the objective (equal to it when the plan is provably optimal). */
  readonly bound: number;
  readonly optimal: boolean;
  readonly certificateOk: boolean;
  readonly candidateEdges: number;
  /** Set when the election freeze (UU 10/2016 Pasal 71 (2)) blocks every move. */
  readonly blockedBy: { readonly code: ElectionFreezeCode; readonly params: Readonly<Record<string, string | number>> } | null;
}
