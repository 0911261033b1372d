/**
 * The words of fairness findings in a language: statuses, attributes, groups, readiness,
 * each check's name, figures and sentence, and the one sentence that explains a group's
 * ratio (all from `fairness.json`).
 */
import { formatNumber, t, tDynamic, type Lang } from '../../i18n';
import { PARITY_DEFAULTS, belowThreshold, sameGroup, type ParityOptions } from './groupParity';
import {
  MEASURE_KIND,
  type AttributeRef,
  type FairnessCheck,
  type FairnessStatus,
  type GroupLabel,
  type GroupRow,
  type Stratum,
} from './types';

/** Lulus / Perhatian / Gagal. */
export function statusWord(status: FairnessStatus, lang: Lang): string {
  return t(lang, `fairness.status.${status}`);
}

/** A built-in attribute's name, or an extra column's header as written. */
export function attributeLabel(ref: AttributeRef, lang: Lang): string {
  return ref.extra ? ref.id : tDynamic(lang, `fairness.attribute.${ref.id}`);
}

/** A group as written in the data (a unit, a golongan group), or its words (gender, age bands, no golongan). */
export function groupLabel(group: GroupLabel, lang: Lang): string {
  return group.translate ? tDynamic(lang, `fairness.group.${group.key}`) : group.key;
}

/** The kind of post a row compares within, or "(semua jenis)" when it spans them. */
export function postTypeLabel(postType: string | null, lang: Lang): string {
  return postType ?? t(lang, 'fairness.postType.all');
}

/** Wajib rotasi / Belum wajib rotasi. */
export function stratumLabel(stratum: Stratum, lang: Lang): string {
  return t(lang, `fairness.stratum.${stratum}`);
}

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-US');

/** One number format per language and style: building an Intl.NumberFormat per figure (as
 *  toLocaleString does) dominated the fairness sheet on large plans. */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: min, maximumFractionDigits: max });
    formats.set(key, format);
  }
  return format;
}

/** The texts already made per number format: group rows repeat the same rates and ratios many times. */
const formatted = new Map<string, Map<number, string>>();
const FORMATTED_LIMIT = 4096;

/** `numberFormat(lang, min, max).format(value)`, remembered (not for -0, which Map keys fold into 0). */
function formatText(lang: Lang, min: number, max: number, value: number): string {
  if (Object.is(value, -0)) return numberFormat(lang, min, max).format(value);
  const key = `${lang}:${min}:${max}`;
  let texts = formatted.get(key);
  if (texts === undefined) {
    texts = new Map();
    formatted.set(key, texts);
  }
  let text = texts.get(value);
  if (text === undefined) {
    text = numberFormat(lang, min, max).format(value);
    if (texts.size >= FORMATTED_LIMIT) texts.clear();
    texts.set(value, text);
  }
  return text;
}

/** `formatNumber` of i18n with a kept number format (the same text: integers as they are, else up to two decimals). */
const numberText = (lang: Lang, value: number): string => (Number.isInteger(value) ? String(value) : formatText(lang, 0, 2, value));

/** A p-value for a sentence: four decimals, or "< 0.0001" in the language's number style. */
export function pText(p: number, lang: Lang): string {
  return p < 0.0001 ? `< ${formatText(lang, 0, 4, 0.0001)}` : formatText(lang, 0, 4, p);
}

/** A rate as a percentage with at most one decimal: "12%", "12,5%". */
export function percentText(rate: number, lang: Lang): string {
  return `${formatText(lang, 0, 1, Math.round(rate * 1000) / 10)}%`;
}

/** A four-fifths ratio with two decimals: "0,80". */
export function ratioText(ratio: number, lang: Lang): string {
  return formatText(lang, 2, 2, ratio);
}

type Settings = Required<ParityOptions>;
const settingsOf = (options: ParityOptions = {}): Settings => ({ ...PARITY_DEFAULTS, ...options });

/**
 * The plain sentence behind one group row: who, how many had the outcome out of how many,
 * the best-off group it is compared with and the ratio against the four-fifths line, what
 * Fisher's test says, and whether the group is too small to conclude.
 *
 * @example
 * groupRowSentence(row, 'id')
 * // "Di antara pegawai wajib rotasi yang dapat dipindah — Perempuan (Jenis kelamin): 12% mendapat
 * //  jabatan pilihannya (3 dari 25 …); kelompok tertinggi, Laki-laki, 15%: 0,80 dari kelompok
 * //  tertinggi, tepat di batas aturan empat per lima (0,8). …"
 */
