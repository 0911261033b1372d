import { makePosition } from '../../../test/support/factories';
import { DEFAULT_POLICY } from './policy';
import { fungsionalLevelOf, retirementAgeOf } from './retirementAge';

const BUP = DEFAULT_POLICY.rules.retirement.bup;

describe('fungsionalLevelOf', () => {
  it('reads the level from the position name', () => {
    expect(fungsionalLevelOf('Perawat Ahli Pertama')).toBe('ahliPertama');
    expect(fungsionalLevelOf('Analis Kebijakan Ahli Muda')).toBe('ahliMuda');
    expect(fungsionalLevelOf('PERENCANA AHLI MADYA')).toBe('ahliMadya');
    expect(fungsionalLevelOf('Widyaiswara Ahli Utama')).toBe('ahliUtama');
    expect(fungsionalLevelOf('Pranata Komputer Terampil')).toBe('keterampilan');
    expect(fungsionalLevelOf('Arsiparis Mahir')).toBe('keterampilan');
    expect(fungsionalLevelOf('Bidan Penyelia')).toBe('keterampilan');
    expect(fungsionalLevelOf('Guru')).toBe('unknown');
  });
});

describe('retirementAgeOf (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239-240)', () => {
  it('gives 58 to pejabat administrasi, 60 to JPT', () => {
    expect(retirementAgeOf(makePosition({ jenis: 'Pelaksana' }), BUP)).toBe(58);
    expect(retirementAgeOf(makePosition({ jenis: 'Pengawas' }), BUP)).toBe(58);
    expect(retirementAgeOf(makePosition({ jenis: 'Administrator' }), BUP)).toBe(58);
    expect(retirementAgeOf(makePosition({ jenis: 'JPT' }), BUP)).toBe(60);
  });
  it('gives fungsional 58, 60 or 65 by level, and the configured age when the level is unknown', () => {
    const f = (name: string): number => retirementAgeOf(makePosition({ jenis: 'Fungsional', name }), BUP);
    expect(f('Perawat Ahli Muda')).toBe(58);
    expect(f('Perawat Ahli Madya')).toBe(60);
    expect(f('Dokter Ahli Utama')).toBe(65);
    expect(f('Pranata Komputer Terampil')).toBe(58);
    expect(retirementAgeOf(makePosition({ jenis: 'Fungsional', name: 'Guru' }), { ...BUP, fungsionalUnknown: 60 })).toBe(60);
  });
  it('gives the age a law sets for guru (60) and dosen (65), whatever the jenjang', () => {
    const f = (name: string): number => retirementAgeOf(makePosition({ jenis: 'Fungsional', name }), BUP);
    expect(f('Guru Ahli Muda')).toBe(60);
    expect(f('Guru Matematika Ahli Pertama')).toBe(60);
    expect(f('Guru Kelas Ahli Utama')).toBe(60);
    expect(f('Dosen Lektor Kepala')).toBe(65);
    expect(f('Pengawas Sekolah Ahli Muda')).toBe(58);
  });
  it('falls back to the administrasi age for an unknown position', () => {
    expect(retirementAgeOf(null, BUP)).toBe(58);
  });
});
