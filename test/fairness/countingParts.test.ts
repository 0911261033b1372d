/**
 * The fairness checks' counting against the straightforward computations it replaces: the
 * group tallies on integer indexes against maps keyed by text, and rotation fairness's peer
 * counts against a filter of every pool.
 */
import { JOB_COMPONENTS, jobFit, rotationFairness } from '../../src/domain/fairness';
import { fitComponents } from '../../src/domain/scoring';
import type { EmployeeOutcome } from '../../src/domain/fairness';
import type { GroupAttribute } from '../../src/domain/fairness/groupAttributes';
import { groupIndex, partIndex, tallyParts } from '../../src/domain/fairness/groupTallies';
import { seededRandom as random } from '../support/solver/randomInstance';
import { STRATA } from '../../src/domain/fairness/types';
import { sampleRun } from './sampleRun';

describe('group tallies', () => {
  it('count like maps keyed by comparison and group, in the order of first members', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const next = random(seed);
      const n = 50 + Math.floor(next() * 300);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
      const outcomes = Array.from(
        { length: n },
        () => ({ stratum: pick(STRATA), postType: pick(['JPT', 'Fungsional', null, '']) }) as EmployeeOutcome,
      );
      const attribute = {
        ref: { id: 'x', extra: true },
        groupOf: Array.from({ length: n }, () => ({ key: pick(['a', 'b', 'c', 'd']), translate: next() < 0.3 })),
        order: (group) => group.key,
      } satisfies GroupAttribute;
      const inBase = Uint8Array.from({ length: n }, () => (next() < 0.7 ? 1 : 0));
      const hit = Uint8Array.from(inBase, (b) => (b === 1 && next() < 0.4 ? 1 : 0));
      for (const byPostType of [false, true]) {
        const expected = new Map<
          string,
          {
            stratum: string;
            postType: string | null;
            tallies: Map<string, { key: string; translate: boolean; base: number; hits: number }>;
          }
        >();
        outcomes.forEach((o, e) => {
          if (inBase[e] === 0) return;
          const partKey = `${o.stratum}|${byPostType ? (o.postType ?? '') : ''}`;
          let part = expected.get(partKey);
          if (part === undefined) {
            part = { stratum: o.stratum, postType: byPostType ? (o.postType ?? '') : null, tallies: new Map() };
            expected.set(partKey, part);
          }
          const group = attribute.groupOf[e]!;
          const id = `${group.translate}:${group.key}`;
          const tally = part.tallies.get(id) ?? { ...group, base: 0, hits: 0 };
          part.tallies.set(id, tally);
          tally.base++;
          tally.hits += hit[e]!;
        });
        const parts = tallyParts(inBase, hit, groupIndex(attribute), partIndex(outcomes, byPostType));
        expect(
          parts.map((p) => ({
            stratum: p.stratum,
            postType: p.postType,
            tallies: p.tallies.map((t) => ({ ...t.group, base: t.base, hits: t.hits })),
          })),
        ).toEqual([...expected.values()].map((p) => ({ ...p, tallies: [...p.tallies.values()] })));
      }
    }
  });
});

describe('rotation fairness', () => {
  it('counts the shorter-tenured movers of each pool and names the shortest, as a filter of the pool would', () => {
    const { run } = sampleRun(800, 3);
    const { scoring, finalIndex, graph } = run;
    const months = (e: number) => scoring.readiness[e]!.monthsInPost;
    const moved = (e: number) => finalIndex[e] !== scoring.index.currentPosition[e];
    const jenis = (e: number) => scoring.tables.positions[scoring.index.currentPosition[e]!]?.jenis ?? '';
    const pool = (e: number) => `${scoring.index.employeeUnit[e]}|${jenis(e)}`;
    const movers = Array.from(graph.rowEmployee).filter(moved);
    const cases = rotationFairness(run);
    for (const c of cases) {
      const e = scoring.index.employeeByNip.get(c.employee.nip)!;
      const peers = movers.filter((m) => pool(m) === pool(e) && months(m) < months(e));
      const shortest = peers.reduce((best, m) => (months(m) < months(best) ? m : best));
      expect([c.shorterPeersMoved, c.peer.nip]).toEqual([peers.length, scoring.tables.employees[shortest]!.nip]);
    }
    const expectedCount = Array.from(graph.rowEmployee).filter(
      (e) => scoring.readiness[e]!.rotationDue && !moved(e) && movers.some((m) => pool(m) === pool(e) && months(m) < months(e)),
    ).length;
    expect(cases.length).toBe(expectedCount);
    expect(cases.length).toBeGreaterThan(0);
  });
});

describe('job fit', () => {
  it('is the weighted mean of the job components, rounded', () => {
    const { scoring } = sampleRun(800, 3).run;
    const next = random(11);
    for (let n = 0; n < 300; n++) {
      const e = Math.floor(next() * scoring.tables.employees.length);
      const p = Math.floor(next() * scoring.tables.positions.length);
      const job = fitComponents(scoring, e, p).filter((c) => JOB_COMPONENTS.includes(c.name));
      const weights = job.reduce((sum, c) => sum + c.weight, 0);
      expect(jobFit(scoring, e, p)).toBe(weights > 0 ? Math.round(job.reduce((sum, c) => sum + c.weighted, 0) / weights) : 0);
    }
  });
});
