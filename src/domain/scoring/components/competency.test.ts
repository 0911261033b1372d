import { fixtureContext, fixtureEmployees, P } from '../../../../test/support/scoringFixture';
import { component } from '../../../../test/support/scoreComponent';

describe('competency component', () => {
  const ctx = fixtureContext();
  it('scores the share of required competencies the employee has, ignoring case and spacing', () => {
    const c = component(ctx, 'competency', 0, P.kesPerawat);
    expect([c.score, c.code]).toEqual([67, 'COMPETENCY_COVERAGE']);
    expect(c.params).toEqual({ matched: 2, required: 3, missing: 'Pelayanan Prima' });
  });
  it('scores 0 for none of them', () => {
    expect(component(ctx, 'competency', 1, P.kesPerawat).score).toBe(0);
  });
  it('is neutral when the position requires nothing', () => {
    const c = component(ctx, 'competency', 0, P.sosAdm);
    expect([c.score, c.code]).toEqual([50, 'COMPETENCY_NONE_REQUIRED']);
  });
  it('scores 100 for full coverage', () => {
    const [nurse, ...rest] = fixtureEmployees({ kompetensi: ['Asuhan Keperawatan', 'Komunikasi Efektif', 'Pelayanan Prima', 'Excel'] });
    const full = fixtureContext({ employees: nurse ? [nurse, ...rest] : rest });
    expect(component(full, 'competency', 0, P.kesPerawat).score).toBe(100);
  });
});
