import { justifyPlan, mainReason, moveReasons, reasonsText, runnerUpText, chainText } from '../../src/domain/explain';
import { PLANTED } from '../../src/sample';
import { DEFAULT_POLICY } from '../../src/domain/rules';
import { buildScoringContext } from '../../src/domain/scoring';
import { day, makeEmployee, makePosition, makeTables } from '../support/factories';
import { DATE, planOf } from '../fairness/smallCity';
import { sampleRun } from '../fairness/sampleRun';
import { loyalCity, NIP, runnerUpCity } from './explainCity';

describe('justifications in a small city', () => {
  const run = planOf(runnerUpCity());
  const { items, marginsUnavailable } = justifyPlan(run);
  const of = (nip: string) => items.find((j) => j.proposal.employee.nip === nip)!;

  it('justifies every proposal, in proposal order', () => {
    expect(items.map((j) => j.proposal.id)).toEqual(run.plan.proposals.map((p) => p.id));
    expect(marginsUnavailable).toBeNull();
  });

  it('names the reasons with their numbers, strongest first: the unit short of staff, field, own choice, rotation', () => {
    const nurse = of(NIP.nurse);
    // Unit need and rotation are valued by the plan (per unit, per move), not by the pair's weights.
    const staffing = DEFAULT_POLICY.scoring.staffing.base + DEFAULT_POLICY.scoring.staffing.shortageExtra;
    expect(nurse.forMove.map((r) => [r.key, r.score, r.stayScore, r.gain])).toEqual([
      ['unitNeed', 100, 50, staffing],
      ['educationField', 100, 40, 25 * 60],
      ['aspiration', 100, 0, 15 * 100],
      ['rotationDue', 100, 0, DEFAULT_POLICY.scoring.rotationMove],
      ['competency', 100, 50, 15 * 50],
    ]);
    expect(nurse.proposal.purposes).toEqual(['UNIT_NEED', 'COMPETENCE', 'ASPIRATION', 'ROTATION']);
    expect(nurse.forMove.find((r) => r.key === 'aspiration')).toMatchObject({
      code: 'ASPIRATION_CHOICE',
      params: { choice: 1, wish: 'Dinas Kesehatan' },
    });
    const text = reasonsText(nurse, 'id');
    expect(text.split('\n')).toHaveLength(6);
    expect(text).toContain(
      '• Kesesuaian bidang pendidikan: Jurusan Keperawatan termasuk bidang pendidikan yang diterima jabatan (Keperawatan) — skor 100 (jabatan asal 40), +1500 nilai',
    );
    expect(text).toContain('Dinas Kesehatan kekurangan 1 pegawai dari kebutuhan 1');
    expect(text).toContain('Nilai usulan 5850 dibanding tetap 3300');
  });

  it('gives the chain both ways: a vacancy filled, and who takes the post left behind', () => {
    expect(chainText(of(NIP.nurse), 'id')).toBe('Mengisi formasi yang lowong\nJabatan asalnya diisi oleh Sari (NIP 198601012011011001)');
    expect(chainText(of(NIP.filler), 'en')).toBe(
      'Fills the post left by Rina (NIP 198801012012012001)\nThe current post is not filled in this plan',
    );
  });

  it('names the runner-up for the post, why they scored lower, and what placing them there would cost', () => {
    const nurse = of(NIP.nurse);
    expect(nurse.runnerUp).toMatchObject({ employee: { nip: NIP.clerk }, value: 1600, moved: false });
    expect(nurse.runnerUp!.lower.map((g) => [g.key, g.otherScore, g.chosenScore])).toEqual([
      ['competency', 0, 100],
      ['aspiration', 0, 100],
      ['educationField', 50, 100],
    ]);
    expect(nurse.runnerUp!.placementCost).toBeGreaterThan(0);
    expect(runnerUpText(nurse, 'id')).toBe(
      'Budi (NIP 198001012005011001), nilai 1600 dibanding 5850; lebih rendah pada: Kompetensi 0 vs 100; Aspirasi pegawai 0 vs 100; Kesesuaian bidang pendidikan 50 vs 100\n' +
        `Menempatkannya di sini menurunkan nilai total rencana sebesar ${nurse.runnerUp!.placementCost}.`,
    );
  });

  it("sums Alasan Utama from the reasons that carry the move's purposes, in their order", () => {
    expect(mainReason(of(NIP.nurse), 'en')).toBe(
      'Dinas Kesehatan is short of 1 staff against a need of 1 (basis of need: Sum of formation); ' +
        "Field Keperawatan is among the position's accepted fields (Keperawatan); The employee's choice no. 1 (Dinas Kesehatan)",
    );
  });
});

