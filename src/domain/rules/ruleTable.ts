/**
 * Every planning rule in one table: its code (the key), whether it is on by default, its
 * parameters with their defaults and accepted ranges, the regulation it rests on and the
 * message codes it can produce. The policy's rule defaults and type, the policy parser's
 * checks and the Kebijakan step's fields are all derived from this table, so adding a rule
 * is one entry here plus its words in `i18n/{id,en}/rules.json` and `ui.json`.
 *
 * Citations are as the product specification gives them (docs/rules.md). "PP 11/2017" means
 * PP 11/2017 as amended by PP 17/2020; UU 20/2023 repealed UU 5/2014 on 31 October 2023.
 */
import type { EmploymentStatus, Hukdis, JenisJabatan } from '../model/types';
import { LIMITS } from './limits';

export interface IntParam {
  readonly kind: 'int';
  readonly min: number;
  readonly max: number;
  readonly default: number;
}
export interface BoolParam {
  readonly kind: 'bool';
  readonly default: boolean;
}
/** A `yyyy-mm-dd` date or null (not set). */
export interface DateParam {
  readonly kind: 'date';
  readonly default: string | null;
}
export interface ListParam<T extends string> {
  readonly kind: 'list';
  readonly allowed: readonly T[];
  readonly default: readonly T[];
}
/** For each allowed value, a list of allowed values (the position-type matrix). */
export interface MatrixParam<T extends string> {
  readonly kind: 'matrix';
  readonly allowed: readonly T[];
  readonly default: Readonly<Record<T, readonly T[]>>;
}
/** A named group of whole numbers (the retirement-age table); not shown in the pane. */
export interface GroupParam<G extends Record<string, IntParam>> {
  readonly kind: 'group';
  readonly params: G;
}
export type ParamSpec = IntParam | BoolParam | DateParam | ListParam<string> | MatrixParam<string> | GroupParam<Record<string, IntParam>>;

/** Where a rule acts: on the employee (may they move at all), on a pair, or on the whole plan. */
export type RuleStage = 'readiness' | 'pair' | 'plan';

export interface RuleSpec<P extends Record<string, ParamSpec>> {
  readonly enabled: boolean;
  readonly stage: RuleStage;
  /** The regulation (or office policy, or position data) the rule rests on, in Indonesian. */
  readonly citation: string;
  /** Reason, block and flag codes the rule produces; words under `rules.<code>`. */
  readonly messages: readonly string[];
  readonly params: P;
}

/** The value type of a parameter. */
export type ParamValue<S> = S extends IntParam
  ? number
  : S extends BoolParam
    ? boolean
    : S extends DateParam
      ? string | null
      : S extends ListParam<infer T>
        ? readonly T[]
        : S extends MatrixParam<infer T>
          ? Readonly<Record<T, readonly T[]>>
          : S extends GroupParam<infer G>
            ? { readonly [K in keyof G]: number }
            : never;

/** A rule's settings: its switch and its parameters. */
export type RuleSettings<R> =
  R extends RuleSpec<infer P> ? { readonly enabled: boolean } & { readonly [K in keyof P]: ParamValue<P[K]> } : never;

const int = (min: number, max: number, value: number): IntParam => ({ kind: 'int', min, max, default: value });
const bool = (value: boolean): BoolParam => ({ kind: 'bool', default: value });
const date = (): DateParam => ({ kind: 'date', default: null });
const list = <T extends string>(allowed: readonly T[], value: readonly T[]): ListParam<T> => ({ kind: 'list', allowed, default: value });
const rule = <P extends Record<string, ParamSpec>>(spec: RuleSpec<P>): RuleSpec<P> => spec;

