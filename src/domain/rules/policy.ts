/**
 * The planning policy (Kebijakan): every rule of SPEC §4 with its switch and parameters,
 * the scoring weights of §5 and the optional side constraints of §6. Each default cites
 * the regulation it comes from; a user changes them through `parsePolicy` (partial JSON
 * over these defaults) and the policy is stored in the workbook so every reviewer sees
 * the same settings.
 */
import type { EmploymentStatus, Hukdis, JenisJabatan } from '../model/types';

/** Retirement age (Batas Usia Pensiun) by kind of position. */
export interface BupTable {
  /** Pejabat administrasi: administrator, pengawas, pelaksana. */
  readonly administrasi: number;
  readonly jpt: number;
  readonly fungsionalKeterampilan: number;
  readonly fungsionalAhliPertama: number;
  readonly fungsionalAhliMuda: number;
  readonly fungsionalAhliMadya: number;
  readonly fungsionalAhliUtama: number;
  /** A fungsional position whose name does not show its level. */
  readonly fungsionalUnknown: number;
}

export interface PolicyRules {
  readonly status: { readonly enabled: boolean; readonly movable: readonly EmploymentStatus[] };
  readonly minTenure: { readonly enabled: boolean; readonly years: number };
  readonly rotationDue: { readonly enabled: boolean; readonly years: number };
  readonly recentTransfer: { readonly enabled: boolean; readonly years: number };
  readonly retirement: { readonly enabled: boolean; readonly windowYears: number; readonly bup: BupTable };
  readonly discipline: {
    readonly enabled: boolean;
    /** Sanction levels that keep an employee in place while active. */
    readonly blocking: readonly Hukdis[];
    /** A blocking sanction without an end date counts as active. */
    readonly unknownEndBlocks: boolean;
  };
  readonly willingness: { readonly enabled: boolean; readonly overrideWhenRotationDue: boolean };
  readonly specialCircumstances: { readonly enabled: boolean; readonly penalty: number };
  readonly conflictOfInterest: { readonly enabled: boolean };
  readonly electionFreeze: {
    readonly enabled: boolean;
    /** First day of the freeze, `yyyy-mm-dd`: 6 months before the determination of candidates. */
    readonly start: string | null;
    /** Last day of the freeze, `yyyy-mm-dd`: the end of the regional head's term. */
    readonly end: string | null;
    readonly ministerApprovalRecorded: boolean;
  };
  readonly positionType: {
    readonly enabled: boolean;
    /** From the current Jenis Jabatan to the Jenis Jabatan a mutasi may lead to. */
    readonly allowed: Readonly<Record<JenisJabatan, readonly JenisJabatan[]>>;
  };
  readonly rank: { readonly enabled: boolean };
  readonly education: { readonly enabled: boolean };
  readonly noDemotion: { readonly enabled: boolean; readonly kelasTolerance: number };
}

/** The fit components of SPEC §5, each scored 0-100. */
export const COMPONENTS = [
  'educationField',
  'competency',
  'performance',
  'golonganFit',
  'aspiration',
  'unitNeed',
  'rotationDue',
] as const;
export type ComponentName = (typeof COMPONENTS)[number];

export interface ScoringPolicy {
  /** Integer weight of each component; a pair's value is Σ weight × score (0-100). */
  readonly weights: Readonly<Record<ComponentName, number>>;
  /** Paid by every move (disruption to the service and the employee). */
  readonly disruptionCost: number;
  /** Added to staying in place (continuity of service). */
  readonly stabilityBonus: number;
  /** Subtracted from staying when rotation is due, so due employees are strongly preferred to move. */
  readonly rotationDueStayPenalty: number;
  /** From this Kelas Jabatan up (and for Administrator/JPT posts) performance is read as the 9-box. */
  readonly nineBoxMinKelas: number;
}

export interface SideConstraints {
  /** At most this many moves in the plan; null = no limit. */
  readonly maxMoves: number | null;
  /** Respect each unit's Batas Keluar (maximum outflow). */
  readonly maxOutflowPerUnit: boolean;
  /** No unit in shortage may end with fewer staff than it has now. */
  readonly noNetLossInShortage: boolean;
}

export interface Policy {
  readonly version: 1;
  /** Effective working hours per employee per year, for workload-based needs. */
  readonly effectiveHoursPerYear: number;
  readonly rules: PolicyRules;
  readonly scoring: ScoringPolicy;
  readonly constraints: SideConstraints;
}

