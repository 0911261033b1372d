/**
 * The planning policy (Kebijakan): every rule of docs/rules.md with its switch and parameters,
 * the scoring weights and the optional side constraints. Each default cites
 * the regulation it comes from; a user changes them through `parsePolicy` (partial JSON
 * over these defaults) and the policy is stored in the workbook so every reviewer sees
 * the same settings.
 */
import { LIMITS } from './limits';
import { ruleDefaults, type PolicyRules } from './ruleTable';

export { LIMITS };
export type { PolicyRules, RuleName } from './ruleTable';

/** Retirement age (Batas Usia Pensiun) by kind of position; see `retirementAgeOf`. */
export type BupTable = PolicyRules['retirement']['bup'];

/** The fit components, each scored 0-100. */
export const COMPONENTS = ['educationField', 'competency', 'performance', 'golonganFit', 'aspiration', 'unitNeed', 'rotationDue'] as const;
export type ComponentName = (typeof COMPONENTS)[number];

export interface ScoringPolicy {
  /** Integer weight of each component; a pair's value is Σ weight × score (0-100). */
  readonly weights: Readonly<Record<ComponentName, number>>;
  /** Paid by every move (disruption to the service and the employee). */
  readonly disruptionCost: number;
  /** Added to staying in place (continuity of service). */
  readonly stabilityBonus: number;
  /** Subtracted from staying when rotation is due (0 by default: rotation alone never outweighs fit or staffing). */
  readonly rotationDueStayPenalty: number;
  /**
   * Value of moving a rotation-due employee into an equally or better fitting post. Kept
   * below the disruption cost plus the stability bonus, so rotation alone never makes a
   * move, and a ring of moves that improves nobody's fit and no unit's staffing is never
   * worth making; rotation tips the balance where the move has another purpose.
   */
  readonly rotationMove: number;
  /**
   * Added to moving into a post marked Prioritas Segera and subtracted from leaving one, so
   * urgent vacancies are filled first and a ring through an urgent post gains nothing.
   */
  readonly urgentVacancy: number;
  /**
   * Staffing valued per unit with diminishing returns: each person a unit gains towards its
   * need is worth `base` plus up to `shortageExtra` the larger the unit's remaining shortage.
   * With `keepUnitsStaffed`, no unit ends with fewer staff than min(need, staff now): no
   * adequately staffed unit falls short and no unit in shortage loses staff.
   */
  readonly staffing: { readonly base: number; readonly shortageExtra: number; readonly keepUnitsStaffed: boolean };
  /** A move made for competence must raise the fit (0-100) by at least this many points. */
  readonly minFitGain: number;
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

/**
 * The words of the decree appendix (Lampiran SK) and its signature block: policy text, so a
 * city sets its own title, number and signatory (docs/sheets.md).
 */
export interface DecreePolicy {
  readonly city: string;
  /** First title line, e.g. LAMPIRAN KEPUTUSAN WALI KOTA TEBING TINGGI. */
  readonly title: string;
  /** Decree number (NOMOR); empty leaves a dotted space to fill in. */
  readonly nomor: string;
  /** Decree date (TANGGAL) as written, e.g. "1 Desember 2026"; empty leaves a dotted space. */
  readonly tanggal: string;
  /** What the decree is about (TENTANG). */
  readonly tentang: string;
  /** Where the decree is made (Ditetapkan di). */
  readonly ditetapkanDi: string;
  readonly signatoryTitle: string;
  /** Empty leaves a dotted line for the name. */
  readonly signatoryName: string;
  /** F4 (Folio, 8.5 × 13 in, the usual paper of Indonesian government documents) or A4. */
  readonly paper: 'F4' | 'A4';
}

export const DECREE_PAPERS = ['F4', 'A4'] as const;

/** Evaluation after the move and its follow-up (docs/sheets.md#evaluasi-mutasi). */
export interface EvaluationPolicy {
  /** Months after the effective date at which each placement is evaluated, ascending. */
  readonly checkpointMonths: readonly number[];
  /** Blank respondent rows per unit in IKM Layanan. */
  readonly respondentRows: number;
  /** An Adaptasi score (1-5) at or below this calls for action. */
  readonly poorAdaptationAtMost: number;
}

export interface Policy {
  readonly version: 1;
  /** Effective working hours per employee per year, for workload-based needs. */
  readonly effectiveHoursPerYear: number;
  readonly rules: PolicyRules;
  readonly scoring: ScoringPolicy;
  readonly constraints: SideConstraints;
  readonly decree: DecreePolicy;
  readonly evaluation: EvaluationPolicy;
}

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
  // Every rule's switch and parameters come from the rule table, each entry citing its source.
  rules: ruleDefaults(),
  scoring: {
    weights: {
      educationField: 25,
      competency: 15,
      performance: 10,
      golonganFit: 10,
      aspiration: 15,
      // Staffing is valued per unit (scoring.staffing) and rotation by rotationMove; these two
      // pair components stay for explanations and are off by default so nothing counts twice.
      unitNeed: 0,
      rotationDue: 0,
    },
    disruptionCost: 800,
    stabilityBonus: 400,
    rotationDueStayPenalty: 0,
    rotationMove: 1000,
    urgentVacancy: 3000,
    staffing: { base: 1600, shortageExtra: 2000, keepUnitsStaffed: true },
    minFitGain: 5,
    // Kelas 9 is the usual class of a Pengawas post (PermenPANRB 41/2018 on kelas jabatan).
    nineBoxMinKelas: 9,
  },
  constraints: { maxMoves: null, maxOutflowPerUnit: false, noNetLossInShortage: false },
  decree: {
    city: 'Kota Tebing Tinggi',
    title: 'LAMPIRAN KEPUTUSAN WALI KOTA TEBING TINGGI',
    nomor: '',
    tanggal: '',
    tentang: 'PEMINDAHAN PEGAWAI NEGERI SIPIL DI LINGKUNGAN PEMERINTAH KOTA TEBING TINGGI',
    ditetapkanDi: 'Tebing Tinggi',
    signatoryTitle: 'WALI KOTA TEBING TINGGI',
    signatoryName: '',
    paper: 'F4',
  },
  // Office practice; the brief asks for periodic evaluation without fixing the months.
  evaluation: { checkpointMonths: [3, 6, 12], respondentRows: 30, poorAdaptationAtMost: 2 },
});
