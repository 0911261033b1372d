import { makeUnit } from '../../../test/support/factories';
import { ceilClean, unitNeedFigure } from './unitNeedFigure';

describe('unitNeedFigure', () => {
  it('takes the ABK figure first', () => {
    expect(unitNeedFigure(makeUnit({ kebutuhanAbk: 20, bebanKerjaJam: 50_000 }), 12, 1250)).toEqual({
      source: 'abk',
      baseNeed: 20,
      growthPercent: 0,
      need: 20,
    });
  });
  it('else divides workload hours by the effective hours of one employee, rounding up (PermenPANRB 1/2020)', () => {
    expect(unitNeedFigure(makeUnit({ bebanKerjaJam: 25_000 }), 12, 1250)).toMatchObject({ source: 'workload', baseNeed: 20 });
    expect(unitNeedFigure(makeUnit({ bebanKerjaJam: 25_001 }), 12, 1250)).toMatchObject({ source: 'workload', baseNeed: 21 });
    expect(unitNeedFigure(makeUnit({ bebanKerjaJam: 24_000 }), 12, 1200)).toMatchObject({ baseNeed: 20 });
  });
  it('else sums the Formasi of its positions, also for a unit only named in positions', () => {
    expect(unitNeedFigure(makeUnit(), 12, 1250)).toEqual({ source: 'formasi', baseNeed: 12, growthPercent: 0, need: 12 });
    expect(unitNeedFigure(null, 7, 1250)).toEqual({ source: 'formasi', baseNeed: 7, growthPercent: 0, need: 7 });
  });
  it('applies demand growth and rounds up', () => {
    expect(unitNeedFigure(makeUnit({ kebutuhanAbk: 20, pertumbuhanPersen: 10 }), 0, 1250).need).toBe(22);
    expect(unitNeedFigure(makeUnit({ kebutuhanAbk: 20, pertumbuhanPersen: 2.5 }), 0, 1250).need).toBe(21);
    expect(unitNeedFigure(makeUnit({ pertumbuhanPersen: 4 }), 10, 1250)).toMatchObject({ source: 'formasi', growthPercent: 4, need: 11 });
    expect(unitNeedFigure(makeUnit({ kebutuhanAbk: 20, pertumbuhanPersen: -10 }), 0, 1250).need).toBe(18);
  });
  it('does not round floating-point dust up (20 × 1.05 is 21, not 22)', () => {
    expect(unitNeedFigure(makeUnit({ kebutuhanAbk: 20, pertumbuhanPersen: 5 }), 0, 1250).need).toBe(21);
    expect(ceilClean(0.1 * 3 * 10)).toBe(3);
  });
});