const STATUSES: readonly EmploymentStatus[] = ['PNS', 'CPNS', 'PPPK'];
const HUKDIS: readonly Hukdis[] = ['Ringan', 'Sedang', 'Berat'];
const JENIS: readonly JenisJabatan[] = ['JPT', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional'];
const years = (value: number): IntParam => int(0, 40, value);
const age = (value: number): IntParam => int(40, 75, value);

/** The rules, in the order the Kebijakan step shows them. */
export const RULE_TABLE = {
  // PP 11/2017 Pasal 34: a CPNS is on probation (masa percobaan) and is not moved; PPPK hold
  // the post of their contract (Perban BKN 5/2019 on mutasi covers PNS).
  status: rule({
    enabled: true,
    stage: 'readiness',
    citation: 'PP 11/2017 Pasal 34; Perban BKN 5/2019',
    messages: ['STATUS_NOT_MOVABLE'],
    params: { movable: list(STATUSES, ['PNS']) },
  }),
  // PP 11/2017 Pasal 190 ayat (3): mutasi after at least 2 years in a post.
  minTenure: rule({
    enabled: true,
    stage: 'readiness',
    citation: 'PP 11/2017 Pasal 190 ayat (3)',
    messages: ['MIN_TENURE'],
    params: { years: years(2) },
  }),
  // PP 11/2017 Pasal 190 ayat (3): at most 5 years in a post, then rotation is due (wajib rotasi).
  rotationDue: rule({
    enabled: true,
    stage: 'readiness',
    citation: 'PP 11/2017 Pasal 190 ayat (3)',
    messages: ['ROTATION_DUE_BLOCKED'],
    params: { years: int(1, 40, 5) },
  }),
  // Office policy: not moved again within 2 years of the last transfer.
  recentTransfer: rule({
    enabled: true,
    stage: 'readiness',
    citation: 'Kebijakan instansi',
    messages: ['RECENT_TRANSFER'],
    params: { years: years(2) },
  }),
  // Nobody is moved within a year of retirement (office practice). BUP: UU 20/2023 Pasal 55
  // (JPT 60; administrator, pengawas, pelaksana 58; JF per its regulation); PP 11/2017 Pasal
  // 239 ayat (2) (JF 58, ahli madya 60, ahli utama 65) and Pasal 240 (a JF whose age a law
  // sets): guru 60 (UU 14/2005 Pasal 30 ayat 4), dosen 65 (UU 14/2005 Pasal 67 ayat 4).
  retirement: rule({
    enabled: true,
    stage: 'readiness',
    messages: ['RETIREMENT_NEAR'],
    citation: 'UU 20/2023 Pasal 55; PP 11/2017 Pasal 239 ayat (2) dan Pasal 240; UU 14/2005 Pasal 30 ayat (4) dan Pasal 67 ayat (4)',
    params: {
      windowYears: int(0, 10, 1),
      bup: {
        kind: 'group',
        params: {
          administrasi: age(58),
          jpt: age(60),
          fungsionalKeterampilan: age(58),
          fungsionalAhliPertama: age(58),
          fungsionalAhliMuda: age(58),
          fungsionalAhliMadya: age(60),
          fungsionalAhliUtama: age(65),
          fungsionalUnknown: age(58),
          guru: age(60),
          dosen: age(65),
        },
      },
    },
  }),
  // PP 94/2021 Pasal 8 ayat (3)-(4): moderate sanctions run 6, 9 or 12 months, severe ones 12;
  // the employee stays in place while they run.
  discipline: rule({
    enabled: true,
    stage: 'readiness',
    citation: 'PP 94/2021 Pasal 8 ayat (3)-(4)',
    messages: ['DISCIPLINE_ACTIVE', 'DISCIPLINE_ACTIVE_NO_END', 'DISCIPLINE_NO_END_NOTED'],
    params: { blocking: list(HUKDIS, ['Sedang', 'Berat']), unknownEndBlocks: bool(true) },
  }),
  // The brief: hear employees' aspirations (discussion, interview). Bersedia = Tidak stays and
  // is listed for a conversation; allowMove lets them move, and every such move is flagged.
  willingness: rule({
    enabled: true,
    stage: 'readiness',
    citation: 'Aspirasi pegawai',
    messages: ['UNWILLING', 'UNWILLING_MOVE_ALLOWED', 'UNWILLING_RULE_OFF'],
    params: { allowMove: bool(false) },
  }),
  // The brief: health, family or spouse circumstances go to human review. They stay unless
  // allowMove; then the move is flagged and weighs `penalty` against moving.
  specialCircumstances: rule({
    enabled: true,
    stage: 'readiness',
    citation: 'Aspirasi pegawai',
    messages: ['SPECIAL_CIRCUMSTANCES_STAY', 'SPECIAL_CIRCUMSTANCES'],
    params: { allowMove: bool(false), penalty: int(0, LIMITS.maxCost, 1500) },
  }),
  // PP 11/2017 Pasal 190 ayat (5): mutasi must avoid conflicts of interest.
  conflictOfInterest: rule({
    enabled: true,
    stage: 'pair',
    citation: 'PP 11/2017 Pasal 190 ayat (5)',
    messages: ['CONFLICT_OF_INTEREST'],
    params: {},
  }),
  // UU 10/2016 Pasal 71 ayat (2): no replacement of officials from 6 months before the
  // determination of candidates to the end of the term; Pasal 162 ayat (3): nor within 6
  // months of a new head's inauguration; both unless the Minister approves in writing. Dates
  // differ per election, so the rule starts disabled and without dates.
  electionFreeze: rule({
    enabled: false,
    stage: 'plan',
    citation: 'UU 10/2016 Pasal 71 ayat (2) dan Pasal 162 ayat (3)',
    messages: ['ELECTION_FREEZE', 'INAUGURATION_FREEZE'],
    params: { start: date(), end: date(), inauguration: date(), ministerApprovalRecorded: bool(false) },
  }),
  // The nature of the post: a mutasi keeps the Jenis Jabatan; competence must fit the post
  // (PP 11/2017 Pasal 190 ayat 4); talent mobility (UU 20/2023 Pasal 46-47).
  positionType: rule({
    enabled: true,
    stage: 'pair',
    citation: 'PP 11/2017 Pasal 190 ayat (4); UU 20/2023 Pasal 46-47',
    messages: ['POSITION_TYPE'],
    params: {
      allowed: {
        kind: 'matrix',
        allowed: JENIS,
        default: {
          JPT: ['JPT'],
          Administrator: ['Administrator'],
          Pengawas: ['Pengawas'],
          Pelaksana: ['Pelaksana'],
          Fungsional: ['Fungsional'],
        },
      } satisfies MatrixParam<JenisJabatan>,
    },
  }),
  // JPT posts are filled through open selection (PermenPANRB 15/2019, still in use; UU 20/2023
  // Pasal 46-47): their holders are not planned and nobody is planned into them.
  jpt: rule({
    enabled: true,
    stage: 'pair',
    citation: 'PermenPANRB 15/2019 (seleksi terbuka JPT); UU 20/2023 Pasal 46-47',
    messages: ['JPT_OPEN_SELECTION', 'JPT_POST'],
    params: {},
  }),
  // A jabatan fungsional only into the same JF and jenjang, a teacher keeping the subject;
  // another JF is perpindahan jabatan through uji kompetensi (PP 11/2017 Pasal 76; PermenPANRB 1/2023).
  fungsional: rule({
    enabled: true,
    stage: 'pair',
    citation: 'PP 11/2017 Pasal 76 (uji kompetensi); PermenPANRB 1/2023',
    messages: ['FUNGSIONAL_FAMILY', 'GURU_SUBJECT', 'FUNGSIONAL_JENJANG'],
    params: {},
  }),
  // The same Kelas Jabatan: higher is a promotion, lower a demotion, neither a mutasi
  // (PP 11/2017 Pasal 190 ayat 4; UU 20/2023 Pasal 46-47). Tolerances are editable; any
  // change they allow is flagged for review.
  kelas: rule({
    enabled: true,
    stage: 'pair',
    citation: 'PP 11/2017 Pasal 190 ayat (4); UU 20/2023 Pasal 46-47',
    messages: ['PROMOTION', 'DEMOTION', 'KELAS_RISE', 'KELAS_DROP'],
    params: { maxUp: int(0, 20, 0), maxDown: int(0, 20, 0) },
  }),
  // Administrator (eselon III) and Pengawas (eselon IV) keep their eselon level: the roman
  // part by default (III.a with III.b), the whole eselon with sameSubLevel. No eselon: passes.
  eselon: rule({
    enabled: true,
    stage: 'pair',
    citation: 'PP 11/2017 Pasal 190 ayat (4)',
    messages: ['ESELON_LEVEL'],
    params: { sameSubLevel: bool(false) },
  }),
  // Position data: Golongan Minimal / Maksimal.
  rank: rule({
    enabled: true,
    stage: 'pair',
    citation: 'Data jabatan (golongan minimal/maksimal)',
    messages: ['RANK_BELOW_MIN', 'RANK_ABOVE_MAX'],
    params: {},
  }),
  // Position data: Pendidikan Minimal.
  education: rule({
    enabled: true,
    stage: 'pair',
    citation: 'Data jabatan (pendidikan minimal)',
    messages: ['EDUCATION_BELOW_MIN'],
    params: {},
  }),
  // Where the position sheet has no golongan limits, a JF's jenjang gives them (JF regulations;
  // the ranges are in jabatanFungsional.ts).
  rankFromJenjang: rule({
    enabled: true,
    stage: 'pair',
    citation: 'Peraturan jabatan fungsional (PermenPANRB 1/2023 dan peraturan tiap jabatan)',
    messages: ['RANK_BELOW_JENJANG', 'RANK_ABOVE_JENJANG'],
    params: {},
  }),
};

export type RuleTable = typeof RULE_TABLE;
export type RuleName = keyof RuleTable;
/** Every rule's settings, as the policy holds them. */
export type PolicyRules = { readonly [K in RuleName]: RuleSettings<RuleTable[K]> };

/** The rule names in table order. */
export const RULE_NAMES = Object.keys(RULE_TABLE) as RuleName[];

const defaultOf = (spec: ParamSpec): unknown =>
  spec.kind === 'group' ? Object.fromEntries(Object.entries(spec.params).map(([key, p]) => [key, p.default])) : spec.default;

/** The default settings of every rule, built from the table (fresh objects). */
export function ruleDefaults(): PolicyRules {
  const out: Record<string, unknown> = {};
  for (const name of RULE_NAMES) {
    const spec: RuleSpec<Record<string, ParamSpec>> = RULE_TABLE[name];
    const settings: Record<string, unknown> = { enabled: spec.enabled };
    for (const [key, param] of Object.entries(spec.params)) settings[key] = JSON.parse(JSON.stringify(defaultOf(param))) as unknown;
    out[name] = settings;
  }
  return out as PolicyRules;
}
