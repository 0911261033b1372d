/**
 * Reads a policy from JSON (a `--policy` file, the workbook's stored settings): a partial
 * object is merged over {@link DEFAULT_POLICY}; every bad value, unknown key or
 * inconsistent setting becomes an issue whose words live in `rules.<code>`.
 */
import { issue, type Issue, type Result } from '../model/issue';
import type { PolicyIssueCode } from '../model/issueCodes';
import { dayOfIso } from '../model/dates';
import { COMPONENTS, DECREE_PAPERS, DEFAULT_POLICY, LIMITS, type Policy } from './policy';
import { RULE_NAMES, RULE_TABLE, type ParamSpec, type RuleSpec } from './ruleTable';

export { POLICY_ISSUE_CODES, type PolicyIssueCode } from '../model/issueCodes';

type Check = (value: unknown, path: string, issues: Issue[]) => unknown;
interface Schema {
  readonly [key: string]: Schema | Check;
}

const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

const fail = (issues: Issue[], code: PolicyIssueCode, value: unknown, params: Record<string, string | number>): undefined => {
  issues.push(issue(code, 'error', { value: value === undefined ? null : shown(value) }, params));
  return undefined;
};

const bool: Check = (v, path, issues) =>
  typeof v === 'boolean' ? v : fail(issues, 'POLICY_EXPECTED_BOOLEAN', v, { path, value: shown(v) });

const int =
  (min: number, max: number): Check =>
  (v, path, issues) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? v
      : fail(issues, 'POLICY_EXPECTED_INTEGER', v, { path, value: shown(v), min, max });

const nullableInt =
  (min: number, max: number): Check =>
  (v, path, issues) =>
    v === null ? null : int(min, max)(v, path, issues);

const num =
  (min: number, max: number): Check =>
  (v, path, issues) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
      ? v
      : fail(issues, 'POLICY_EXPECTED_NUMBER', v, { path, value: shown(v), min, max });

const isoDateOrNull: Check = (v, path, issues) =>
  v === null || (typeof v === 'string' && dayOfIso(v) !== null) ? v : fail(issues, 'POLICY_EXPECTED_DATE', v, { path, value: shown(v) });

const listOf =
  <T extends string>(allowed: readonly T[]): Check =>
  (v, path, issues) => {
    const allowedText = allowed.join(', ');
    if (!Array.isArray(v)) return fail(issues, 'POLICY_EXPECTED_LIST', v, { path, value: shown(v), allowed: allowedText });
    const out: T[] = [];
    for (const item of v as unknown[]) {
      const match = allowed.find((a) => typeof item === 'string' && a.toLowerCase() === item.trim().toLowerCase());
      if (match === undefined) return fail(issues, 'POLICY_UNKNOWN_VALUE', item, { path, value: shown(item), allowed: allowedText });
      if (!out.includes(match)) out.push(match);
    }
    return out;
  };

/** Distinct whole numbers within bounds, at least one and at most `maxLength`, returned ascending. */
const intList =
  (min: number, max: number, maxLength: number): Check =>
  (v, path, issues) => {
    const allowed = `${min}..${max}`;
    if (!Array.isArray(v) || v.length === 0 || v.length > maxLength) {
      return fail(issues, 'POLICY_EXPECTED_LIST', v, { path, value: shown(v), allowed });
    }
    for (const item of v as unknown[]) {
      if (typeof item !== 'number' || !Number.isInteger(item) || item < min || item > max) {
        return fail(issues, 'POLICY_UNKNOWN_VALUE', item, { path, value: shown(item), allowed });
      }
    }
    return [...new Set(v as number[])].sort((a, b) => a - b);
  };

const text: Check = (v, path, issues) =>
  typeof v === 'string' && v.length <= 500 ? v.trim() : fail(issues, 'POLICY_EXPECTED_TEXT', v, { path, value: shown(v) });

const oneOf =
  <T extends string>(allowed: readonly T[]): Check =>
  (v, path, issues) =>
    allowed.find((a) => typeof v === 'string' && a.toLowerCase() === v.trim().toLowerCase()) ??
    fail(issues, 'POLICY_UNKNOWN_VALUE', v, { path, value: shown(v), allowed: allowed.join(', ') });

const version: Check = (v, _path, issues) => (v === 1 ? 1 : fail(issues, 'POLICY_VERSION', v, { value: shown(v) }));

const cost = int(0, LIMITS.maxCost);

/** The check of one rule parameter, from its entry in the rule table. */
function paramCheck(spec: ParamSpec): Schema | Check {
  switch (spec.kind) {
    case 'int':
      return int(spec.min, spec.max);
    case 'bool':
      return bool;
    case 'date':
      return isoDateOrNull;
    case 'list':
      return listOf(spec.allowed);
    case 'matrix':
      return Object.fromEntries(spec.allowed.map((key) => [key, listOf(spec.allowed)]));
    case 'group':
      return Object.fromEntries(Object.entries(spec.params).map(([key, p]) => [key, int(p.min, p.max)]));
  }
}

