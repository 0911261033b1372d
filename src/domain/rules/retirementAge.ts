/**
 * Retirement age (Batas Usia Pensiun, BUP) of the holder of a position, by the kind of post.
 * UU 20/2023 Pasal 55 (it repealed UU 5/2014): 58 for pejabat administrasi (administrator,
 * pengawas, pelaksana), 60 for JPT, and for a jabatan fungsional the age its regulation sets:
 * PP 11/2017 Pasal 239 ayat (2) (as amended by PP 17/2020) gives 58 for keterampilan, ahli
 * pertama and ahli muda, 60 for ahli madya, 65 for ahli utama; Pasal 240 keeps the age a law
 * sets for a JF: guru 60 (UU 14/2005 Pasal 30 ayat 4), dosen 65 (UU 14/2005 Pasal 67 ayat 4).
 */
import type { Position } from '../model/types';
import { jabatanFungsionalOf } from './jabatanFungsional';
import type { BupTable } from './policy';

export type FungsionalLevel = 'keterampilan' | 'ahliPertama' | 'ahliMuda' | 'ahliMadya' | 'ahliUtama' | 'unknown';

/**
 * The level of a functional position read from its name ("Perawat Ahli Madya" → ahliMadya,
 * "Pranata Komputer Terampil" → keterampilan). Names without a level word give `unknown`.
 */
export function fungsionalLevelOf(positionName: string): FungsionalLevel {
  const jenjang = jabatanFungsionalOf(positionName).jenjang;
  switch (jenjang) {
    case null:
      return 'unknown';
    case 'pemula':
    case 'terampil':
    case 'mahir':
    case 'penyelia':
      return 'keterampilan';
    default:
      return jenjang;
  }
}

/** The retirement age that applies to whoever holds `position` (administrasi when unknown). */
export function retirementAgeOf(position: Position | null, bup: BupTable): number {
  if (position === null) return bup.administrasi;
  switch (position.jenis) {
    case 'JPT':
      return bup.jpt;
    case 'Administrator':
    case 'Pengawas':
    case 'Pelaksana':
      return bup.administrasi;
    case 'Fungsional': {
      const jf = jabatanFungsionalOf(position.name);
      // PP 11/2017 Pasal 240: a JF whose age a law sets keeps that age (UU 14/2005 for guru and dosen).
      if (jf.guru) return bup.guru;
      if (jf.familyKey === 'dosen' || jf.familyKey.startsWith('dosen ')) return bup.dosen;
      switch (fungsionalLevelOf(position.name)) {
        case 'ahliUtama':
          return bup.fungsionalAhliUtama;
        case 'ahliMadya':
          return bup.fungsionalAhliMadya;
        case 'ahliMuda':
          return bup.fungsionalAhliMuda;
        case 'ahliPertama':
          return bup.fungsionalAhliPertama;
        case 'keterampilan':
          return bup.fungsionalKeterampilan;
        case 'unknown':
          return bup.fungsionalUnknown;
      }
    }
  }
}
