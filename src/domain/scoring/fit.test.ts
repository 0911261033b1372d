import { COMPONENTS, DEFAULT_POLICY, LIMITS, type Policy } from '../rules/policy';
import { makeEmployee, makePosition, makeTables, makeUnit } from '../../../test/support/factories';
import { renderBoth } from '../../../test/support/renderCheck';
import { FIXTURE_DATE, fixtureContext, fixtureEmployees, P } from '../../../test/support/scoringFixture';
import { fitComponents, fitPercent, moveValueAndFit, pairValue, SCORING_CODES, stayValue, valueBreakdown } from './fit';
import { buildScoringContext } from './scoringContext';

const ctx = fixtureContext();

describe('fitComponents', () => {
  it('gives every component in order, integer 0-100, weighted by the policy', () => {
    const components = fitComponents(ctx, 0, P.kesPerawat);
    expect(components.map((c) => c.name)).toEqual([...COMPONENTS]);
    for (const c of components) {
      expect(Number.isInteger(c.score) && c.score >= 0 && c.score <= 100).toBe(true);
      expect(c.weighted).toBe(c.score * DEFAULT_POLICY.scoring.weights[c.name]);
      expect(() => renderBoth('scoring', c.code, c.params)).not.toThrow();
    }
  });
});

describe('pairValue and stayValue', () => {
  it('prefers moving the brief’s nurse from Dinas Sosial to a nursing post in Dinas Kesehatan', () => {
    const stay = stayValue(ctx, 0);
    const toHealth = pairValue(ctx, 0, P.kesPerawat);
    expect(toHealth).toBeGreaterThan(stay + 2000);
    expect(toHealth).toBeGreaterThan(pairValue(ctx, 0, P.sosPeksos));
    expect(toHealth).toBeGreaterThan(pairValue(ctx, 0, P.bpkad));
  });

  it('equals the stay value for the current position', () => {
    expect(pairValue(ctx, 0, P.sosAdm)).toBe(stayValue(ctx, 0));
  });

  it('makes every move pay the disruption cost', () => {
    const cheap: Policy = { ...DEFAULT_POLICY, scoring: { ...DEFAULT_POLICY.scoring, disruptionCost: 0 } };
    expect(pairValue(fixtureContext({ policy: cheap }), 1, P.bpkad) - pairValue(ctx, 1, P.bpkad)).toBe(
      DEFAULT_POLICY.scoring.disruptionCost,
    );
  });

  it('adds the stability bonus to staying; rotation due makes staying no worse by default', () => {
    const b = valueBreakdown(ctx, 0, P.sosAdm);
    expect(b).toMatchObject({ stay: true, stabilityBonus: 400, rotationStayPenalty: 0, disruptionCost: 0, specialPenalty: 0 });
    const settled = valueBreakdown(ctx, 1, P.sosAdm);
    expect(settled).toMatchObject({ stay: true, stabilityBonus: 400, rotationStayPenalty: 0 });
  });

  it('penalises moving an employee with special circumstances, unless that rule is off', () => {
    const [nurse, ...rest] = fixtureEmployees({ pertimbanganKhusus: 'Merawat orang tua' });
    const employees = nurse ? [nurse, ...rest] : rest;
    const special = fixtureContext({ employees });
    expect(pairValue(ctx, 0, P.kesPerawat) - pairValue(special, 0, P.kesPerawat)).toBe(1500);
    expect(stayValue(special, 0)).toBe(stayValue(ctx, 0));
    const off: Policy = {
      ...DEFAULT_POLICY,
      rules: { ...DEFAULT_POLICY.rules, specialCircumstances: { enabled: false, allowMove: true, penalty: 1500 } },
    };
    expect(pairValue(fixtureContext({ employees, policy: off }), 0, P.kesPerawat)).toBe(pairValue(ctx, 0, P.kesPerawat));
  });

  it('is fully explained by the breakdown', () => {
    for (let e = 0; e < ctx.tables.employees.length; e++) {
      for (let p = 0; p < ctx.tables.positions.length; p++) {
        const b = valueBreakdown(ctx, e, p);
        expect(b.total).toBe(pairValue(ctx, e, p));
        expect(b.fit).toBe(b.components.reduce((acc, c) => acc + c.weighted, 0));
      }
    }
  });

  it('stays within ±20,000 even at the policy limits', () => {
    const extreme: Policy = {
      ...DEFAULT_POLICY,
      rules: { ...DEFAULT_POLICY.rules, specialCircumstances: { enabled: true, allowMove: true, penalty: LIMITS.maxCost } },
      scoring: {
        ...DEFAULT_POLICY.scoring,
        weights: { educationField: 100, competency: 50, performance: 0, golonganFit: 0, aspiration: 0, unitNeed: 0, rotationDue: 0 },
        disruptionCost: LIMITS.maxCost,
        stabilityBonus: LIMITS.maxCost,
        rotationDueStayPenalty: LIMITS.maxCost,
      },
    };
    const [nurse, ...rest] = fixtureEmployees({ pertimbanganKhusus: 'x' });
    const c = fixtureContext({ employees: nurse ? [nurse, ...rest] : rest, policy: extreme });
    for (let e = 0; e < c.tables.employees.length; e++) {
      for (let p = 0; p < c.tables.positions.length; p++) expect(Math.abs(pairValue(c, e, p))).toBeLessThanOrEqual(20_000);
    }
  });

  it('returns integers only', () => {
    for (let p = 0; p < ctx.tables.positions.length; p++) expect(Number.isInteger(pairValue(ctx, 4, p))).toBe(true);
  });

  it('scores a million pairs in well under a few seconds', () => {
    const units = Array.from({ length: 40 }, (_, u) =>
      makeUnit({ name: `Dinas ${['Kesehatan', 'Sosial', 'Pendidikan', 'Perhubungan'][u % 4]} ${u}`, kebutuhanAbk: 20 }),
    );
    const positions = Array.from({ length: 1000 }, (_, i) =>
      makePosition({
        code: `P${i}`,
        unit: units[i % 40]?.name ?? '',
        kompetensi: ['Komunikasi', 'Analisis Data'],
        bidangPendidikan: i % 2 ? ['S1 Keperawatan'] : [],
        golonganMin: 'III/a',
        golonganMax: 'IV/a',
      }),
    );
    const employees = Array.from({ length: 1000 }, (_, i) =>
      makeEmployee({
        positionCode: `P${i}`,
        jurusan: ['Keperawatan', 'Akuntansi', 'Hukum'][i % 3] ?? '',
        kompetensi: ['komunikasi'],
        pilihan: [`Dinas Sosial ${i % 40}`],
      }),
    );
    const big = buildScoringContext(makeTables({ employees, positions, units }), DEFAULT_POLICY, FIXTURE_DATE);
    const start = Date.now();
    let total = 0;
    for (let e = 0; e < 1000; e++) for (let p = 0; p < 1000; p++) total += pairValue(big, e, p);
    expect(Number.isFinite(total)).toBe(true);
    expect(Date.now() - start).toBeLessThan(5000);
  });
});

