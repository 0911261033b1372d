import { buildPlan } from '../../src/domain/plan/buildPlan';
import { DEFAULT_POLICY } from '../../src/domain/rules';
import { readInput } from '../../src/domain/input/readInput';
import { generateSample } from '../../src/sample/generateSample';
import { PLANTED } from '../../src/sample/planted';
import { day, makeEmployee, makePosition, makeTables, makeUnit } from '../support/factories';
import type { WorkbookValues } from '../../src/domain/model/cell';

const DATE = day('2026-12-01');

describe('buildPlan', () => {
  it('forms a chain: a vacated post is refilled, and the mover into it names whom they replace', () => {
    // Siti (nursing, in Dinas Sosial) wants the nurse post, held by Budi; Budi (civil
    // engineering) wants the vacant PUPR post. Both moves happen, and Siti fills Budi's post.
    // Dinas Sosial's workload needs nobody (ABK 0), so Siti may leave it.
    const tables = makeTables({
      units: [makeUnit({ name: 'Dinas Sosial', kebutuhanAbk: 0 }), makeUnit({ name: 'Dinas Kesehatan' }), makeUnit({ name: 'Dinas PUPR' })],
      positions: [
        makePosition({ code: 'SOS-1', name: 'Pengelola Layanan Sosial', unit: 'Dinas Sosial', formasi: 1 }),
        makePosition({ code: 'KES-1', name: 'Perawat', unit: 'Dinas Kesehatan', formasi: 1, bidangPendidikan: ['Keperawatan'] }),
        makePosition({ code: 'PU-1', name: 'Pengawas Bangunan', unit: 'Dinas PUPR', formasi: 1, bidangPendidikan: ['Teknik Sipil'] }),
      ],
      employees: [
        makeEmployee({
          nama: 'Siti',
          jurusan: 'Keperawatan',
          unit: 'Dinas Sosial',
          positionCode: 'SOS-1',
          pilihan: ['KES-1'],
          tmtJabatan: day('2019-01-01'),
        }),
        makeEmployee({
          nama: 'Budi',
          jurusan: 'Teknik Sipil',
          unit: 'Dinas Kesehatan',
          positionCode: 'KES-1',
          pilihan: ['Dinas PUPR'],
          tmtJabatan: day('2019-01-01'),
        }),
      ],
    });
    const run = buildPlan({ tables, policy: DEFAULT_POLICY, effectiveDate: DATE })!;
    const byName = new Map(run.plan.proposals.map((p) => [p.employee.nama, p]));
    expect(byName.get('Budi')?.to.code).toBe('PU-1');
    expect(byName.get('Siti')?.to.code).toBe('KES-1');
    expect(byName.get('Siti')?.fillsPostOf?.nama).toBe('Budi');
    expect(byName.get('Budi')?.fillsPostOf).toBeNull();
    expect(run.plan.optimal).toBe(true);
    expect(run.check.violations).toEqual([]);
  });

  it('keeps everyone in place when nobody may move (a CPNS on probation)', () => {
    const tables = makeTables({
      positions: [makePosition({ code: 'A', formasi: 1 }), makePosition({ code: 'B', formasi: 2 })],
      employees: [makeEmployee({ status: 'CPNS', positionCode: 'A', pilihan: ['B'] })],
    });
    const run = buildPlan({ tables, policy: DEFAULT_POLICY, effectiveDate: DATE })!;
    expect(run.plan.proposals).toEqual([]);
    expect(run.plan.stays[0]?.reasons.map((r) => r.code)).toContain('STATUS_NOT_MOVABLE');
  });

  describe('on the Kota Tebing Tinggi sample', () => {
    const sheets = generateSample({ employees: 1500, seed: 3 }).sheets;
    const values: WorkbookValues = {
      date1904: false,
      sheets: sheets.map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows] })),
    };
    const tables = readInput(values).tables!;
    const run = buildPlan({ tables, policy: DEFAULT_POLICY, effectiveDate: DATE })!;

    it('never fills a position beyond its Formasi by a move, and breaks no rule', () => {
      const holders = new Map<string, number>();
      run.plan.finalPosition.forEach((p) => holders.set(p.code, (holders.get(p.code) ?? 0) + 1));
      expect(run.plan.proposals.length).toBeGreaterThan(0);
      for (const proposal of run.plan.proposals) expect(holders.get(proposal.to.code)).toBeLessThanOrEqual(proposal.to.formasi);
      expect(run.check.violations).toEqual([]);
      expect(run.plan.optimal && run.plan.certificateOk).toBe(true);
    });

    it('moves the nursing graduate to Dinas Kesehatan and gives Disdukcapil, whose demand grows, more staff', () => {
      const nurse = run.plan.proposals.find((p) => p.employee.nip === PLANTED.nursingGraduate.nip);
      expect(nurse?.to.unit).toBe(PLANTED.nursingGraduate.targetUnit);
      const disdukcapil = run.needsAfter.units.find((u) => u.unit === PLANTED.disdukcapil.unit)!;
      expect(disdukcapil.growthPercent).toBe(PLANTED.disdukcapil.growthPercent);
      expect(disdukcapil.need).toBeGreaterThan(disdukcapil.baseNeed);
      expect(disdukcapil.after!.incoming).toBeGreaterThan(disdukcapil.after!.outgoing);
      expect(disdukcapil.after!.staff).toBeGreaterThan(disdukcapil.staff);
    });

    it('gives the same plan for the same input', () => {
      const again = buildPlan({ tables, policy: DEFAULT_POLICY, effectiveDate: DATE })!;
      expect(again.plan.proposals.map((p) => `${p.id} ${p.employee.nip} ${p.to.code}`)).toEqual(
        run.plan.proposals.map((p) => `${p.id} ${p.employee.nip} ${p.to.code}`),
      );
      expect(again.plan.objective).toBe(run.plan.objective);
    });
  });
});
