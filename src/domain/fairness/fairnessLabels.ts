/**
 * The words of fairness findings in a language: statuses, attributes, groups and each
 * check's name, figures and sentence (all from `fairness.json`).
 */
import { formatNumber, t, tDynamic, type Lang } from '../../i18n';
import type { AttributeRef, FairnessCheck, FairnessStatus, GroupLabel } from './types';

/** Lulus / Perhatian / Gagal. */
export function statusWord(status: FairnessStatus, lang: Lang): string {
  return t(lang, `fairness.status.${status}`);
}

/** A built-in attribute's name, or an extra column's header as written. */
export function attributeLabel(ref: AttributeRef, lang: Lang): string {
  return ref.extra ? ref.id : tDynamic(lang, `fairness.attribute.${ref.id}`);
}

/** A group as written in the data (L, P, a unit), or its words (age bands, no golongan). */
export function groupLabel(group: GroupLabel, lang: Lang): string {
  return group.translate ? tDynamic(lang, `fairness.group.${group.key}`) : group.key;
}

/** A p-value for a sentence: four decimals, or "< 0.0001" in the language's number style. */
export function pText(p: number, lang: Lang): string {
  const format = (x: number) => x.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 4 });
  return p < 0.0001 ? `< ${format(0.0001)}` : format(p);
}

/** The check's name, its figures and its plain sentence. */
export function checkTexts(check: FairnessCheck, lang: Lang): { name: string; figures: string; sentence: string } {
  const parity = check.code.startsWith('PARITY_');
  const focus = check.focus;
  const params = {
    ...check.params,
    ...(focus
      ? {
          attribute: attributeLabel(focus.attribute, lang),
          group: groupLabel(focus.group, lang),
          hits: focus.hits,
          base: focus.base,
          ratio: formatNumber(lang, Math.round(focus.ratio * 100) / 100),
          p: pText(focus.p, lang),
        }
      : {}),
  };
  // The figures are the measure's totals even when the sentence names one group.
  const figures = parity ? t(lang, 'fairness.check.parity.figures', check.params) : tDynamic(lang, `fairness.check.${check.code}.figures`, check.params);
  const sentence = parity ? tDynamic(lang, `fairness.check.parity.${check.status}`, params) : tDynamic(lang, `fairness.check.${check.code}.${check.status}`, params);
  return { name: tDynamic(lang, `fairness.check.${check.code}.name`), figures, sentence };
}
