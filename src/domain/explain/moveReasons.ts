/**
 * Why a move beats staying (docs/sheets.md#justifikasi): each fit component compared between the target post
 * and the current one. A component that scores higher at the target is a reason for the
 * move; one that scores lower weighs against it. Rotation due also counts the stay
 * penalty the move avoids. The employee's own choice is always named when honoured.
 */
import { COMPONENTS, type ComponentName } from '../rules';
import { fitPercent, type ScoringContext } from '../scoring';
import { componentParams, componentResults, componentScores } from './componentScores';
import { staffingMarginal } from '../plan/unitStaffing';

/** One component of a move, at the target and in the current post. */
export interface ReasonLine {
  readonly key: ComponentName;
  /** Explanation code at the target (words under `scoring.<code>`) and its figures. */
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly score: number;
  readonly stayScore: number;
  readonly weight: number;
  /** Value the component adds to moving over staying: weight × (score − stay score), plus the stay penalty avoided for rotation due. */
  readonly gain: number;
}

export interface MoveReasons {
  /** Reasons for the move, strongest first; the honoured aspiration is always among them. */
  readonly forMove: readonly ReasonLine[];
  /** Components that are weaker at the target, the largest loss first. */
  readonly against: readonly ReasonLine[];
}

/**
 * The reasons for and against moving employee `e` into position `p` (indexes into the tables).
 *
 * @example
 * moveReasons(scoring, nurse, dinkesPost).forMove.map((r) => r.key) // ['rotationDue', 'educationField', 'aspiration', …]
 */
export function moveReasons(scoring: ScoringContext, e: number, p: number): MoveReasons {
  const current = scoring.index.currentPosition[e] ?? -1;
  const target = componentResults(scoring, e, p);
  const stay = current >= 0 ? componentScores(scoring, e, current) : null;
  const stayPenalty = scoring.readiness[e]?.rotationDue === true ? scoring.policy.scoring.rotationDueStayPenalty : 0;
  // Scores first: only the components named for or against the move get their figures.
  const lines = target.map(({ score, code }, i): Draft => {
    const key = COMPONENTS[i]!;
    const stayScore = stay?.[i] ?? 0;
    const weight = scoring.policy.scoring.weights[key];
    const penalty = key === 'rotationDue' ? stayPenalty : 0;
    const gain = weight * (score - stayScore) + penalty + planTerm(scoring, e, p, key, code, score, stayScore);
    return { index: i, key, code, score, stayScore, weight, gain };
  });
  const forMove = lines
    .filter((line) => line.gain > 0 || (line.key === 'aspiration' && line.score > 0) || namesAPurpose(line))
    .sort((a, b) => b.gain - a.gain || a.index - b.index);
  const against = lines.filter((line) => line.gain < 0 && !forMove.includes(line)).sort((a, b) => a.gain - b.gain || a.index - b.index);
  const explained = (line: Draft): ReasonLine => ({
    key: line.key,
    code: line.code,
    params: componentParams(scoring, line.index, e, p),
    score: line.score,
    stayScore: line.stayScore,
    weight: line.weight,
    gain: line.gain,
  });
  return { forMove: forMove.map(explained), against: against.map(explained) };
}

/** A reason line before its figures, with its place in the component order. */
interface Draft extends Omit<ReasonLine, 'params'> {
  readonly index: number;
}

/**
 * What the plan adds for unit need and rotation outside the pair's weighted fit: the value
 * of one more person in a short target unit (its staffing value per unit) and the rotation
 * value of a rotation-due move into an equal or better fit.
 */
function planTerm(
  scoring: ScoringContext,
  e: number,
  p: number,
  key: ComponentName,
  code: string,
  score: number,
  stayScore: number,
): number {
  const policy = scoring.policy;
  if (key === 'rotationDue' && score > stayScore) {
    const current = scoring.index.currentPosition[e] ?? -1;
    return current >= 0 && fitPercent(scoring, e, p) >= fitPercent(scoring, e, current) ? policy.scoring.rotationMove : 0;
  }
  if (key === 'unitNeed' && (code === 'UNIT_NEED_INTO_SHORTAGE' || code === 'UNIT_NEED_SHORTAGE_BOTH')) {
    const unit = scoring.needs.units[scoring.index.positionUnit[p] ?? -1];
    if (unit === undefined) return 0;
    const keep = policy.scoring.staffing.keepUnitsStaffed ? Math.min(unit.need, unit.staff) : 0;
    return staffingMarginal(policy, unit.need, keep, unit.staff + 1);
  }
  return 0;
}

/**
 * Unit need and rotation are valued outside the pair's fit (per unit, and per kind of place),
 * so their weights may be 0; when they are a purpose of the move they are still named.
 */
function namesAPurpose(line: Draft): boolean {
  if (line.weight !== 0) return false;
  if (line.key === 'unitNeed')
    return ['UNIT_NEED_INTO_SHORTAGE', 'UNIT_NEED_SHORTAGE_BOTH', 'UNIT_NEED_LEAVES_SURPLUS'].includes(line.code);
  if (line.key === 'rotationDue') return line.score > line.stayScore;
  return false;
}
