/**
 * Typed messages. Indonesian (`id/`) is the source; English (`en/`) must have exactly the
 * same keys — the type of `en` below is the type of `id`, so a missing key fails the build,
 * and a test checks that no extra keys creep in.
 *
 * Each namespace is its own JSON file so that parts of the engine own their words:
 * `issue` (input problems), `values` (cell value recognition), `rules`, `scoring`, `fairness`,
 * `explain`, `sheets`, `cli`, `ui`, `solver` (the optimiser's own input checks).
 * Messages use `{name}` placeholders.
 */
import idCommon from './id/common.json';
import idIssue from './id/issue.json';
import idRules from './id/rules.json';
import idScoring from './id/scoring.json';
import idFairness from './id/fairness.json';
import idExplain from './id/explain.json';
import idSheets from './id/sheets.json';
import idCli from './id/cli.json';
import idUi from './id/ui.json';
import idValues from './id/values.json';
import idSolver from './id/solver.json';
import enCommon from './en/common.json';
import enIssue from './en/issue.json';
import enRules from './en/rules.json';
import enScoring from './en/scoring.json';
import enFairness from './en/fairness.json';
import enExplain from './en/explain.json';
import enSheets from './en/sheets.json';
import enCli from './en/cli.json';
import enUi from './en/ui.json';
import enValues from './en/values.json';
import enSolver from './en/solver.json';

const id = {
  common: idCommon,
  issue: idIssue,
  rules: idRules,
  scoring: idScoring,
  fairness: idFairness,
  explain: idExplain,
  sheets: idSheets,
  cli: idCli,
  ui: idUi,
  values: idValues,
  solver: idSolver,
};
type Catalog = typeof id;

const en: Catalog = {
  common: enCommon,
  issue: enIssue,
  rules: enRules,
  scoring: enScoring,
  fairness: enFairness,
  explain: enExplain,
  sheets: enSheets,
  cli: enCli,
  ui: enUi,
  values: enValues,
  solver: enSolver,
};

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];
export type Namespace = keyof Catalog;
/** Every message key, as `namespace.key`. */
export type MessageKey = { [N in Namespace]: `${N}.${Extract<keyof Catalog[N], string>}` }[Namespace];
export type Params = Readonly<Record<string, string | number>>;

export const catalogs: Readonly<Record<Lang, Catalog>> = { id, en };

function lookup(lang: Lang, key: string): string | undefined {
  const dot = key.indexOf('.');
  const table = catalogs[lang][key.slice(0, dot) as Namespace] as Record<string, string> | undefined;
  return table?.[key.slice(dot + 1)];
}

/**
 * Each template split once at its `{name}` placeholders: text at even places, names at odd
 * ones. Sheets fill the same few templates for every row.
 */
const templateParts = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders; numbers are written in the language's own style. */
export function format(lang: Lang, template: string, params: Params = {}): string {
  const parts = partsOf(template);
  let text = parts[0] as string;
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k] as string;
    const value = params[name];
    text += value === undefined ? `{${name}}` : typeof value === 'number' ? formatNumber(lang, value) : value;
    text += parts[k + 1] as string;
  }
  return text;
}

/** Number formats by language, made once (`toLocaleString` would make one per call). */
const NUMBER_FORMATS: Readonly<Record<Lang, Intl.NumberFormat>> = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

export function formatNumber(lang: Lang, value: number): string {
  if (Number.isInteger(value)) return String(value);
  return NUMBER_FORMATS[lang].format(value);
}

/** The message for a typed key. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  return format(lang, lookup(lang, key) ?? key, params);
}

/**
 * The message for a key built at run time (issue codes, rule codes). Falls back to the
 * key itself, so an unknown code is visible rather than silently empty.
 */
export function tDynamic(lang: Lang, key: string, params: Params = {}): string {
  return format(lang, lookup(lang, key) ?? lookup('id', key) ?? key, params);
}

export function hasMessage(lang: Lang, key: string): boolean {
  return lookup(lang, key) !== undefined;
}

/**
 * A message as data: the engine hands codes and parameters to its hosts, and each host
 * puts them into words with {@link messageOf} in the language the user reads now.
 */
export interface Message {
  /** A catalog key (`sheets.figure.moves`) or a bare issue code (`NIP_AS_NUMBER`). */
  readonly code: string;
  readonly params: Params;
}

/**
 * Namespaces a bare issue code is looked up in, in order: input issues, value parsers, then
 * policy and plan-level rules (POLICY_*, ELECTION_FREEZE), the optimiser's input checks.
 */
const CODE_NAMESPACES: readonly Namespace[] = ['issue', 'values', 'rules', 'solver'];
const QUALIFIED = /^[a-z]+\./;

/** The catalog key of a code: a qualified key as it is, a bare issue code in the first namespace that has it. */
export function messageKeyOf(code: string): string {
  if (QUALIFIED.test(code)) return code;
  for (const namespace of CODE_NAMESPACES) {
    if (lookup('id', `${namespace}.${code}`) !== undefined) return `${namespace}.${code}`;
  }
  return `issue.${code}`;
}

/**
 * The one renderer of engine messages, for the CLI, the sheets and the pane: a code (an
 * issue code or a catalog key) with its parameters, in `lang`. An unknown code renders as
 * its key, so it is visible rather than silently empty.
 *
 * @example messageOf('NIP_LENGTH', { length: 17, expected: 18 }, 'en') // "The NIP has 17 digits; it should have 18."
 */
export function messageOf(code: string, params: Params, lang: Lang): string {
  return tDynamic(lang, messageKeyOf(code), params);
}

/** {@link messageOf} for a message carried as data. */
export const renderMessage = (message: Message, lang: Lang): string => messageOf(message.code, message.params, lang);
