import { DEFAULT_POLICY, type Policy } from '../rules/policy';
import { fixtureContext } from '../../../test/support/scoringFixture';
import { fitPercent, pairValue } from './fit';
import { moveScan } from './moveScan';

describe('moveScan', () => {
  it('equals pairValue and fitPercent for every move of the fixture, one by one and in a batch, employees in any order, with default and with all weights on', () => {
    const allOn: Policy = {
      ...DEFAULT_POLICY,
      scoring: { ...DEFAULT_POLICY.scoring, weights: { ...DEFAULT_POLICY.scoring.weights, unitNeed: 10, rotationDue: 10 } },
    };
    for (const context of [fixtureContext(), fixtureContext({ policy: allOn })]) {
      const scan = moveScan(context);
      const out = new Float64Array(2);
      let pairs = 0;
      // Backwards, so a previous employee's competencies must be cleared for the next one.
      const employees = context.tables.employees.map((_, e) => e).reverse();
      for (const e of employees) {
        scan.setEmployee(e);
        // The batch first, so the single-post calls below cannot have filled what it reads.
        const posts = Int32Array.from(context.tables.positions.keys()).filter((p) => p !== context.index.currentPosition[e]);
        const values = new Float64Array(posts.length);
        scan.valuesOf(posts, values);
        posts.forEach((p, k) => expect([values[k], scan.fitAt(k)]).toEqual([pairValue(context, e, p), fitPercent(context, e, p)]));
        context.tables.positions.forEach((_, p) => {
          if (p === context.index.currentPosition[e]) return;
          scan.valueAndFit(p, out);
          expect([out[0], out[1]]).toEqual([pairValue(context, e, p), fitPercent(context, e, p)]);
          expect([scan.value(p), scan.lastFit()]).toEqual([out[0], out[1]]);
          pairs++;
        });
      }
      expect(pairs).toBeGreaterThan(10);
    }
  });
});
