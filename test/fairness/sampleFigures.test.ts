/**
 * The group table on the 2,500-employee sample, recounted here from the input tables and
 * the proposals alone (readiness straight from the rules, groups from the raw fields), so
 * the fairness code is checked against an independent tally.
 */
import { isoFromDay } from '../../src/domain/model/dates';
import { fairnessReport, fisherExactTwoSided, type GroupRow, type MeasureId } from '../../src/domain/fairness';
import { fairnessSheet } from '../../src/domain/output/fairnessSheet';
import { DEFAULT_POLICY, readinessOf } from '../../src/domain/rules';
import type { Employee } from '../../src/domain/model/types';
import { DEMO_DATE, sampleRun } from './sampleRun';

const { tables, run } = sampleRun();
const report = fairnessReport(run);

function ageOn(birth: number, date: number): number {
  const [by, bm, bd] = isoFromDay(birth).split('-').map(Number) as [number, number, number];
  const [y, m, d] = isoFromDay(date).split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

describe('group parity on the sample, recounted independently', () => {
  const positionByCode = new Map(tables.positions.map((p) => [p.code as string, p]));
  const proposalByNip = new Map(run.plan.proposals.map((p) => [p.employee.nip as string, p]));
  const key = (s: string) => s.trim().toLowerCase();
  const facts = tables.employees.map((employee: Employee) => {
    const position = positionByCode.get(employee.positionCode);
    const proposal = proposalByNip.get(employee.nip);
    const ready = readinessOf(employee, position ?? null, DEFAULT_POLICY, DEMO_DATE).canMove;
    const wishes = employee.pilihan.filter((w) => w.trim() !== '').map(key);
    const kelasKnown = proposal !== undefined && proposal.from.kelas !== null && proposal.to.kelas !== null;
    const age = ageOn(employee.birthDate, DEMO_DATE);
    return {
      groups: {
        gender: employee.gender as string,
        ageBand: age < 30 ? 'ageUnder30' : age < 40 ? 'age30to39' : age < 50 ? 'age40to49' : 'age50plus',
        golonganGroup: employee.golongan === null ? 'noGolongan' : (employee.golongan.split('/')[0] ?? ''),
        originUnit: position?.unit ?? employee.unit,
        jenisJabatan: position?.jenis ?? 'unknown',
      } as Record<string, string>,
      base: {
        moveRate: ready,
        aspirationHonoured: ready && wishes.length > 0,
        kelasUp: kelasKnown,
        fitBetter: proposal !== undefined,
        movedUnwilling: ready && !employee.bersedia,
        kelasDown: kelasKnown,
      } as Record<MeasureId, boolean>,
      hit: {
        moveRate: proposal !== undefined,
        aspirationHonoured: proposal !== undefined && (wishes.includes(key(proposal.to.unit)) || wishes.includes(key(proposal.to.code))),
        kelasUp: kelasKnown && (proposal.to.kelas ?? 0) > (proposal.from.kelas ?? 0),
        fitBetter: proposal !== undefined && proposal.fitTo > proposal.fitFrom,
        movedUnwilling: proposal !== undefined,
        kelasDown: kelasKnown && (proposal.to.kelas ?? 0) < (proposal.from.kelas ?? 0),
      } as Record<MeasureId, boolean>,
    };
  });

  it('has the same groups, populations and outcome counts for every measure and built-in attribute', () => {
    const tally = new Map<string, { base: number; hits: number }>();
    for (const f of facts) {
      for (const measure of Object.keys(f.base) as MeasureId[]) {
        if (!f.base[measure]) continue;
        for (const [attribute, group] of Object.entries(f.groups)) {
          const id = `${measure}|${attribute}|${group}`;
          const t = tally.get(id) ?? { base: 0, hits: 0 };
          t.base++;
          if (f.hit[measure]) t.hits++;
          tally.set(id, t);
        }
      }
    }
    const ours = new Map(report.groups.map((row) => [`${row.measure}|${row.attribute.id}|${row.group.key}`, { base: row.base, hits: row.hits }]));
    expect(ours).toEqual(tally);
  });

  it('derives rate, four-fifths ratio, Fisher p and status from those counts', () => {
    const byPart = new Map<string, GroupRow[]>();
    for (const row of report.groups) byPart.set(`${row.measure}|${row.attribute.id}`, [...(byPart.get(`${row.measure}|${row.attribute.id}`) ?? []), row]);
    for (const [part, rows] of byPart) {
      const adverse = part.startsWith('movedUnwilling') || part.startsWith('kelasDown');
      const large = rows.filter((r) => r.base >= 5);
      const best = large.reduce((a, b) => ((adverse ? b.hits * a.base < a.hits * b.base : b.hits * a.base > a.hits * b.base) ? b : a));
      const ref = best.hits / best.base;
      const totalBase = rows.reduce((s, r) => s + r.base, 0);
      const totalHits = rows.reduce((s, r) => s + r.hits, 0);
      for (const row of rows) {
        const rate = row.hits / row.base;
        const ratio = adverse ? (rate > 0 ? ref / rate : 1) : ref > 0 ? rate / ref : 1;
        // Four fifths in whole numbers, so a ratio of exactly 0.8 is not lost to rounding.
        const fourFifths = adverse
          ? row.hits === 0 || 5 * best.hits * row.base >= 4 * row.hits * best.base
          : best.hits === 0 || 5 * row.hits * best.base >= 4 * best.hits * row.base;
        const p = fisherExactTwoSided(row.hits, row.base - row.hits, totalHits - row.hits, totalBase - row.base - (totalHits - row.hits));
        const status = fourFifths ? 'pass' : row.base >= 5 && p < 0.05 ? 'fail' : 'attention';
        expect({ part, group: row.group.key, rate: row.rate, ratio: row.ratio, p: row.p, status: row.status }).toEqual({ part, group: row.group.key, rate, ratio: expect.closeTo(ratio, 12), p: expect.closeTo(p, 14), status });
      }
    }
  });

  it('finds the demo plan sound: no rule violation, no demotion, and a list for every attention', () => {
    const status = Object.fromEntries(report.checks.map((c) => [c.code, c.status]));
    expect(status).toMatchObject({ RULE_RECHECK: 'pass', DEMOTIONS: 'pass', PARITY_KELAS_DOWN: 'pass' });
    expect(report.envy.length > 0).toBe(status['JUSTIFIED_ENVY'] === 'attention');
    expect(report.rotation.length > 0).toBe(status['ROTATION_FAIRNESS'] === 'attention');
    // Holders who stay and could have moved are compared too.
    expect(report.envy.some((c) => !c.holderMoved)).toBe(true);
  });

  it('lays the sheet out as checks, the transfer-rate table with the agreed columns, outcomes, then the lists', () => {
    const sheet = fairnessSheet(report, 'id', 'Kota Tebing Tinggi', 'Tanggal efektif: 1 Desember 2026');
    expect(sheet.name).toBe('Pemeriksaan Keadilan');
    expect(sheet.sections.map((s) => s.tableName)).toEqual([
      'KeadilanRingkasan', 'KeadilanTingkatMutasi', 'KeadilanHasil', 'KeadilanKecemburuan', 'KeadilanRotasi', 'KeadilanUnitKekurangan', 'KeadilanPenurunanKelas', 'KeadilanPelanggaran',
    ]);
    expect(sheet.sections[0]!.columns.map((c) => c.header)).toEqual(['No', 'Pemeriksaan', 'Status', 'Angka', 'Keterangan']);
    expect(sheet.sections[1]!.columns.map((c) => c.header)).toEqual(['Atribut', 'Kelompok', 'Jumlah Siap', 'Jumlah Dimutasi', 'Tingkat Mutasi', 'Rasio 4/5', 'p (Fisher)', 'Status']);
    expect(sheet.sections[1]!.rows.slice(0, 2).map((r) => r.slice(0, 2))).toEqual([['Jenis kelamin', 'L'], ['Jenis kelamin', 'P']]);
    expect(sheet.sections[3]!.rows).toHaveLength(report.envy.length);
    const statuses = new Set(sheet.sections[0]!.rows.map((r) => r[2]));
    expect([...statuses].every((s) => ['Lulus', 'Perhatian', 'Gagal'].includes(String(s)))).toBe(true);
  });

  it('is deterministic: the same plan gives the same report', () => {
    expect(fairnessReport(run)).toEqual(report);
  });
});
