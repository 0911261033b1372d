/**
 * The rules the Kebijakan step shows, in the rule table's order, each with the parameters a
 * user edits. Everything comes from the engine's rule table (`domain/rules/ruleTable`): the
 * ranges are those `parsePolicy` accepts, so the inputs' limits and the engine's check agree,
 * and a new rule appears here without a change to the pane.
 */
import { RULE_NAMES, RULE_TABLE, type ParamSpec, type RuleName, type RuleSpec } from '../../domain/rules/ruleTable';

export interface RuleParam {
  /** Key under `rules.<rule>`. */
  readonly key: string;
  readonly min: number;
  readonly max: number;
}

export interface RuleField {
  readonly rule: RuleName;
  /** Whole-number parameters, each with its label `ui.policy.param.<rule>.<key>`. */
  readonly numbers: readonly RuleParam[];
  /** Yes/no parameters, each with its label. */
  readonly flags: readonly string[];
  /** Dates (`yyyy-mm-dd` or empty for none), each with its label. */
  readonly dates: readonly string[];
  /** List parameters shown read-only (kept as in the defaults or the stored policy), label with `{values}`. */
  readonly lists: readonly string[];
}

/** The pane's fields of one rule; groups and matrices (BUP table, position-type matrix) are edited in the policy file. */
export function ruleField(rule: RuleName): RuleField {
  const spec: RuleSpec<Record<string, ParamSpec>> = RULE_TABLE[rule];
  const params = Object.entries(spec.params);
  const keysOf = (kind: ParamSpec['kind']) => params.filter(([, p]) => p.kind === kind).map(([key]) => key);
  return {
    rule,
    numbers: params.flatMap(([key, p]) => (p.kind === 'int' ? [{ key, min: p.min, max: p.max }] : [])),
    flags: keysOf('bool'),
    dates: keysOf('date'),
    lists: keysOf('list'),
  };
}

export const RULE_FIELDS: readonly RuleField[] = RULE_NAMES.map(ruleField);

/** The test id of a parameter's input: `param-<rule>` for a rule's only number, else `param-<rule>-<key>`. */
export function paramTestId(field: RuleField, key: string): string {
  return field.numbers.length === 1 && field.numbers[0]?.key === key ? `param-${field.rule}` : `param-${field.rule}-${key}`;
}

/** Paths (`rules.<rule>.<key>`) of every parameter the step edits inline, so their issues show beside them. */
export const FIELD_PATHS: readonly string[] = RULE_FIELDS.flatMap((f) =>
  [...f.numbers.map((n) => n.key), ...f.dates].map((key) => `rules.${f.rule}.${key}`),
);

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
