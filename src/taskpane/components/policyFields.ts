/**
 * The rules the Kebijakan step shows (SPEC §4), in the brief's order, each with its one
 * key parameter. Ranges are those `parsePolicy` accepts, so the input's limits and the
 * engine's check agree.
 */
import type { RuleName } from '../../domain/rules/policy';

export interface RuleParam {
  /** Key under `rules.<rule>`. */
  readonly key: string;
  readonly min: number;
  readonly max: number;
}

export interface RuleField {
  readonly rule: RuleName;
  readonly param?: RuleParam;
  /** A yes/no parameter under `rules.<rule>` with its own label. */
  readonly flag?: string;
  /** A list parameter shown read-only (kept as in the defaults or the stored policy). */
  readonly list?: string;
}

export const RULE_FIELDS: readonly RuleField[] = [
  { rule: 'status', list: 'movable' },
  { rule: 'minTenure', param: { key: 'years', min: 0, max: 40 } },
  { rule: 'rotationDue', param: { key: 'years', min: 1, max: 40 } },
  { rule: 'recentTransfer', param: { key: 'years', min: 0, max: 40 } },
  { rule: 'retirement', param: { key: 'windowYears', min: 0, max: 10 } },
  { rule: 'discipline', list: 'blocking' },
  { rule: 'willingness', flag: 'overrideWhenRotationDue' },
  { rule: 'specialCircumstances', param: { key: 'penalty', min: 0, max: 5000 } },
  { rule: 'conflictOfInterest' },
  { rule: 'positionType' },
  { rule: 'rank' },
  { rule: 'education' },
  { rule: 'noDemotion', param: { key: 'kelasTolerance', min: 0, max: 20 } },
];

/** The number a text field holds: an integer, null when empty (if allowed), else the text itself (the engine reports it). */
export function numberOfText(text: string, emptyIsNull: boolean): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return emptyIsNull ? null : '';
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The text a field shows for a stored value. */
export function textOfNumber(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
