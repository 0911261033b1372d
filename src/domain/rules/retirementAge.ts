/**
 * Retirement age (Batas Usia Pensiun) of the holder of a position, by the kind of post.
 * UU 5/2014 Pasal 90 and PP 11/2017 Pasal 239: 58 for pejabat administrasi (administrator,
 * pengawas, pelaksana) and fungsional ahli pertama, ahli muda and keterampilan; 60 for JPT
 * and fungsional ahli madya; 65 for fungsional ahli utama.
 */
import type { Position } from '../model/types';
import type { BupTable } from './policy';
import { wordsOf } from './wordsOf';

export type FungsionalLevel = 'keterampilan' | 'ahliPertama' | 'ahliMuda' | 'ahliMadya' | 'ahliUtama' | 'unknown';

/**
 * The level of a functional position read from its name ("Perawat Ahli Madya" → ahliMadya,
 * "Pranata Komputer Terampil" → keterampilan). Names without a level word give `unknown`.
 */
export function fungsionalLevelOf(positionName: string): FungsionalLevel {
  const words = ` ${wordsOf(positionName)} `;
  if (words.includes(' ahli utama ')) return 'ahliUtama';
  if (words.includes(' ahli madya ')) return 'ahliMadya';
  if (words.includes(' ahli muda ')) return 'ahliMuda';
  if (words.includes(' ahli pertama ')) return 'ahliPertama';
  // Jenjang keterampilan: pemula, terampil, mahir, penyelia (PermenPANRB 1/2023 Pasal 12).
  if (/ (pemula|terampil|mahir|penyelia) /.test(words)) return 'keterampilan';
  return 'unknown';
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
    case 'Fungsional':
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
