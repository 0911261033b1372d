import { day, makeEmployee, makePosition, makeTables, makeUnit, seededPick } from '../../../test/support/factories';
import { GOLONGAN, asPositionCode, type InputTables } from '../model/types';
import { compatibilityContext, isPairAllowed, type ReviewPair } from '../rules';
import { DEFAULT_POLICY, type Policy } from '../rules/policy';
import { buildScoringContext, pairValue, stayValue, type ScoringContext } from '../scoring';
import { aspirationChoice } from '../scoring/components/aspiration';
import { candidateGraph } from './candidateGraph';
import { hasPurpose, purposeBits, purposeContext, type PurposeContext } from './purpose';

const UNITS = ['Dinas Sosial', 'Dinas Kesehatan', 'Dinas Pendidikan', 'Kelurahan Bandar'];
const FIELDS = ['S1 Keperawatan', 'S1 Akuntansi', 'S1 Pendidikan Matematika', 'S1 Hukum', 'SMA'];
const SKILLS = ['Asuhan Keperawatan', 'Pelayanan Prima', 'Akuntansi Pemerintahan', 'Komunikasi Efektif'];

/** Random tables where every rule, purpose and aspiration path is taken somewhere. */
function randomTables(seed: number): { tables: InputTables; forbidden: ReviewPair[] } {
  const pick = seededPick(seed);
  const some = <T>(values: readonly T[]): T[] => values.filter(() => pick(3) === 0);
  const positions = Array.from({ length: 24 }, (_, p) =>
    makePosition({
      code: `P${String(p).padStart(2, '0')}`,
      unit: UNITS[pick(UNITS.length)]!,
      jenis: pick(6) === 0 ? 'Fungsional' : 'Pelaksana',
      name: ['Analis', 'Perawat Ahli Muda', 'Pengadministrasi Umum'][pick(3)]!,
      kelas: 6 + pick(3),
      formasi: 1 + pick(3),
      golonganMin: pick(3) === 0 ? GOLONGAN[8 + pick(3)]! : null,
      bidangPendidikan: some(FIELDS),
      kompetensi: some(SKILLS),
      prioritas: pick(5) === 0 ? 'Segera' : 'Normal',
    }),
  );
  const employees = Array.from({ length: 30 }, (_, e) =>
    makeEmployee({
      nip: String(199000000000000000 + ((e * 7919) % 1000)),
      positionCode: positions[pick(positions.length)]!.code,
      golongan: GOLONGAN[6 + pick(8)]!,
      jurusan: FIELDS[pick(FIELDS.length)]!,
      kompetensi: some(SKILLS),
      tmtJabatan: day(`${2015 + pick(9)}-01-01`),
      predikat: (['Sangat Baik', 'Baik', 'Kurang'] as const)[pick(3)]!,
      pilihan: pick(2) === 0 ? [UNITS[pick(UNITS.length)]!, `P${String(pick(24)).padStart(2, '0')}`] : [],
      unitDihindari: pick(6) === 0 ? [UNITS[pick(UNITS.length)]!] : [],
      bersedia: pick(8) !== 0,
    }),
  );
  const forbidden = Array.from({ length: 8 }, () => ({
    nip: employees[pick(employees.length)]!.nip,
    positionCode: asPositionCode(positions[pick(positions.length)]!.code),
  }));
  return { tables: makeTables({ employees, positions, units: UNITS.map((name) => makeUnit({ name })) }), forbidden };
}

/** The graph's move edges of each employee worked out pair by pair: the best `k` with a purpose, and every aspiration. */
function expectedMoves(scoring: ScoringContext, purposes: PurposeContext, forbidden: ReviewPair[], k: number) {
  const { tables, index, policy } = scoring;
  const compat = compatibilityContext(tables, policy, { index, forbidden });
  const codeOrder = tables.positions.map((_, p) => p).sort((a, b) => (tables.positions[a]!.code < tables.positions[b]!.code ? -1 : 1));
  const column = new Map(codeOrder.map((p, c) => [p, c]));
  let considered = 0;
  const moves = tables.employees.map((_, e) => {
    if (!scoring.readiness[e]!.canMove) return [];
    const current = index.currentPosition[e]!;
    const open = (p: number) => p !== current && (index.holders[p] ?? 0) <= tables.positions[p]!.formasi && isPairAllowed(compat, e, p);
    const candidates = tables.positions.map((_, p) => p).filter(open);
    considered += candidates.length;
    const best = candidates
      .filter((p) => purposeBits(purposes, e, p) !== 0)
      .sort((a, b) => pairValue(scoring, e, b) - pairValue(scoring, e, a) || column.get(a)! - column.get(b)!)
      .slice(0, k);
    const asked = candidates.filter((p) => aspirationChoice(scoring, e, p) >= 0);
    return [...new Set([...best, ...asked])].sort((a, b) => column.get(a)! - column.get(b)!);
  });
  return { moves, considered, column };
}

describe('candidateGraph', () => {
  it('holds the edges a pair-by-pair selection gives, on random tables', () => {
    const policy: Policy = {
      ...DEFAULT_POLICY,
      scoring: { ...DEFAULT_POLICY.scoring, weights: { ...DEFAULT_POLICY.scoring.weights, unitNeed: 5 } },
    };
    for (let seed = 1; seed <= 12; seed++) {
      const { tables, forbidden } = randomTables(seed);
      const scoring = buildScoringContext(tables, policy, day('2025-07-01'));
      const purposes = purposeContext(scoring);
      const compat = compatibilityContext(tables, policy, { index: scoring.index, forbidden });
      const k = 1 + (seed % 4);
      const graph = candidateGraph(scoring, compat, purposes, { maxCandidates: k, freezeAll: false });
      const { moves, considered, column } = expectedMoves(scoring, purposes, forbidden, k);
      expect(graph.consideredPairs).toBe(considered);
      const { rotationMove, urgentVacancy } = policy.scoring;
      const segera = (p: number) => (tables.positions[p]?.prioritas === 'Segera' ? 1 : 0);
      const expected: string[] = [];
      Array.from(graph.rowEmployee).forEach((e, r) => {
        const current = scoring.index.currentPosition[e]!;
        expected.push(`${r} ${column.get(current)} ${stayValue(scoring, e)} 0`);
        for (const p of moves[e]!) {
          const bits = purposeBits(purposes, e, p);
          const weight =
            pairValue(scoring, e, p) + (hasPurpose(bits, 'ROTATION') ? rotationMove : 0) + urgentVacancy * (segera(p) - segera(current));
          expected.push(`${r} ${column.get(p)} ${weight} ${bits}`);
        }
      });
      const actual = Array.from(graph.edgeRow, (r, i) => `${r} ${graph.edgeCol[i]} ${graph.edgeWeight[i]} ${graph.edgePurpose[i]}`);
      expect(actual).toEqual(expected);
      expect(actual.length).toBeGreaterThan(tables.employees.length);
    }
  });
});