describe('scoring messages', () => {
  it.each([...SCORING_CODES])('has words for %s in both languages', (code) => {
    expect(() =>
      renderBoth('scoring', code, {
        jurusan: 'j',
        position: 'p',
        unit: 'u',
        fields: 'f',
        sector: 's',
        matched: 1,
        required: 2,
        missing: 'm',
        predikat: 'Baik',
        potensi: 'Tinggi',
        box: 8,
        golongan: 'III/a',
        min: 'III/a',
        max: 'III/d',
        choice: 1,
        wish: 'w',
        wishes: 'w',
        targetUnit: 't',
        targetGap: 1,
        targetNeed: 2,
        targetSource: 'abk',
        originUnit: 'o',
        originGap: 1,
        originNeed: 2,
        targetSurplus: 1,
        originSurplus: 1,
        years: 1,
        months: 2,
        limit: 5,
      }),
    ).not.toThrow();
  });
  it('names every component and value term', () => {
    for (const name of COMPONENTS) renderBoth('scoring', `component.${name}`);
    for (const term of ['stabilityBonus', 'rotationStayPenalty', 'disruptionCost', 'specialPenalty']) renderBoth('scoring', `term.${term}`);
  });
});

describe('moveValueAndFit', () => {
  it('equals pairValue and fitPercent for every move of the fixture, with default and with all weights on', () => {
    const allOn: Policy = {
      ...DEFAULT_POLICY,
      scoring: { ...DEFAULT_POLICY.scoring, weights: { ...DEFAULT_POLICY.scoring.weights, unitNeed: 10, rotationDue: 10 } },
    };
    for (const context of [ctx, fixtureContext({ policy: allOn })]) {
      const out = new Float64Array(2);
      let pairs = 0;
      context.tables.employees.forEach((_, e) => {
        context.tables.positions.forEach((_, p) => {
          if (p === context.index.currentPosition[e]) return;
          moveValueAndFit(context, e, p, out);
          expect([out[0], out[1]]).toEqual([pairValue(context, e, p), fitPercent(context, e, p)]);
          pairs++;
        });
      });
      expect(pairs).toBeGreaterThan(10);
    }
  });
});