export function groupRowSentence(row: GroupRow, lang: Lang, options: ParityOptions = {}): string {
  const settings = settingsOf(options);
  const threshold = numberText(lang, settings.ratioThreshold);
  const kind = MEASURE_KIND[row.measure];
  const params = {
    group: groupLabel(row.group, lang),
    attribute: attributeLabel(row.attribute, lang),
    rate: percentText(row.rate, lang),
    hits: row.hits,
    base: row.base,
    reference: row.reference === null ? '' : groupLabel(row.reference, lang),
    referenceRate: percentText(row.referenceRate, lang),
    restRate: percentText(row.restRate, lang),
    ratio: ratioText(row.ratio, lang),
    p: pText(row.p, lang),
    alpha: numberText(lang, settings.alpha),
    minSize: settings.minGroupSize,
    threshold,
  };
  const figures = tDynamic(lang, `fairness.row.${row.measure}`, params);
  const parts: string[] = [];
  if (kind === 'reported') {
    parts.push(t(lang, 'fairness.row.compare.reported', params));
  } else if (row.reference === null) {
    parts.push(t(lang, 'fairness.row.compare.none'));
  } else if (sameGroup(row.reference, row.group)) {
    parts.push(t(lang, kind === 'favourable' ? 'fairness.row.compare.isHighest' : 'fairness.row.compare.isLowest'));
  } else if (kind === 'adverse' && row.hits === 0) {
    parts.push(t(lang, 'fairness.row.compare.noneHere'));
  } else {
    const verdict = belowThreshold(row.ratio, settings)
      ? 'below'
      : belowThreshold(row.ratio, { ratioThreshold: settings.ratioThreshold + 1e-9 })
        ? 'at'
        : 'above';
    const verdictText = tDynamic(lang, `fairness.row.verdict.${verdict}`, params);
    parts.push(tDynamic(lang, `fairness.row.compare.${kind}`, { ...params, verdict: verdictText }));
    const significant = row.p < settings.alpha;
    parts.push(
      t(
        lang,
        significant ? (row.worseOff ? 'fairness.row.fisher.worse' : 'fairness.row.fisher.better') : 'fairness.row.fisher.chance',
        params,
      ),
    );
  }
  if (kind !== 'reported' && row.small) parts.push(t(lang, 'fairness.row.small', params));
  else if (kind !== 'reported' && row.onePerson) parts.push(t(lang, 'fairness.row.onePerson'));
  if (row.status === 'fail') parts.push(t(lang, 'fairness.row.failAdvice'));
  const intro =
    row.postType === null
      ? t(lang, `fairness.stratum.intro.${row.stratum}`)
      : t(lang, `fairness.stratum.introPost.${row.stratum}`, { postType: row.postType });
  return `${intro} — ${figures}; ${parts.join(' ')}`;
}

/** The check's name, its figures and its plain sentence. */
export function checkTexts(check: FairnessCheck, lang: Lang): { name: string; figures: string; sentence: string } {
  const name = tDynamic(lang, `fairness.check.${check.code}.name`);
  if (!check.code.startsWith('PARITY_')) {
    return {
      name,
      figures: tDynamic(lang, `fairness.check.${check.code}.figures`, check.params),
      sentence: tDynamic(lang, `fairness.check.${check.code}.${check.status}`, check.params),
    };
  }
  const number = (key: string) => Number(check.params[key] ?? 0);
  const rateOf = (hits: string, base: string) => percentText(number(base) > 0 ? number(hits) / number(base) : 0, lang);
  const settings = settingsOf({
    minGroupSize: number('minSize') || PARITY_DEFAULTS.minGroupSize,
    ratioThreshold: number('threshold') || PARITY_DEFAULTS.ratioThreshold,
    alpha: number('alpha') || PARITY_DEFAULTS.alpha,
  });
  const params = {
    ...check.params,
    rate: rateOf('hits', 'base'),
    rotationDueRate: rateOf('rotationDueHits', 'rotationDueBase'),
    notDueRate: rateOf('notDueHits', 'notDueBase'),
    threshold: formatNumber(lang, settings.ratioThreshold),
    alpha: numberText(lang, settings.alpha),
    minSize: settings.minGroupSize,
    focus: check.focus ? groupRowSentence(check.focus, lang, settings) : '',
  };
  if (!check.judged) {
    return {
      name,
      figures: tDynamic(lang, `fairness.check.${check.code}.figures`, params),
      sentence: tDynamic(lang, `fairness.check.${check.code}.reported`, params),
    };
  }
  const sentence =
    number('base') === 0 ? t(lang, 'fairness.check.parity.nobody') : tDynamic(lang, `fairness.check.parity.${check.status}`, params);
  return { name, figures: t(lang, 'fairness.check.parity.figures', params), sentence };
}