/** Every rule's switch and parameters, checked as the rule table describes them. */
function rulesSchema(): Schema {
  return Object.fromEntries(
    RULE_NAMES.map((name) => {
      const spec: RuleSpec<Record<string, ParamSpec>> = RULE_TABLE[name];
      const params = Object.entries(spec.params).map(([key, param]) => [key, paramCheck(param)]);
      return [name, Object.fromEntries([['enabled', bool], ...params])];
    }),
  );
}

const SCHEMA: Schema = {
  version,
  effectiveHoursPerYear: num(1, 8784),
  rules: rulesSchema(),
  scoring: {
    weights: Object.fromEntries(COMPONENTS.map((c) => [c, int(0, LIMITS.maxWeight)])),
    disruptionCost: cost,
    stabilityBonus: cost,
    rotationDueStayPenalty: cost,
    rotationMove: cost,
    urgentVacancy: cost,
    staffing: { base: cost, shortageExtra: cost, keepUnitsStaffed: bool },
    minFitGain: int(0, 100),
    nineBoxMinKelas: int(1, 30),
  },
  constraints: { maxMoves: nullableInt(0, 10_000_000), maxOutflowPerUnit: bool, noNetLossInShortage: bool },
  decree: {
    city: text,
    title: text,
    nomor: text,
    tanggal: text,
    tentang: text,
    ditetapkanDi: text,
    signatoryTitle: text,
    signatoryName: text,
    paper: oneOf(DECREE_PAPERS),
  },
  evaluation: { checkpointMonths: intList(1, 60, 6), respondentRows: int(1, 1000), poorAdaptationAtMost: int(1, 4) },
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function merge(input: unknown, defaults: unknown, schema: Schema, path: string, issues: Issue[]): unknown {
  if (!isPlainObject(input)) return fail(issues, 'POLICY_EXPECTED_OBJECT', input, { path: path || '(policy)', value: shown(input) });
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(input)) {
    const sub = Object.prototype.hasOwnProperty.call(schema, key) ? schema[key] : undefined;
    const subPath = path ? `${path}.${key}` : key;
    if (sub === undefined) {
      fail(issues, 'POLICY_UNKNOWN_KEY', undefined, { path: subPath });
      continue;
    }
    const parsed = typeof sub === 'function' ? sub(value, subPath, issues) : merge(value, out[key], sub, subPath, issues);
    if (parsed !== undefined) out[key] = parsed;
  }
  return out;
}

function crossChecks(policy: Policy, issues: Issue[]): void {
  const freeze = policy.rules.electionFreeze;
  // On, the rule needs a whole pre-election window (start and end) or an inauguration date, or both.
  const windowHalf = (freeze.start === null) !== (freeze.end === null);
  const nothing = freeze.start === null && freeze.end === null && freeze.inauguration === null;
  if (freeze.enabled && (windowHalf || nothing)) fail(issues, 'POLICY_ELECTION_WINDOW_MISSING', undefined, {});
  if (freeze.start !== null && freeze.end !== null && freeze.end < freeze.start) {
    fail(issues, 'POLICY_ELECTION_WINDOW_ORDER', undefined, { start: freeze.start, end: freeze.end });
  }
  // Rotation due is a reason to move into an equal or better fit, never a move on its own
  // (PP 11/2017 Pasal 190 (3); docs/rules.md): its value stays below what a move costs.
  const { rotationMove, disruptionCost, stabilityBonus } = policy.scoring;
  if (rotationMove >= disruptionCost + stabilityBonus) {
    fail(issues, 'POLICY_ROTATION_ALONE', undefined, { rotationMove, limit: disruptionCost + stabilityBonus });
  }
  const sum = COMPONENTS.reduce((acc, c) => acc + policy.scoring.weights[c], 0);
  if (sum > LIMITS.maxWeightSum) fail(issues, 'POLICY_WEIGHTS_TOO_LARGE', undefined, { sum, max: LIMITS.maxWeightSum });
}

/**
 * Reads a policy: `json` is a parsed object (or JSON text), possibly partial; what it
 * leaves out keeps its default. Unknown keys are errors, so a typo never silently falls
 * back to a default.
 *
 * @example
 * parsePolicy({ rules: { minTenure: { years: 3 } } }) // ok, everything else default
 * parsePolicy({ rules: { minTenure: { years: -1 } } }) // issue POLICY_EXPECTED_INTEGER at rules.minTenure.years
 */
export function parsePolicy(json: unknown): Result<Policy> {
  let input = json;
  if (json === undefined || json === null) return { ok: true, value: DEFAULT_POLICY };
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      return {
        ok: false,
        issues: [issue('POLICY_NOT_JSON', 'error', {}, { detail: error instanceof Error ? error.message : String(error) })],
      };
    }
  }
  const issues: Issue[] = [];
  const merged = merge(input, DEFAULT_POLICY, SCHEMA, '', issues);
  if (merged !== undefined && issues.length === 0) crossChecks(merged as Policy, issues);
  if (issues.length > 0 || merged === undefined) return { ok: false, issues };
  return { ok: true, value: merged as Policy };
}

/** The i18n key of a policy issue code (`rules.<code>`), for renderers that look under `issue.` by default. */
export const policyIssueKey = (code: string): string => `rules.${code}`;