describe('moveReasons', () => {
  it('names an honoured choice even when staying was the same choice (own unit)', () => {
    const run = planOf(loyalCity());
    const [j] = justifyPlan(run).items;
    expect(j?.proposal.to.code).toBe('SOS-2');
    const aspiration = j?.forMove.find((r) => r.key === 'aspiration');
    expect(aspiration).toMatchObject({ score: 100, stayScore: 100, gain: 0 });
    expect(mainReason(j!, 'id')).toContain('Pilihan ke-1 pegawai (Dinas Sosial)');
    expect(runnerUpText(j!, 'id')).toBe('Tidak ada kandidat lain yang memenuhi syarat untuk jabatan ini');
  });

  it('puts weaker components against the move, largest loss first', () => {
    // A nurse due for rotation, asked out of a nursing post into a general one.
    const tables = makeTables({
      positions: [
        makePosition({ code: 'KES-1', unit: 'Dinas Kesehatan', bidangPendidikan: ['Keperawatan'], kompetensi: ['Asuhan Keperawatan'] }),
        makePosition({ code: 'SOS-1', unit: 'Dinas Sosial', kompetensi: ['Analisis Kebijakan'] }),
      ],
      employees: [
        makeEmployee({
          jurusan: 'Keperawatan',
          kompetensi: ['Asuhan Keperawatan'],
          positionCode: 'KES-1',
          unit: 'Dinas Kesehatan',
          tmtJabatan: day('2019-01-01'),
        }),
      ],
    });
    const { forMove, against } = moveReasons(buildScoringContext(tables, DEFAULT_POLICY, DATE), 0, 1);
    expect(forMove.map((r) => r.key)).toEqual(['unitNeed', 'rotationDue']);
    expect(against.map((r) => [r.key, r.score, r.stayScore, r.gain])).toEqual([
      ['educationField', 40, 100, -1500],
      ['competency', 0, 100, -1500],
    ]);
  });
});

describe('the brief’s nursing graduate on the sample', () => {
  const { run } = sampleRun();
  const { items } = justifyPlan(run);
  const nurse = items.find((j) => j.proposal.employee.nip === PLANTED.nursingGraduate.nip);

  it('moves to Dinas Kesehatan, justified by her field of education and her own first choice', () => {
    expect(nurse?.proposal.to.unit).toBe(PLANTED.nursingGraduate.targetUnit);
    const keys = nurse!.forMove.map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['educationField', 'aspiration', 'rotationDue']));
    const field = nurse!.forMove.find((r) => r.key === 'educationField')!;
    expect(field.params).toMatchObject({ jurusan: 'Keperawatan' });
    expect(field.score).toBeGreaterThan(field.stayScore);
    const text = reasonsText(nurse!, 'id');
    expect(text).toMatch(/Jurusan Keperawatan/);
    expect(text).toMatch(/Pilihan ke-1 pegawai \(Dinas Kesehatan\)/);
    const line = mainReason(nurse!, 'id');
    expect(line).toMatch(/Keperawatan/);
    expect(line).toMatch(/Pilihan ke-1 pegawai/);
  });

  it('has a runner-up who scored lower and an exact, positive margin', () => {
    expect(nurse?.runnerUp).not.toBeNull();
    expect(nurse!.runnerUp!.value).toBeLessThan(nurse!.proposal.moveValue);
    expect(nurse!.runnerUp!.lower.length).toBeGreaterThan(0);
    expect(runnerUpText(nurse!, 'en')).toMatch(/lower on: /);
    expect(nurse!.margin).toBeGreaterThan(0);
    expect(nurse!.stayMargin).toBeGreaterThanOrEqual(nurse!.margin!);
  });

  it('gives every proposal at least one reason or a chain, and is deterministic', () => {
    for (const j of items) expect(j.forMove.length > 0 || j.filledBy !== null).toBe(true);
    const again = justifyPlan(run).items.map((j) => [
      reasonsText(j, 'id'),
      chainText(j, 'id'),
      runnerUpText(j, 'id'),
      j.margin,
      j.stayMargin,
    ]);
    expect(again).toEqual(items.map((j) => [reasonsText(j, 'id'), chainText(j, 'id'), runnerUpText(j, 'id'), j.margin, j.stayMargin]));
  });
});
