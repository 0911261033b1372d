import { DEFAULT_POLICY } from '../../rules/policy';
import { FIXTURE_DATE, fixtureContext, P } from '../../../../test/support/scoringFixture';
import { makeEmployee, makePosition, makeTables } from '../../../../test/support/factories';
import { renderBoth } from '../../../../test/support/renderCheck';
import { buildScoringContext } from '../scoringContext';
import { component } from '../../../../test/support/scoreComponent';

const ctx = fixtureContext();
const score = (e: number, p: number): [number, string] => {
  const c = component(ctx, 'educationField', e, p);
  return [c.score, c.code];
};

describe('education field component', () => {
  it('gives 100 to a Jurusan on the position’s accepted list, degree words aside', () => {
    expect(score(0, P.kesPerawat)).toEqual([100, 'EDUCATION_FIELD_LISTED']);
    expect(score(3, P.sosPeksos)).toEqual([100, 'EDUCATION_FIELD_LISTED']);
  });

  it('scores the brief’s nursing graduate far higher in Dinas Kesehatan than in Dinas Sosial', () => {
    expect(score(0, P.kesAdm)).toEqual([65, 'EDUCATION_FIELD_UNIT_SECTOR']);
    expect(score(0, P.kabid)).toEqual([85, 'EDUCATION_FIELD_SECTOR']);
    expect(score(0, P.sosAdm)).toEqual([40, 'EDUCATION_FIELD_GENERAL_POST']);
    expect(score(0, P.sosPeksos)).toEqual([10, 'EDUCATION_FIELD_NOT_LISTED']);
    const why = component(ctx, 'educationField', 0, P.kabid);
    expect(why.params).toMatchObject({ jurusan: 'S1 Keperawatan', unit: 'Dinas Kesehatan', sector: 'kesehatan' });
    expect(renderBoth('scoring', why.code, why.params)).toBe(
      'Jurusan S1 Keperawatan sesuai bidang tugas Kepala Bidang Pelayanan Kesehatan di Dinas Kesehatan',
    );
  });

  it('matches a field to the sector of the post through the taxonomy', () => {
    expect(score(1, P.bpkad)).toEqual([85, 'EDUCATION_FIELD_SECTOR']);
    expect(score(2, P.kelurahan)).toEqual([85, 'EDUCATION_FIELD_SECTOR']);
  });

  it('gives general administration fields a moderate score anywhere', () => {
    expect(score(2, P.kesPerawat)).toEqual([50, 'EDUCATION_FIELD_GENERAL']);
  });

  it('scores unrelated and unrecognised fields low and neutral', () => {
    expect(score(3, P.bpkad)).toEqual([15, 'EDUCATION_FIELD_UNRELATED']);
    expect(score(1, P.kabid)).toEqual([15, 'EDUCATION_FIELD_UNRELATED']);
    expect(score(4, P.bpkad)).toEqual([40, 'EDUCATION_FIELD_UNKNOWN']);
  });

  it('gives related sectors a medium score (accounting for a planning post)', () => {
    const tables = makeTables({
      employees: [makeEmployee({ jurusan: 'Akuntansi', positionCode: 'A' })],
      positions: [
        makePosition({ code: 'A' }),
        makePosition({ code: 'B', name: 'Perencana Ahli Muda', unit: 'Badan Perencanaan Pembangunan Daerah' }),
      ],
    });
    const related = component(buildScoringContext(tables, DEFAULT_POLICY, FIXTURE_DATE), 'educationField', 0, 1);
    expect([related.score, related.code]).toEqual([50, 'EDUCATION_FIELD_RELATED']);
  });
});
