/**
 * Indonesian personal names as met in a North Sumatran city: Malay and Mandailing Muslim
 * names, Javanese names, Batak (Toba, Simalungun, Karo) Christian names with their marga,
 * Chinese-Indonesian names. No real person is meant; combinations are drawn at random.
 */
import type { Gender } from '../domain/model/types';
import type { Rng } from './random';

type Names = Readonly<Record<Gender, readonly string[]>>;

const MUSLIM: Names = {
  L: [
    'Ahmad',
    'Muhammad',
    'Rizki',
    'Fauzi',
    'Syahrial',
    'Zulkifli',
    'Azhar',
    'Fadli',
    'Khairul',
    'Irwan',
    'Hendra',
    'Syahputra',
    'Ridwan',
    'Arif',
    'Hasan',
    'Faisal',
    'Rahmat',
    'Ilham',
    'Taufik',
    'Yusuf',
    'Darwin',
    'Amri',
    'Zainal',
    'Safaruddin',
    'Nasrul',
    'Ikhsan',
    'Raja',
    'Fikri',
    'Dedi',
    'Mhd.',
  ],
  P: [
    'Siti',
    'Nurul',
    'Rahmawati',
    'Fitriani',
    'Syarifah',
    'Aisyah',
    'Nurhayati',
    'Rosmawati',
    'Lailan',
    'Dewi',
    'Fatimah',
    'Khairani',
    'Rahmah',
    'Yusnidar',
    'Nur',
    'Zahara',
    'Hafizah',
    'Juliana',
    'Mariani',
    'Sri',
    'Indah',
    'Wirda',
    'Ernita',
    'Suryani',
    'Anisah',
    'Raudhah',
    'Hidayati',
    'Maisarah',
  ],
};

const MUSLIM_SECOND: Names = {
  L: ['Hidayat', 'Syahputra', 'Fauzan', 'Anwar', 'Efendi', 'Ramadhan', 'Akbar', 'Saputra', 'Hakim', 'Rizal', 'Harun', 'Habibi'],
  P: ['Hidayah', 'Aini', 'Lestari', 'Syahfitri', 'Ramadhani', 'Handayani', 'Wahyuni', 'Rahayu', 'Sari', 'Fadhilah', 'Ulfa', 'Maulida'],
};

const JAVANESE: Names = {
  L: [
    'Sugiarto',
    'Budi',
    'Joko',
    'Agus',
    'Eko',
    'Sutrisno',
    'Wagiman',
    'Bambang',
    'Slamet',
    'Heru',
    'Teguh',
    'Puji',
    'Dwi',
    'Tri',
    'Wahyu',
    'Suprapto',
    'Sugeng',
    'Yudi',
    'Prasetyo',
    'Sumarno',
  ],
  P: [
    'Sri',
    'Suwarni',
    'Dwi',
    'Tri',
    'Puji',
    'Endang',
    'Sulastri',
    'Ratna',
    'Wulan',
    'Sumiati',
    'Yuli',
    'Lestari',
    'Rini',
    'Ningsih',
    'Sukarti',
    'Eka',
    'Retno',
    'Widya',
    'Kartini',
    'Astuti',
  ],
};

const JAVANESE_SECOND: Names = {
  L: ['Santoso', 'Susilo', 'Setiawan', 'Prasetyo', 'Wibowo', 'Purnomo', 'Hartono', 'Nugroho', 'Widodo', 'Suryanto'],
  P: ['Wahyuni', 'Lestari', 'Astuti', 'Handayani', 'Rahayu', 'Ningsih', 'Susanti', 'Kurniawati', 'Pratiwi', 'Utami'],
};

const CHRISTIAN: Names = {
  L: [
    'Hotman',
    'Parlindungan',
    'Togar',
    'Marihot',
    'Poltak',
    'Benny',
    'Robert',
    'Daniel',
    'Sahat',
    'Mangatas',
    'Yohannes',
    'Paulus',
    'Stefanus',
    'Yosua',
    'Jhon',
    'Rudi',
    'Fernando',
    'Hendrik',
    'Martin',
    'Samuel',
  ],
  P: [
    'Rosmaida',
    'Lamria',
    'Tiurma',
    'Hotmaida',
    'Rosdiana',
    'Maria',
    'Martha',
    'Elisabeth',
    'Debora',
    'Ruth',
    'Natalia',
    'Agnes',
    'Rotua',
    'Romauli',
    'Tiominar',
    'Lusiana',
    'Erika',
    'Yohana',
    'Friska',
    'Rina',
  ],
};

