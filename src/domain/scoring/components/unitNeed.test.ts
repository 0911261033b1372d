import { fixtureContext, P } from '../../../../test/support/scoringFixture';
import { component } from '../../../../test/support/scoreComponent';
import { unitPressureOf } from '../unitPressure';

describe('unit need component', () => {
  const ctx = fixtureContext();
  it('rewards moving from a unit in surplus into one in shortage', () => {
    const c = component(ctx, 'unitNeed', 0, P.kesPerawat);
    expect([c.score, c.code]).toEqual([100, 'UNIT_NEED_INTO_SHORTAGE']);
    expect(c.params).toMatchObject({
      targetUnit: 'Dinas Kesehatan',
      targetGap: 5,
      targetNeed: 6,
      originUnit: 'Dinas Sosial',
      originGap: -1,
    });
  });
  it('penalises leaving a unit in shortage', () => {
    expect(component(ctx, 'unitNeed', 3, P.sosAdm)).toMatchObject({ score: 0, code: 'UNIT_NEED_LEAVES_SHORTAGE' });
  });
  it('discourages moving into a unit in surplus', () => {
    expect(component(ctx, 'unitNeed', 4, P.sosAdm)).toMatchObject({ score: 25, code: 'UNIT_NEED_INTO_SURPLUS' });
    expect(component(ctx, 'unitNeed', 4, P.bpkad)).toMatchObject({ score: 100, code: 'UNIT_NEED_INTO_SHORTAGE' });
  });
  it('is neutral within one unit', () => {
    expect(component(ctx, 'unitNeed', 0, P.sosPeksos)).toMatchObject({ score: 50, code: 'UNIT_NEED_SAME_UNIT' });
  });
  it('scales pressure with the gap relative to the need, capped', () => {
    expect(unitPressureOf(0, 10)).toBe(0);
    expect(unitPressureOf(2, 10)).toBe(20);
    expect(unitPressureOf(8, 10)).toBe(50);
    expect(unitPressureOf(-2, 10)).toBe(-10);
    expect(unitPressureOf(-20, 10)).toBe(-25);
    expect(unitPressureOf(-3, 0)).toBe(-25);
  });
});
