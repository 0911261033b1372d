import type { EvaluationEntry } from '../input/evaluationForms';
import { asNip, asPositionCode } from '../model/types';
import { latestFilled, placementFinding } from './placementFollowUp';
import { DEFAULT_POLICY } from './policy';

const policy = DEFAULT_POLICY.evaluation;
const entry = (changes: Partial<EvaluationEntry> = {}): EvaluationEntry => ({
  row: 5,
  nip: asNip('198001012005011001'),
  toCode: asPositionCode('DINKES-01'),
  checkpoint: 3,
  predikat: null,
  adaptation: null,
  trainingDone: null,
  satisfaction: null,
  unitIkm: null,
  note: '',
  recommendation: null,
  ...changes,
});

describe('placementFinding', () => {
  it('finds nothing in a good evaluation', () => {
    expect(placementFinding(entry({ predikat: 'Baik', adaptation: 4, recommendation: 'continue' }), null, policy)).toBeNull();
  });

  it('calls a poor rating for coaching and poor adaptation for mentoring', () => {
    expect(placementFinding(entry({ predikat: 'Butuh Perbaikan' }), null, policy)).toMatchObject({
      action: 'coaching',
      reasons: [{ code: 'POOR_PREDIKAT', predikat: 'Butuh Perbaikan' }],
    });
    expect(placementFinding(entry({ adaptation: 2 }), null, policy)?.action).toBe('mentoring');
    expect(placementFinding(entry({ adaptation: 3 }), null, policy)).toBeNull();
  });

  it('suggests re-placement for both together, or when the supervisor recommends it', () => {
    expect(placementFinding(entry({ predikat: 'Kurang', adaptation: 1 }), null, policy)?.action).toBe('replace');
    expect(placementFinding(entry({ recommendation: 'replace' }), null, policy)?.action).toBe('replace');
    expect(placementFinding(entry({ recommendation: 'training' }), null, policy)?.action).toBe('training');
  });

  it('judges the IKM of public-service posts only: grade C/D or fallen', () => {
    const good = entry({ predikat: 'Baik', adaptation: 4 });
    expect(placementFinding(good, { ikm: 70, previous: null }, policy)?.reasons).toEqual([{ code: 'IKM_LOW', ikm: 70, grade: 'C' }]);
    expect(placementFinding(good, { ikm: 85, previous: 90 }, policy)?.reasons).toEqual([{ code: 'IKM_FALLING', before: 90, after: 85 }]);
    expect(placementFinding(good, { ikm: 90, previous: 85 }, policy)).toBeNull();
    expect(placementFinding({ ...good, unitIkm: 60 }, { ikm: null, previous: null }, policy)?.action).toBe('serviceReview');
    expect(placementFinding({ ...good, unitIkm: 60 }, null, policy)).toBeNull();
  });
});

describe('latestFilled', () => {
  it('keeps the latest checkpoint with anything filled in, per employee', () => {
    const rows = [entry({ checkpoint: 3, predikat: 'Kurang' }), entry({ checkpoint: 6, note: 'membaik' }), entry({ checkpoint: 12 })];
    expect(latestFilled(rows).get('198001012005011001')?.checkpoint).toBe(6);
    expect(latestFilled([entry()]).size).toBe(0);
  });
});