const CHRISTIAN_SECOND: Names = {
  L: ['Fernando', 'Saut', 'Maruli', 'Hamonangan', 'Tua', 'Parulian', 'Halomoan', 'Sihol', 'Franky', 'Manuel'],
  P: ['Marlina', 'Uli', 'Sari', 'Nauli', 'Mawarni', 'Lestari', 'Oktavia', 'Angelina', 'Christina', 'Veronika'],
};

const BATAK_MARGA = [
  'Sitorus',
  'Simanjuntak',
  'Hutagalung',
  'Sinaga',
  'Simatupang',
  'Pardede',
  'Manurung',
  'Tambunan',
  'Damanik',
  'Saragih',
  'Purba',
  'Sembiring',
  'Ginting',
  'Tarigan',
  'Panjaitan',
  'Situmorang',
  'Pasaribu',
  'Silalahi',
  'Napitupulu',
  'Siahaan',
  'Hutapea',
  'Sihombing',
  'Marpaung',
  'Girsang',
  'Sipayung',
];

const MANDAILING_MARGA = [
  'Nasution',
  'Lubis',
  'Harahap',
  'Siregar',
  'Hasibuan',
  'Daulay',
  'Rangkuti',
  'Pulungan',
  'Batubara',
  'Matondang',
  'Ritonga',
  'Pohan',
  'Tanjung',
  'Dalimunthe',
];

const CHINESE: Names = {
  L: ['Hendra', 'Susanto', 'Kevin', 'Rudy', 'Willy', 'Andi', 'Johan', 'Ferry', 'Tommy', 'Jimmy'],
  P: ['Lily', 'Meiliana', 'Christina', 'Susanti', 'Linda', 'Yenny', 'Lina', 'Vivi', 'Fenny', 'Mega'],
};

const CHINESE_FAMILY = ['Wijaya', 'Gunawan', 'Halim', 'Kusuma', 'Tanoto', 'Lim', 'Tan', 'Hartono', 'Salim', 'Sutanto'];

/** Given names never used alone (Siti, Nur, Dwi, …). */
const NOT_ALONE = new Set(['Muhammad', 'Mhd.', 'Raja', 'Siti', 'Nur', 'Nurul', 'Sri', 'Dwi', 'Tri', 'Eka', 'Puji', 'Dewi']);

type Origin = 'malay' | 'mandailing' | 'javanese' | 'batak' | 'chinese';

/** Population mix of Kota Tebing Tinggi's civil service (Malay majority, then Javanese and Batak). */
const ORIGINS: readonly (readonly [Origin, number])[] = [
  ['malay', 30],
  ['javanese', 26],
  ['mandailing', 20],
  ['batak', 20],
  ['chinese', 4],
];

/**
 * A personal name (without academic titles) for a person of the given gender.
 *
 * @example personName(createRng(3), 'P') // e.g. "Nurul Hidayah Lubis"
 */
export function personName(rng: Rng, gender: Gender): string {
  const origin = rng.weighted(ORIGINS);
  switch (origin) {
    case 'malay': {
      const first = rng.pick(MUSLIM[gender]);
      if (rng.chance(0.06) && gender === 'L') return `T. ${first} ${rng.pick(MUSLIM_SECOND.L)}`;
      const second = rng.pick(MUSLIM_SECOND[gender].filter((s) => s !== first));
      return rng.chance(0.7) || NOT_ALONE.has(first) ? `${first} ${second}` : first;
    }
    case 'mandailing': {
      const first = rng.pick(MUSLIM[gender]);
      const middle = rng.chance(0.5) ? ` ${rng.pick(MUSLIM_SECOND[gender].filter((s) => s !== first))}` : '';
      return `${first}${middle} ${rng.pick(MANDAILING_MARGA)}`;
    }
    case 'javanese': {
      const first = rng.pick(JAVANESE[gender]);
      const second = rng.pick(JAVANESE_SECOND[gender].filter((s) => s !== first));
      return rng.chance(0.75) || NOT_ALONE.has(first) ? `${first} ${second}` : first;
    }
    case 'batak': {
      const first = rng.pick(CHRISTIAN[gender]);
      const middle = rng.chance(0.45) ? ` ${rng.pick(CHRISTIAN_SECOND[gender].filter((s) => s !== first))}` : '';
      const prefix = gender === 'P' && rng.chance(0.1) ? 'Br. ' : '';
      return `${first}${middle} ${prefix}${rng.pick(BATAK_MARGA)}`;
    }
    case 'chinese':
      return `${rng.pick(CHINESE[gender])} ${rng.pick(CHINESE_FAMILY)}`;
  }
}
