import { CITY_AGENCIES } from './cityAgencies';
import { cityWilayah, KECAMATAN } from './cityWilayah';
import { FAMILIES } from './fungsionalFamilies';
import { PELAKSANA } from './pelaksanaTemplates';
import { GENERAL_FIELDS, SMA_MAJORS, STUDY_FIELDS, studyField } from './studyFields';

const specs = [...CITY_AGENCIES, ...cityWilayah()];

describe('sample catalog', () => {
  it('names only study fields it knows', () => {
    const referenced = [
      ...Object.values(PELAKSANA).flatMap((t) => t.fields),
      ...Object.values(FAMILIES).flatMap((f) => f.fields),
      ...GENERAL_FIELDS,
    ];
    for (const name of referenced) expect(() => studyField(name)).not.toThrow();
    expect(new Set(STUDY_FIELDS.map((f) => f.name)).size).toBe(STUDY_FIELDS.length);
    expect(SMA_MAJORS.length).toBeGreaterThan(5);
  });

  it('keeps list items free of list separators, so a cell of them reads back item by item', () => {
    const items = [
      ...STUDY_FIELDS.map((f) => f.name),
      ...Object.values(PELAKSANA).flatMap((t) => t.kompetensi),
      ...Object.values(FAMILIES).flatMap((f) => f.kompetensi),
    ];
    for (const item of items) expect(item).not.toMatch(/[;,]/);
  });

  it('has unique unit names and code prefixes', () => {
    expect(new Set(specs.map((s) => s.name)).size).toBe(specs.length);
    expect(new Set(specs.map((s) => s.code)).size).toBe(specs.length);
  });

  it('has five kecamatan with seven kelurahan each', () => {
    expect(Object.keys(KECAMATAN)).toEqual(['Padang Hulu', 'Padang Hilir', 'Bajenis', 'Rambutan', 'Tebing Tinggi Kota']);
    const kelurahan = Object.values(KECAMATAN).flat();
    expect(kelurahan).toHaveLength(35);
    expect(new Set(kelurahan).size).toBe(35);
  });

  it('lists the eight bagian of the Sekretariat Daerah', () => {
    const bagian = specs.filter((s) => s.kind === 'bagian').map((s) => s.name);
    expect(bagian).toEqual([
      'Bagian Pemerintahan Sekretariat Daerah',
      'Bagian Hukum Sekretariat Daerah',
      'Bagian Organisasi Sekretariat Daerah',
      'Bagian Umum Sekretariat Daerah',
      'Bagian Perekonomian dan Sumber Daya Alam Sekretariat Daerah',
      'Bagian Kesejahteraan Rakyat Sekretariat Daerah',
      'Bagian Pengadaan Barang dan Jasa Sekretariat Daerah',
      'Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah',
    ]);
  });

  it('gives every staff line a positive base formasi', () => {
    for (const spec of specs) for (const line of spec.staff) expect(line.formasi).toBeGreaterThan(0);
  });
});
