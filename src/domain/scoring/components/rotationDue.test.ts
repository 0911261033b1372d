import { DEFAULT_POLICY } from '../../rules/policy';
import { fixtureContext, P } from '../../../../test/support/scoringFixture';
import { component } from '../../../../test/support/scoreComponent';

describe('rotation component', () => {
  const ctx = fixtureContext();
  it('scores 100 for moving an employee whose rotation is due', () => {
    const c = component(ctx, 'rotationDue', 0, P.kesPerawat);
    expect([c.score, c.code]).toEqual([100, 'ROTATION_DUE']);
    expect(c.params).toEqual({ years: 6, months: 4, limit: 5 });
  });
  it('grades shorter tenure up to 50', () => {
    expect(component(ctx, 'rotationDue', 1, P.kesAdm)).toMatchObject({ score: 30, code: 'ROTATION_TENURE' });
  });
  it('scores 0 for staying', () => {
    expect(component(ctx, 'rotationDue', 0, P.sosAdm)).toMatchObject({ score: 0, code: 'ROTATION_STAY' });
  });
  it('is switched off', () => {
    const policy = { ...DEFAULT_POLICY, rules: { ...DEFAULT_POLICY.rules, rotationDue: { enabled: false, years: 5 } } };
    expect(component(fixtureContext({ policy }), 'rotationDue', 0, P.kesPerawat)).toMatchObject({ score: 0, code: 'ROTATION_RULE_OFF' });
  });
});
