/**
 * The Kebijakan step's edits as data: a partial policy (only what differs from the
 * defaults, as `parsePolicy` accepts it) and the Tanggal Efektif (null = today). Checked by
 * the engine's own `parsePolicy`, so the pane and the plan run agree on what is valid.
 */
import { dayOfIso } from '../../domain/model/dates';
import type { Issue } from '../../domain/model/issue';
import { parsePolicy } from '../../domain/rules/parsePolicy';
import { DEFAULT_POLICY } from '../../domain/rules/policy';
import type { DayNumber } from '../../domain/model/types';
import { EMPTY_MAPPING, hasOverrides, mappingOf, type MappingOverrides } from './mappingOverrides';

export type PolicyOverrides = Readonly<Record<string, unknown>>;

export interface PolicyDraft {
  readonly overrides: PolicyOverrides;
  /** `yyyy-mm-dd` as chosen, or null for "today". */
  readonly effectiveDate: string | null;
}

export const EMPTY_DRAFT: PolicyDraft = { overrides: {}, effectiveDate: null };

export type PolicyPath = readonly string[];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path` of a nested object, or undefined. */
export function valueAt(root: unknown, path: PolicyPath): unknown {
  let current = root;
  for (const key of path) {
    if (!isObject(current) || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** The value the editor shows: the override when there is one, else the default. */
export function effectiveValue(draft: PolicyDraft, path: PolicyPath): unknown {
  const own = valueAt(draft.overrides, path);
  return own === undefined ? valueAt(DEFAULT_POLICY, path) : own;
}

/** The overrides with `value` at `path`; a value equal to the default removes the override (and empty parents). */
export function withOverride(overrides: PolicyOverrides, path: PolicyPath, value: unknown): PolicyOverrides {
  const sameAsDefault = JSON.stringify(valueAt(DEFAULT_POLICY, path)) === JSON.stringify(value);
  return withOverrideAt(overrides, path, 0, value, sameAsDefault);
}

function withOverrideAt(node: PolicyOverrides, path: PolicyPath, depth: number, value: unknown, remove: boolean): PolicyOverrides {
  const key = path[depth];
  if (key === undefined) return node;
  const out: Record<string, unknown> = { ...node };
  if (depth === path.length - 1) {
    if (remove) delete out[key];
    else out[key] = value;
    return out;
  }
  const child = isObject(out[key]) ? (out[key] as PolicyOverrides) : {};
  const next = withOverrideAt(child, path, depth + 1, value, remove);
  if (Object.keys(next).length === 0) delete out[key];
  else out[key] = next;
  return out;
}

/** Today's date where the pane runs, as `yyyy-mm-dd`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface DraftCheck {
  /** Issues of the policy (codes POLICY_*, words under `rules.<code>`). */
  readonly issues: readonly Issue[];
  /** The first issue of each setting, by its dotted path (e.g. `rules.minTenure.years`). */
  readonly byPath: ReadonlyMap<string, Issue>;
  /** The effective date as a day number; null when the chosen text is not a date. */
  readonly effectiveDay: DayNumber | null;
  readonly ok: boolean;
}

export function checkDraft(draft: PolicyDraft, today: string = todayIso()): DraftCheck {
  const parsed = parsePolicy(draft.overrides);
  const issues = parsed.ok ? [] : parsed.issues;
  const byPath = new Map<string, Issue>();
  for (const issue of issues) {
    const path = issue.params.path;
    if (typeof path === 'string' && !byPath.has(path)) byPath.set(path, issue);
  }
  const effectiveDay = dayOfIso(draft.effectiveDate ?? today);
  return { issues, byPath, effectiveDay, ok: issues.length === 0 && effectiveDay !== null };
}

/** What the workbook stores under `SETTINGS_KEY`. */
export interface StoredSettings {
  readonly version: 1;
  readonly policy: PolicyOverrides;
  readonly effectiveDate: string | null;
  /** The Data step's column mapping corrections; absent when detection is used as is. */
  readonly overrides?: MappingOverrides;
}

export const storedOf = (draft: PolicyDraft, mapping: MappingOverrides = EMPTY_MAPPING): StoredSettings => ({
  version: 1,
  policy: draft.overrides,
  effectiveDate: draft.effectiveDate,
  ...(hasOverrides(mapping) ? { overrides: mapping } : {}),
});

/** The mapping corrections of a stored value (none when it has no readable `overrides`). */
export const storedMappingOf = (stored: unknown): MappingOverrides => (isObject(stored) ? mappingOf(stored.overrides) : EMPTY_MAPPING);

/**
 * Settings an earlier version stored, in today's terms: `noDemotion` became the `kelas`
 * rule (its tolerance is `maxDown`), and `willingness.overrideWhenRotationDue` is gone
 * (unwilling employees stay unless `willingness.allowMove`). Without this, a workbook saved
 * before would hold an unknown key and the plan would refuse to run.
 */
export function migrateOverrides(policy: PolicyOverrides): PolicyOverrides {
  if (!isObject(policy.rules)) return policy;
  const rules: Record<string, unknown> = { ...policy.rules };
  const legacy = rules.noDemotion;
  delete rules.noDemotion;
  if (isObject(legacy) && !isObject(rules.kelas)) {
    const kelas: Record<string, unknown> = {};
    if (typeof legacy.enabled === 'boolean') kelas.enabled = legacy.enabled;
    if (typeof legacy.kelasTolerance === 'number') kelas.maxDown = legacy.kelasTolerance;
    if (Object.keys(kelas).length > 0) rules.kelas = kelas;
  }
  if (isObject(rules.willingness) && 'overrideWhenRotationDue' in rules.willingness) {
    const { overrideWhenRotationDue: _dropped, ...willingness } = rules.willingness;
    if (Object.keys(willingness).length > 0) rules.willingness = willingness;
    else delete rules.willingness;
  }
  const out: Record<string, unknown> = { ...policy, rules };
  if (Object.keys(rules).length === 0) delete out.rules;
  return out;
}

/** A stored value read back (earlier settings migrated); anything unrecognisable gives null (the defaults stay). */
export function draftOf(stored: unknown): PolicyDraft | null {
  if (!isObject(stored) || !isObject(stored.policy)) return null;
  const date = typeof stored.effectiveDate === 'string' ? stored.effectiveDate : null;
  return { overrides: migrateOverrides(stored.policy), effectiveDate: date };
}
