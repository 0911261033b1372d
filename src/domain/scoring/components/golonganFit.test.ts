import { fixtureContext, fixtureEmployees, P } from '../../../../test/support/scoringFixture';
import type { Golongan } from '../../model/types';
import { component } from '../../../../test/support/scoreComponent';

const withNurseRank = (golongan: Golongan | null) => {
  const [nurse, ...rest] = fixtureEmployees({ golongan });
  return fixtureContext({ employees: nurse ? [nurse, ...rest] : rest });
};

describe('golongan fit component', () => {
  it('scores the centre of the range highest and its edges lower', () => {
    const c = component(withNurseRank('III/b'), 'golonganFit', 0, P.kesPerawat);
    expect([c.score, c.code]).toEqual([87, 'GOLONGAN_IN_RANGE']);
    expect(c.params).toEqual({ golongan: 'III/b', min: 'III/a', max: 'III/d' });
    expect(component(withNurseRank('III/a'), 'golonganFit', 0, P.kesPerawat).score).toBe(60);
  });
  it('scores 0 outside the range', () => {
    const c = component(withNurseRank('II/c'), 'golonganFit', 0, P.kesPerawat);
    expect([c.score, c.code]).toEqual([0, 'GOLONGAN_OUTSIDE']);
  });
  it('prefers a rank near a lone minimum', () => {
    expect(component(withNurseRank('III/a'), 'golonganFit', 0, P.bpkad).score).toBe(100);
    expect(component(withNurseRank('III/c'), 'golonganFit', 0, P.bpkad).score).toBe(80);
    expect(component(withNurseRank('IV/e'), 'golonganFit', 0, P.bpkad).score).toBe(40);
  });
  it('is neutral without a range or without golongan ruang', () => {
    expect(component(withNurseRank('III/b'), 'golonganFit', 0, P.sosAdm).code).toBe('GOLONGAN_NO_RANGE');
    const none = component(withNurseRank(null), 'golonganFit', 0, P.kesPerawat);
    expect([none.score, none.code]).toEqual([50, 'GOLONGAN_NONE']);
  });
});
