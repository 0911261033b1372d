import { fixtureContext, fixtureEmployees, P } from '../../../../test/support/scoringFixture';
import { component } from '../../../../test/support/scoreComponent';

describe('aspiration component', () => {
  const ctx = fixtureContext();
  it('scores 100 / 70 / 40 for the first, second and third choice, by unit or position code', () => {
    const first = component(ctx, 'aspiration', 0, P.kesPerawat);
    expect([first.score, first.code]).toEqual([100, 'ASPIRATION_CHOICE']);
    expect(first.params).toMatchObject({ choice: 1, wish: 'Dinas Kesehatan' });
    expect(component(ctx, 'aspiration', 0, P.kesAdm).score).toBe(100);
    const third = component(ctx, 'aspiration', 0, P.kelurahan);
    expect([third.score, third.params.choice]).toEqual([40, 3]);
  });
  it('scores 0 for a post the employee did not ask for, or when no wish was given', () => {
    expect(component(ctx, 'aspiration', 0, P.bpkad)).toMatchObject({ score: 0, code: 'ASPIRATION_NOT_CHOSEN' });
    expect(component(ctx, 'aspiration', 1, P.bpkad)).toMatchObject({ score: 0, code: 'ASPIRATION_NONE_GIVEN' });
  });
  it('keeps the number of a choice when an earlier one is empty, and ignores case and punctuation', () => {
    const [nurse, ...rest] = fixtureEmployees({ pilihan: ['', 'DINAS KESEHATAN.'] });
    const c = component(fixtureContext({ employees: nurse ? [nurse, ...rest] : rest }), 'aspiration', 0, P.kesAdm);
    expect([c.score, c.params.choice]).toEqual([70, 2]);
  });
});