export type RuleName = keyof PolicyRules;

/** Upper bounds that keep a pair's value within ±20,000 (so 50,000 of them sum below 2^31). */
export const LIMITS = {
  maxWeight: 100,
  maxWeightSum: 150,
  maxCost: 5_000,
} as const;

/** Freezes an object graph, so the shared defaults cannot be changed by accident. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The default policy; every value cites its source. Frozen. */
export const DEFAULT_POLICY: Policy = deepFreeze({
  version: 1,
  // PermenPANRB 1/2020 (Pedoman Analisis Jabatan dan Analisis Beban Kerja): 1,250 effective hours a year.
  effectiveHoursPerYear: 1250,
  rules: {
    // PP 11/2017 Pasal 34: a CPNS is on probation (masa percobaan) and is not moved;
    // PPPK are appointed to a specific post by contract (PP 49/2018; Perban BKN 5/2019 on mutasi covers PNS).
    status: { enabled: true, movable: ['PNS'] },
    // PP 11/2017 Pasal 190 ayat (3): mutasi after at least 2 years in a post.
    minTenure: { enabled: true, years: 2 },
    // PP 11/2017 Pasal 190 ayat (3): at most 5 years in a post, then rotation is due.
    rotationDue: { enabled: true, years: 5 },
    // Office policy: not moved again within 2 years of the last transfer.
    recentTransfer: { enabled: true, years: 2 },
    retirement: {
      enabled: true,
      // Office practice: nobody is moved within a year of retirement.
      windowYears: 1,
      // UU 5/2014 Pasal 90 and PP 11/2017 Pasal 239: 58 for pejabat administrasi and fungsional
      // ahli pertama, ahli muda and keterampilan; 60 for JPT and fungsional ahli madya;
      // 65 for fungsional ahli utama.
      bup: {
        administrasi: 58,
        jpt: 60,
        fungsionalKeterampilan: 58,
        fungsionalAhliPertama: 58,
        fungsionalAhliMuda: 58,
        fungsionalAhliMadya: 60,
        fungsionalAhliUtama: 65,
        fungsionalUnknown: 58,
      },
    },
    // PP 94/2021 Pasal 8: moderate and severe sanctions (tunjangan cut, demotion, release from post)
    // run for 6-12 months; the employee stays in place while they run.
    discipline: { enabled: true, blocking: ['Sedang', 'Berat'], unknownEndBlocks: true },
    // The brief: hear employees' aspirations. Unwilling employees stay unless rotation is due.
    willingness: { enabled: true, overrideWhenRotationDue: true },
    // The brief: health, family or spouse circumstances go to human review and weigh against a move.
    specialCircumstances: { enabled: true, penalty: 1500 },
    // PP 11/2017 Pasal 190 ayat (5): mutasi must avoid conflicts of interest.
    conflictOfInterest: { enabled: true },
    // UU 10/2016 Pasal 71 ayat (2): no replacement of officials from 6 months before the
    // determination of candidates to the end of the term, unless the Minister approves in
    // writing. Dates differ per election, so the rule starts disabled and without dates.
    electionFreeze: { enabled: false, start: null, end: null, ministerApprovalRecorded: false },
    // PP 11/2017: mutasi keeps the kind of position; promotion between kinds is a different procedure.
    positionType: {
      enabled: true,
      allowed: {
        JPT: ['JPT'],
        Administrator: ['Administrator'],
        Pengawas: ['Pengawas'],
        Pelaksana: ['Pelaksana'],
        Fungsional: ['Fungsional'],
      },
    },
    // Position data: Golongan Minimal / Maksimal.
    rank: { enabled: true },
    // Position data: Pendidikan Minimal.
    education: { enabled: true },
    // Merit system (UU 5/2014 Pasal 51): a mutasi must not lower the Kelas Jabatan.
    noDemotion: { enabled: true, kelasTolerance: 0 },
  },
  scoring: {
    weights: {
      educationField: 25,
      competency: 15,
      performance: 10,
      golonganFit: 10,
      aspiration: 15,
      unitNeed: 15,
      rotationDue: 10,
    },
    disruptionCost: 800,
    stabilityBonus: 400,
    rotationDueStayPenalty: 2500,
    // Kelas 9 is the usual class of a Pengawas post (PermenPANRB 41/2018 on kelas jabatan).
    nineBoxMinKelas: 9,
  },
  constraints: { maxMoves: null, maxOutflowPerUnit: false, noNetLossInShortage: false },
});
