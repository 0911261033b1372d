import { regroupUnitNames } from './employeeChecks';

describe('regroupUnitNames', () => {
  const known = new Set(['Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana', 'Bappeda']);
  const isKnown = (name: string) => known.has(name);

  it('rejoins the comma-split pieces of one unit name', () => {
    expect(
      regroupUnitNames(['Dinas Pemberdayaan Perempuan', 'Perlindungan Anak', 'Pengendalian Penduduk dan Keluarga Berencana'], isKnown),
    ).toEqual(['Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana']);
  });

  it('keeps separate units and unknown pieces apart', () => {
    expect(regroupUnitNames(['Bappeda', 'Dinas Antah'], isKnown)).toEqual(['Bappeda', 'Dinas Antah']);
  });
});
