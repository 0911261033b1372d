/**
 * A jabatan fungsional (JF) read from its position name: the family ("Perawat"), the
 * jenjang ("Ahli Madya") and, for a teacher, the subject ("Matematika"). A mutasi keeps the
 * family and the jenjang; moving into another JF is *perpindahan jabatan* through uji
 * kompetensi (PP 11/2017 Pasal 76), not a mutasi. See docs/rules.md.
 */
import { GOLONGAN, type Golongan } from '../model/types';
import { wordsOf } from './wordsOf';

/**
 * The jenjang of a JF (PermenPANRB 1/2023): keterampilan Pemula, Terampil, Mahir, Penyelia;
 * keahlian Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama. Ordered lowest first.
 */
export const JF_JENJANG = ['pemula', 'terampil', 'mahir', 'penyelia', 'ahliPertama', 'ahliMuda', 'ahliMadya', 'ahliUtama'] as const;
export type JfJenjang = (typeof JF_JENJANG)[number];

/** How a jenjang is written in a position name. */
export const JF_JENJANG_LABEL: Readonly<Record<JfJenjang, string>> = {
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
  ahliPertama: 'Ahli Pertama',
  ahliMuda: 'Ahli Muda',
  ahliMadya: 'Ahli Madya',
  ahliUtama: 'Ahli Utama',
};

export interface JabatanFungsional {
  /** The family as written, without the jenjang: "Perawat", "Guru Matematika", "Pranata Komputer". */
  readonly family: string;
  /** The family as lowercase words, for comparison ("guru matematika"); a teacher's "Mata Pelajaran" is dropped. */
  readonly familyKey: string;
  /** Null when the name shows no jenjang ("Guru", "Dokter Spesialis"). */
  readonly jenjang: JfJenjang | null;
  /** True for a teacher (the family starts with "Guru"). */
  readonly guru: boolean;
  /** A teacher's subject ("Matematika", "Kelas"); null when the name gives none ("Guru Ahli Pertama") or for a non-teacher. */
  readonly guruSubject: string | null;
}

const AHLI: Readonly<Record<string, JfJenjang>> = { pertama: 'ahliPertama', muda: 'ahliMuda', madya: 'ahliMadya', utama: 'ahliUtama' };
const KETERAMPILAN: Readonly<Record<string, JfJenjang>> = { pemula: 'pemula', terampil: 'terampil', mahir: 'mahir', penyelia: 'penyelia' };

/** A word as compared: lowercase, accents and punctuation removed ("Jasmani," → "jasmani"). */
const bare = (word: string): string => wordsOf(word).replace(/ /g, '');

/**
 * Reads a JF position name. The jenjang words may stand anywhere ("Guru Ahli Pertama
 * Matematika" reads as "Guru Matematika", Ahli Pertama); a unit after "pada" is dropped
 * ("Perawat Ahli Muda pada Puskesmas Rambutan" → "Perawat"); "Guru Mata Pelajaran X" and
 * "Guru Mapel X" read as "Guru X".
 *
 * @example
 * jabatanFungsionalOf('Perawat Ahli Madya') // { family: 'Perawat', familyKey: 'perawat', jenjang: 'ahliMadya', guru: false, guruSubject: null }
 * jabatanFungsionalOf('Guru Matematika Ahli Pertama').guruSubject // 'Matematika'
 */
export function jabatanFungsionalOf(positionName: string): JabatanFungsional {
  let jf = remembered.get(positionName);
  if (jf === undefined) {
    // Readiness reads the post of every employee: thousands share a few hundred names.
    if (remembered.size >= MAX_REMEMBERED_NAMES) remembered.clear();
    jf = Object.freeze(readJabatanFungsional(positionName));
    remembered.set(positionName, jf);
  }
  return jf;
}

/** Names read so far, with what they read as; cleared when it grows past the bound. */
const remembered = new Map<string, JabatanFungsional>();
const MAX_REMEMBERED_NAMES = 50_000;

/** {@link jabatanFungsionalOf} without the memory: reads the name afresh. */
export function readJabatanFungsional(positionName: string): JabatanFungsional {
  const words = positionName
    .trim()
    .split(/\s+/)
    .filter((w) => bare(w) !== '');
  const cut = words.findIndex((w, i) => i > 0 && bare(w) === 'pada');
  const kept = cut >= 0 ? words.slice(0, cut) : words;
  let jenjang: JfJenjang | null = null;
  const family: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const word = kept[i] ?? '';
    const ahli = AHLI[bare(kept[i + 1] ?? '')];
    if (jenjang === null && bare(word) === 'ahli' && ahli !== undefined) {
      jenjang = ahli;
      i++;
      continue;
    }
    const keterampilan = KETERAMPILAN[bare(word)];
    if (jenjang === null && keterampilan !== undefined && family.length > 0) {
      jenjang = keterampilan;
      continue;
    }
    family.push(word);
  }
  const guru = family.length > 0 && bare(family[0] ?? '') === 'guru';
  let subject = guru ? family.slice(1) : [];
  const first = bare(subject[0] ?? '');
  const second = bare(subject[1] ?? '');
  if (first === 'mata' && second === 'pelajaran') subject = subject.slice(2);
  else if (first === 'bidang' && second === 'studi') subject = subject.slice(2);
  else if (first === 'mapel') subject = subject.slice(1);
  const shown = guru ? ['Guru', ...subject] : family;
  return {
    family: shown.join(' '),
    familyKey: wordsOf(shown.join(' ')),
    jenjang,
    guru,
    guruSubject: guru && subject.length > 0 ? subject.join(' ') : null,
  };
}

/**
 * The golongan range of each JF jenjang, used where the position sheet gives no Golongan
 * Minimal/Maksimal. These ranges come from the JF regulations (PermenPANRB 1/2023 and each
 * family's own regulation) as the product specification summarises them; no article is
 * cited here (see docs/rules.md).
 */
export const JF_GOLONGAN_RANGE: Readonly<Record<JfJenjang, readonly [Golongan, Golongan]>> = {
  pemula: ['II/a', 'II/a'],
  terampil: ['II/b', 'II/d'],
  mahir: ['III/a', 'III/b'],
  penyelia: ['III/c', 'III/d'],
  ahliPertama: ['III/a', 'III/b'],
  ahliMuda: ['III/c', 'III/d'],
  ahliMadya: ['IV/a', 'IV/c'],
  ahliUtama: ['IV/d', 'IV/e'],
};

/** The golongan indexes (0 = I/a … 16 = IV/e) of a jenjang's range. */
export function jenjangRankRange(jenjang: JfJenjang): readonly [number, number] {
  const [min, max] = JF_GOLONGAN_RANGE[jenjang];
  return [GOLONGAN.indexOf(min), GOLONGAN.indexOf(max)];
}
