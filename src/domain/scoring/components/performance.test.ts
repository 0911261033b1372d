import { DEFAULT_POLICY } from '../../rules/policy';
import { fixtureContext, fixtureEmployees, P } from '../../../../test/support/scoringFixture';
import { nineBoxOf } from './performance';
import { component } from '../../../../test/support/scoreComponent';

describe('performance component', () => {
  const ctx = fixtureContext();
  it('reads the predikat at half strength for ordinary posts', () => {
    const c = component(ctx, 'performance', 0, P.sosAdm);
    expect([c.score, c.code]).toEqual([75, 'PERFORMANCE_PREDIKAT']);
    expect(component(ctx, 'performance', 1, P.sosAdm).score).toBe(65); // Baik
  });
  it('reads the 9-box of predikat × potential for Administrator, JPT and high-class posts', () => {
    const c = component(ctx, 'performance', 0, P.kabid);
    expect([c.score, c.code]).toEqual([100, 'PERFORMANCE_NINE_BOX']);
    expect(c.params).toEqual({ predikat: 'Sangat Baik', potensi: 'Tinggi', box: 9 });
  });
  it('reads the predikat in full at a demanding post when potential is unknown', () => {
    const c = component(ctx, 'performance', 1, P.kabid);
    expect([c.score, c.code]).toEqual([80, 'PERFORMANCE_PREDIKAT_DEMANDING']);
  });
  it('follows the configured class threshold', () => {
    const policy = { ...DEFAULT_POLICY, scoring: { ...DEFAULT_POLICY.scoring, nineBoxMinKelas: 7 } };
    expect(component(fixtureContext({ policy }), 'performance', 0, P.sosAdm).code).toBe('PERFORMANCE_NINE_BOX');
  });
  it('is neutral without a predikat', () => {
    const c = component(ctx, 'performance', 3, P.kabid);
    expect([c.score, c.code]).toEqual([50, 'PERFORMANCE_UNKNOWN']);
  });
  it('lets weak performers score below the neutral line at demanding posts', () => {
    const [nurse, ...rest] = fixtureEmployees({ predikat: 'Kurang', potensi: 'Rendah' });
    const weak = fixtureContext({ employees: nurse ? [nurse, ...rest] : rest });
    expect(component(weak, 'performance', 0, P.kabid).score).toBe(10);
    expect(component(weak, 'performance', 0, P.sosAdm).score).toBe(40);
  });
  it('numbers the 9-box from 1 (below expectation, low potential) to 9', () => {
    expect(nineBoxOf('Sangat Kurang', 'Rendah')).toBe(1);
    expect(nineBoxOf('Baik', 'Menengah')).toBe(5);
    expect(nineBoxOf('Baik', 'Tinggi')).toBe(8);
    expect(nineBoxOf('Sangat Baik', 'Tinggi')).toBe(9);
  });
});
