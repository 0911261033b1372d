/**
 * The group tables of `Pemeriksaan Keadilan`: the transfer rate by group within the same readiness
 * and kind of post (reported, not judged), and the good and bad outcomes by group, each row with its
 * four-fifths comparison, Fisher's test, status and a sentence that explains the ratio.
 */
import { formatNumber, t, tDynamic, type Lang } from '../../i18n';
import type { FairnessReport } from '../fairness/fairnessReport';
import { attributeLabel, groupLabel, groupRowSentence, postTypeLabel, stratumLabel, statusWord } from '../fairness/fairnessLabels';
import { MEASURE_KIND, type GroupRow } from '../fairness/types';
import { catalogColumn } from './sheetLayout';
import type { SheetSection } from './sheetModel';

/** p-values keep four significant digits (tiny ones stay visible as 3.25E-07). */
const pCell = (p: number): number => Number(p.toPrecision(4));

/** The transfer-rate table and the outcomes table, with the notes that say how to read them. */
export function groupSections(report: FairnessReport, lang: Lang): SheetSection[] {
  const empty = t(lang, 'fairness.empty');
  const { minGroupSize, ratioThreshold, alpha } = report.settings;
  const threshold = formatNumber(lang, ratioThreshold);
  const groupNotes = [
    t(lang, 'fairness.note.strata'),
    t(lang, 'fairness.note.statusRule', { threshold, alpha: formatNumber(lang, alpha), minSize: minGroupSize }),
    t(lang, 'fairness.note.ratio', { minSize: minGroupSize }),
    t(lang, 'fairness.note.fisher'),
    ...(report.unknownAttributes.length > 0
      ? [t(lang, 'fairness.note.unknownAttributes', { columns: report.unknownAttributes.join(', ') })]
      : []),
  ];
  const moveRateNotes = [t(lang, 'fairness.note.moveRate'), t(lang, 'fairness.note.strata'), ...groupNotes.slice(4)];
  const sentence = (row: GroupRow) => groupRowSentence(row, lang, report.settings);
  // Thousands of group rows repeat a few dozen labels: each is put into words once.
  const attributeWords = remembered((ref: GroupRow['attribute']) => attributeLabel(ref, lang));
  const groupWords = remembered((key: string) =>
    key.startsWith('t:') ? groupLabel({ key: key.slice(2), translate: true }, lang) : key.slice(2),
  );
  const groupText = (group: GroupRow['group']) => groupWords(`${group.translate ? 't' : 'r'}:${group.key}`);
  const stratumWords = remembered((stratum: GroupRow['stratum']) => stratumLabel(stratum, lang));
  const postTypeWords = remembered((postType: string | null) => postTypeLabel(postType, lang));
  const statusText = remembered((status: GroupRow['status']) => statusWord(status, lang));
  const measureWords = remembered((measure: GroupRow['measure']) => tDynamic(lang, `fairness.measure.${measure}`));
  const kindWords = remembered((measure: GroupRow['measure']) => tDynamic(lang, `fairness.kind.${MEASURE_KIND[measure]}`));
  const who = (row: GroupRow) => [
    attributeWords(row.attribute),
    groupText(row.group),
    stratumWords(row.stratum),
    postTypeWords(row.postType),
  ];

  return [
    {
      title: t(lang, 'fairness.section.moveRate'),
      notes: moveRateNotes,
      tableName: 'KeadilanTingkatMutasi',
      columns: [
        catalogColumn(lang, 'fairness.col.attribute', 18, 'text', true),
        catalogColumn(lang, 'fairness.col.group', 30, 'text', true),
        catalogColumn(lang, 'fairness.col.stratum', 16, 'text', true),
        catalogColumn(lang, 'fairness.col.postType', 16, 'text', true),
        catalogColumn(lang, 'fairness.col.ready', 11, 'integer'),
        catalogColumn(lang, 'fairness.col.moved', 11, 'integer'),
        catalogColumn(lang, 'fairness.col.moveRate', 11, 'percent'),
        catalogColumn(lang, 'fairness.col.othersRate', 11, 'percent'),
        catalogColumn(lang, 'fairness.col.explanation', 90, 'text', true),
      ],
      rows: report.groups
        .filter((row) => row.measure === 'moveRate')
        .map((row) => [...who(row), row.base, row.hits, row.rate, row.restRate, sentence(row)]),
      emptyNote: empty,
    },
    {
      title: t(lang, 'fairness.section.outcomes'),
      notes: groupNotes,
      tableName: 'KeadilanHasil',
      columns: [
        catalogColumn(lang, 'fairness.col.check', 30, 'text', true),
        catalogColumn(lang, 'fairness.col.kind', 11, 'text'),
        catalogColumn(lang, 'fairness.col.attribute', 18, 'text', true),
        catalogColumn(lang, 'fairness.col.group', 30, 'text', true),
        catalogColumn(lang, 'fairness.col.stratum', 16, 'text', true),
        catalogColumn(lang, 'fairness.col.postType', 16, 'text', true),
        catalogColumn(lang, 'fairness.col.base', 11, 'integer'),
        catalogColumn(lang, 'fairness.col.hits', 11, 'integer'),
        catalogColumn(lang, 'fairness.col.rate', 11, 'percent'),
        catalogColumn(lang, 'fairness.col.reference', 24, 'text', true),
        catalogColumn(lang, 'fairness.col.referenceRate', 11, 'percent'),
        catalogColumn(lang, 'fairness.col.ratio', 14, 'decimal2', true, { threshold }),
        catalogColumn(lang, 'fairness.col.p', 12, 'general', true),
        catalogColumn(lang, 'fairness.col.status', 12, 'text'),
        catalogColumn(lang, 'fairness.col.explanation', 90, 'text', true),
      ],
      rows: report.groups
        .filter((row) => row.judged)
        .map((row) => [
          measureWords(row.measure),
          kindWords(row.measure),
          ...who(row),
          row.base,
          row.hits,
          row.rate,
          row.reference === null ? '' : groupText(row.reference),
          row.referenceRate,
          row.ratio,
          pCell(row.p),
          row.judged ? statusText(row.status) : t(lang, 'fairness.status.reported'),
          sentence(row),
        ]),
      emptyNote: empty,
    },
  ];
}

/** `words` with each answer kept: the same argument is put into words once per sheet. */
function remembered<K, V>(words: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = words(key);
    known.set(key, value);
    return value;
  };
}
