/**
 * Jenjang pendidikan (education level) as HR sheets write it: codes (`S1`, `D-III`),
 * school names (`SLTA`, `MTs`), degree words (`Sarjana`, `Ahli Madya`), usually followed
 * by the field (`S1 Keperawatan`).
 */
import type { CellValue } from '../../model/cell';
import { JENJANG, type Jenjang } from '../../model/types';
import { parseTextOnly } from './cellInput';
import { fail, ok, type ValueResult } from './result';
import { memoizeCell, memoizeText } from './textMemo';

interface LevelPattern {
  readonly jenjang: Jenjang;
  /** Matches at the start of the upper-cased, punctuation-free text. */
  readonly pattern: RegExp;
  /** Short forms that are also ordinary words (`DI`, `MA`): trusted only at the start. */
  readonly weak?: RegExp;
}

const P = (alternatives: string): RegExp => new RegExp(String.raw`^(?:${alternatives})(?![A-Z0-9])`);

/**
 * Order matters: applied-bachelor forms before S1, D-III before D-II before D-I, and the
 * degrees before the school names that share letters with them (`MAGISTER` vs `MA`).
 */
const LEVELS: readonly LevelPattern[] = [
  {
    jenjang: 'D4',
    pattern: P(
      String.raw`D ?(?:IV|4)|DIPLOMA (?:IV|4|EMPAT)|(?:S ?1|SARJANA(?: SAINS)?|STRATA (?:1|SATU)) TERAPAN|SST|SARJANA SAINS TERAPAN`,
    ),
  },
  { jenjang: 'D3', pattern: P(String.raw`D ?(?:III|3)|DIPLOMA (?:III|3|TIGA)|AHLI MADYA|A ?MD`) },
  { jenjang: 'D2', pattern: P(String.raw`D ?2|D II|DIPLOMA (?:II|2|DUA)|AHLI MUDA`), weak: P('DII') },
  { jenjang: 'D1', pattern: P(String.raw`D ?1|DIPLOMA (?:I|1|SATU)|AHLI PRATAMA`), weak: P('D ?I') },
  { jenjang: 'S3', pattern: P(String.raw`S ?3|S III|STRATA (?:III|3|TIGA)|DOKTOR|DOKTORAL|DOCTOR(?:AL|ATE)?|PH ?D`), weak: P('SIII') },
  { jenjang: 'S2', pattern: P(String.raw`S ?2|S II|STRATA (?:II|2|DUA)|MAGISTER|MASTER|PASCA ?SARJANA`), weak: P('SII') },
  { jenjang: 'S1', pattern: P(String.raw`S ?1|STRATA (?:I|1|SATU)|SARJANA|BACHELOR`), weak: P('S ?I') },
  {
    jenjang: 'SMA',
    pattern: P(
      String.raw`SMAN?|SLTA|SMKN?|SMU|STM|SMEA|SMKK|SPK|SPG|SPMA|SMF|MADRASAH ALIYAH|ALIYAH|PAKET C|SEKOLAH MENENGAH (?:ATAS|KEJURUAN|UMUM)|(?:SENIOR )?HIGH SCHOOL`,
    ),
    weak: P('MAN?'),
  },
  {
    jenjang: 'SMP',
    pattern: P(String.raw`SMPN?|SLTP|MTSN?|MADRASAH TSANAWIYAH|TSANAWIYAH|PAKET B|SEKOLAH MENENGAH PERTAMA|JUNIOR HIGH(?: SCHOOL)?`),
  },
  {
    jenjang: 'SD',
    pattern: P(String.raw`SDN?|MADRASAH IBTIDAIYAH|IBTIDAIYAH|PAKET A|SEKOLAH DASAR|SEKOLAH RAKYAT|ELEMENTARY(?: SCHOOL)?|PRIMARY SCHOOL`),
    weak: P('MIN?|SR'),
  },
];

/** Upper case, accents dropped, punctuation as single spaces: `D-III` → `D III`, `A.Md.` → `A MD`. */
function levelText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/**
 * Reads an education level. The level is taken from the start of the text, so trailing
 * field text is ignored (`S1 Keperawatan` → S1, `Diploma III Kebidanan` → D3); when the
 * text starts with something else (`Keperawatan (S1)`), an unambiguous code anywhere in it
 * is used. `D4`, `D-IV`, `S1 Terapan` and `Sarjana Terapan` are D4 (ranked with S1, see
 * {@link jenjangRank}).
 *
 * Codes: PENDIDIKAN_UNKNOWN, CELL_FORMULA_ERROR.
 *
 * @example parsePendidikan('S-1 Keperawatan') // ok: 'S1'
 * @example parsePendidikan('SLTA/Sederajat') // ok: 'SMA'
 */
export function parsePendidikan(raw: CellValue | undefined): ValueResult<Jenjang> {
  return jenjangFromCell(raw);
}

const jenjangFromCell = memoizeCell((raw) => parseTextOnly(raw, 'PENDIDIKAN_UNKNOWN', jenjangFromText));

const jenjangFromText = memoizeText(readJenjangText);

function readJenjangText(text: string): ValueResult<Jenjang> {
  const normal = levelText(text);
  const atStart = levelAt(normal, true);
  if (atStart !== null) return ok(atStart);
  const words = normal.split(' ');
  const found = new Set<Jenjang>();
  for (let i = 1; i < words.length; i += 1) {
    const level = levelAt(words.slice(i).join(' '), false);
    if (level !== null) found.add(level);
  }
  const [only, other] = [...found];
  if (only !== undefined && other === undefined) return ok(only);
  return fail('PENDIDIKAN_UNKNOWN', { value: text });
}

function levelAt(text: string, includeWeak: boolean): Jenjang | null {
  for (const level of LEVELS) {
    if (level.pattern.test(text) || (includeWeak && level.weak?.test(text) === true)) return level.jenjang;
  }
  return null;
}

/**
 * Rank of a level for "at least" comparisons: SD 0 … S3 8, with D4 equal to S1
 * (Diploma IV and Sarjana Terapan are the same KKNI level 6 as S1; UU 12/2012 Pasal 17).
 *
 * @example jenjangRank('D4') === jenjangRank('S1') // true
 */
export function jenjangRank(j: Jenjang): number {
  const index = JENJANG.indexOf(j);
  return index > JENJANG.indexOf('D4') ? index - 1 : index;
}
