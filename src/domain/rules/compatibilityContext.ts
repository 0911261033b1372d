/**
 * Everything the pair rules read, precomputed once per plan into typed arrays, so that
 * testing millions of employee–position pairs allocates nothing.
 */
import type { InputTables, JenisJabatan, Nip, PositionCode } from '../model/types';
import type { Policy } from './policy';
import { buildTableIndex, type TableIndex } from '../model/tableIndex';
import { golonganIndex } from '../input/values/golongan';
import { normalizeKey } from '../model/normalize';
import { jenjangRank } from '../input/values/pendidikan';
import { JF_JENJANG, jabatanFungsionalOf, jenjangRankRange } from './jabatanFungsional';

/** A reviewed proposal (employee into position) as the review loop passes it in. */
export interface ReviewPair {
  readonly nip: Nip;
  readonly positionCode: PositionCode;
}

/** The order of Jenis Jabatan in `positionJenis` and `allowedJenis`. */
export const JENIS_ORDER: readonly JenisJabatan[] = ['JPT', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional'];
export const JENIS_JPT = 0;
export const JENIS_FUNGSIONAL = 4;
/** Marks an unknown Kelas Jabatan in `positionKelas`. */
export const NO_KELAS = -1_000_000;
const EMPTY_UNITS = new Int32Array(0);
const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };

export interface CompatibilityContext {
  readonly tables: InputTables;
  readonly policy: Policy;
  readonly index: TableIndex;
  readonly employeeRank: Int8Array;
  readonly employeeEducation: Int8Array;
  readonly employeeAvoided: readonly Int32Array[];
  readonly positionJenis: Uint8Array;
  readonly positionKelas: Int32Array;
  readonly positionRankMin: Int8Array;
  readonly positionRankMax: Int8Array;
  readonly positionEducationMin: Int8Array;
  /** A number per jabatan fungsional family (name without jenjang; a teacher's subject included); -1 for other posts. */
  readonly positionFamily: Int32Array;
  /** 1 for a teacher's post (Guru …). */
  readonly positionGuru: Uint8Array;
  /** Index into JF_JENJANG of a fungsional post's jenjang; -1 when other or unknown. */
  readonly positionJfJenjang: Int8Array;
  /** Golongan limits a fungsional post's jenjang gives where the sheet has none; -1 otherwise. */
  readonly positionJenjangRankMin: Int8Array;
  readonly positionJenjangRankMax: Int8Array;
  /** Eselon as level × 2 + sub-level (III.a = 6, III.b = 7, IV.a = 8); -1 without eselon. */
  readonly positionEselon: Int8Array;
  /** allowed[from * 5 + to] = 1 when the position-type matrix lets Jenis `from` move to `to`. */
  readonly allowedJenis: Uint8Array;
  /** Forbidden pairs (Tolak / Revisi) as `e * positionCount + p`. */
  readonly forbidden: ReadonlySet<number>;
}

/** `II.a` → 4, `III.b` → 7, `IV.a` → 8; -1 for no or an unreadable eselon. */
export function eselonCode(eselon: string | null): number {
  const match = eselon === null ? null : /^(I{1,3}|IV|V)\.([ab])$/.exec(eselon);
  if (!match) return -1;
  return (ROMAN[match[1] ?? ''] ?? 0) * 2 + (match[2] === 'b' ? 1 : 0);
}

/**
 * Precomputes everything the pair rules need. `forbidden` pairs come from the review loop
 * (Tolak and Revisi); pairs naming unknown employees or positions are ignored.
 */
export function compatibilityContext(
  tables: InputTables,
  policy: Policy,
  options: { readonly index?: TableIndex; readonly forbidden?: readonly ReviewPair[] } = {},
): CompatibilityContext {
  const index = options.index ?? buildTableIndex(tables);
  const nE = tables.employees.length;
  const nP = tables.positions.length;
  const employeeRank = new Int8Array(nE);
  const employeeEducation = new Int8Array(nE);
  const employeeAvoided: Int32Array[] = [];
  tables.employees.forEach((employee, e) => {
    employeeRank[e] = employee.golongan === null ? -1 : golonganIndex(employee.golongan);
    employeeEducation[e] = jenjangRank(employee.pendidikan);
    const ids = employee.unitDihindari.map((u) => index.unitIdByKey.get(normalizeKey(u)) ?? -1).filter((u) => u >= 0);
    employeeAvoided.push(ids.length === 0 ? EMPTY_UNITS : Int32Array.from(ids));
  });
  const positionJenis = new Uint8Array(nP);
  const positionKelas = new Int32Array(nP);
  const positionRankMin = new Int8Array(nP);
  const positionRankMax = new Int8Array(nP);
  const positionEducationMin = new Int8Array(nP);
  const positionFamily = new Int32Array(nP).fill(-1);
  const positionGuru = new Uint8Array(nP);
  const positionJfJenjang = new Int8Array(nP).fill(-1);
  const positionJenjangRankMin = new Int8Array(nP).fill(-1);
  const positionJenjangRankMax = new Int8Array(nP).fill(-1);
  const positionEselon = new Int8Array(nP);
  const families = new Map<string, number>();
  tables.positions.forEach((position, p) => {
    positionJenis[p] = JENIS_ORDER.indexOf(position.jenis);
    positionKelas[p] = position.kelas ?? NO_KELAS;
    positionRankMin[p] = position.golonganMin === null ? -1 : golonganIndex(position.golonganMin);
    positionRankMax[p] = position.golonganMax === null ? -1 : golonganIndex(position.golonganMax);
    positionEducationMin[p] = position.pendidikanMin === null ? -1 : jenjangRank(position.pendidikanMin);
    positionEselon[p] = eselonCode(position.eselon);
    if (position.jenis !== 'Fungsional') return;
    const jf = jabatanFungsionalOf(position.name);
    let family = families.get(jf.familyKey);
    if (family === undefined) {
      family = families.size;
      families.set(jf.familyKey, family);
    }
    positionFamily[p] = family;
    positionGuru[p] = jf.guru ? 1 : 0;
    if (jf.jenjang === null) return;
    positionJfJenjang[p] = JF_JENJANG.indexOf(jf.jenjang);
    const [min, max] = jenjangRankRange(jf.jenjang);
    if (position.golonganMin === null) positionJenjangRankMin[p] = min;
    if (position.golonganMax === null) positionJenjangRankMax[p] = max;
  });
  const allowedJenis = new Uint8Array(25);
  JENIS_ORDER.forEach((from, f) => {
    for (const to of policy.rules.positionType.allowed[from]) allowedJenis[f * 5 + JENIS_ORDER.indexOf(to)] = 1;
  });
  const forbidden = new Set<number>();
  for (const pair of options.forbidden ?? []) {
    const e = index.employeeByNip.get(pair.nip);
    const p = index.positionByCode.get(pair.positionCode);
    if (e !== undefined && p !== undefined) forbidden.add(e * nP + p);
  }
  return {
    tables,
    policy,
    index,
    employeeRank,
    employeeEducation,
    employeeAvoided,
    positionJenis,
    positionKelas,
    positionRankMin,
    positionRankMax,
    positionEducationMin,
    positionFamily,
    positionGuru,
    positionJfJenjang,
    positionJenjangRankMin,
    positionJenjangRankMax,
    positionEselon,
    allowedJenis,
    forbidden,
  };
}
