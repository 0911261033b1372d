import { formatNumber, t, tDynamic, type Lang, type Params } from '../../i18n';
import { localizedParams } from '../explain/localizedParams';
import type { FairnessReport } from '../fairness/fairnessReport';
import {
  attributeLabel,
  checkTexts,
  groupLabel,
  groupRowSentence,
  postTypeLabel,
  stratumLabel,
  statusWord,
} from '../fairness/fairnessLabels';
import { MEASURE_KIND, type EnvyCase, type GroupRow, type RotationCase } from '../fairness/types';
import type { Position } from '../model/types';
import { noColumn, personColumns, tenureColumn } from './sheetLayout';
import type { ColumnSpec, SectionsSheetModel, SheetSection } from './sheetModel';
import { tenureText } from './tenureText';

type Key = Parameters<typeof t>[1];

const column = (lang: Lang, key: Key, width: number, format: ColumnSpec['format'], wrap = false, params: Params = {}): ColumnSpec =>
  wrap ? { header: t(lang, key, params), width, format, wrap } : { header: t(lang, key, params), width, format };

/** p-values keep four significant digits (tiny ones stay visible as 3.25E-07). */
const pCell = (p: number): number => Number(p.toPrecision(4));

/**
 * `Pemeriksaan Keadilan`: one sheet of stacked tables a committee reads top to bottom — the
 * checks (Pemeriksaan, Status, Angka, Penjelasan); the transfer rate by group, readiness and
 * kind of post, reported and not judged; the good and bad outcomes by group within the same
 * readiness and kind of post, each row with its four-fifths comparison, Fisher's test,
 * status and a sentence that explains the ratio; then the lists behind the other checks (choices passed over, rotation, understaffed
 * units, lower classes, rule violations).
 */
export function fairnessSheet(report: FairnessReport, lang: Lang, city: string, subtitle: string): SectionsSheetModel {
  const empty = t(lang, 'fairness.empty');
  const place = (position: Position) => t(lang, 'fairness.place', { position: position.name, code: position.code, unit: position.unit });
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

  const sections: SheetSection[] = [
    {
      title: t(lang, 'fairness.section.checks'),
      tableName: 'KeadilanRingkasan',
      columns: [
        noColumn(lang),
        column(lang, 'fairness.col.check', 34, 'text', true),
        column(lang, 'fairness.col.status', 12, 'text'),
        column(lang, 'fairness.col.figures', 30, 'text', true),
        column(lang, 'fairness.col.explanation', 90, 'text', true),
      ],
      rows: report.checks.map((check, i) => {
        const texts = checkTexts(check, lang);
        return [
          i + 1,
          texts.name,
          check.judged ? statusWord(check.status, lang) : t(lang, 'fairness.status.reported'),
          texts.figures,
          texts.sentence,
        ];
      }),
    },
    {
      title: t(lang, 'fairness.section.moveRate'),
      notes: moveRateNotes,
      tableName: 'KeadilanTingkatMutasi',
      columns: [
        column(lang, 'fairness.col.attribute', 18, 'text', true),
        column(lang, 'fairness.col.group', 30, 'text', true),
        column(lang, 'fairness.col.stratum', 16, 'text', true),
        column(lang, 'fairness.col.postType', 16, 'text', true),
        column(lang, 'fairness.col.ready', 11, 'integer'),
        column(lang, 'fairness.col.moved', 11, 'integer'),
        column(lang, 'fairness.col.moveRate', 11, 'percent'),
        column(lang, 'fairness.col.othersRate', 11, 'percent'),
        column(lang, 'fairness.col.explanation', 90, 'text', true),
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
        column(lang, 'fairness.col.check', 30, 'text', true),
        column(lang, 'fairness.col.kind', 11, 'text'),
        column(lang, 'fairness.col.attribute', 18, 'text', true),
        column(lang, 'fairness.col.group', 30, 'text', true),
        column(lang, 'fairness.col.stratum', 16, 'text', true),
        column(lang, 'fairness.col.postType', 16, 'text', true),
        column(lang, 'fairness.col.base', 11, 'integer'),
        column(lang, 'fairness.col.hits', 11, 'integer'),
        column(lang, 'fairness.col.rate', 11, 'percent'),
        column(lang, 'fairness.col.reference', 24, 'text', true),
        column(lang, 'fairness.col.referenceRate', 11, 'percent'),
        column(lang, 'fairness.col.ratio', 14, 'decimal2', true, { threshold }),
        column(lang, 'fairness.col.p', 12, 'general', true),
        column(lang, 'fairness.col.status', 12, 'text'),
        column(lang, 'fairness.col.explanation', 90, 'text', true),
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
    {
      title: t(lang, 'fairness.section.envy'),
      notes: [t(lang, 'fairness.note.envy')],
      tableName: 'KeadilanPilihanTerlewat',
      columns: [
        ...personColumns(lang),
        column(lang, 'fairness.col.choice', 9, 'integer'),
        column(lang, 'fairness.col.askedCode', 20, 'text'),
        column(lang, 'fairness.col.askedPosition', 30, 'text', true),
        column(lang, 'fairness.col.askedUnit', 28, 'text', true),
        column(lang, 'fairness.col.fit', 11, 'integer', true),
        column(lang, 'fairness.col.holderNip', 21, 'text', true),
        column(lang, 'fairness.col.holderName', 28, 'text', true),
        column(lang, 'fairness.col.holderFit', 11, 'integer', true),
        column(lang, 'fairness.col.holderHow', 22, 'text', true),
        column(lang, 'fairness.col.placed', 40, 'text', true),
        column(lang, 'fairness.col.explanation', 70, 'text', true),
      ],
      rows: report.envy.map((c, i) => [
        i + 1,
        c.employee.nip,
        c.employee.nama,
        c.choice,
        c.position.code,
        c.position.name,
        c.position.unit,
        c.fit,
        c.holder.nip,
        c.holder.nama,
        c.holderFit,
        t(lang, c.holderMoved ? 'fairness.holder.moved' : 'fairness.holder.stays'),
        place(c.placed),
        envySentence(c, lang, place),
      ]),
      emptyNote: empty,
    },
    {
      title: t(lang, 'fairness.section.rotation'),
      notes: [t(lang, 'fairness.note.rotation', { limit: report.rotationLimitYears })],
      tableName: 'KeadilanRotasi',
      columns: [
        ...personColumns(lang),
        column(lang, 'fairness.col.unit', 28, 'text', true),
        column(lang, 'fairness.col.position', 30, 'text', true),
        tenureColumn(t(lang, 'fairness.col.tenure')),
        column(lang, 'fairness.col.peersMoved', 12, 'integer', true),
        column(lang, 'fairness.col.peerName', 28, 'text', true),
        tenureColumn(t(lang, 'fairness.col.peerTenure')),
        column(lang, 'fairness.col.candidates', 12, 'integer', true),
        column(lang, 'fairness.col.explanation', 70, 'text', true),
      ],
      rows: report.rotation.map((c, i) => [
        i + 1,
        c.employee.nip,
        c.employee.nama,
        c.position.unit,
        `${c.position.name} (${c.position.code})`,
        tenureText(c.monthsInPost, lang),
        c.shorterPeersMoved,
        `${c.peer.nama} (${c.peer.nip})`,
        tenureText(c.peerMonthsInPost, lang),
        c.candidates,
        rotationSentence(c, lang, report.rotationLimitYears),
      ]),
      emptyNote: empty,
    },
    {
      title: t(lang, 'fairness.section.shortages'),
      tableName: 'KeadilanUnitKekurangan',
      columns: [
        noColumn(lang),
        column(lang, 'fairness.col.unit', 36, 'text', true),
        column(lang, 'fairness.col.need', 11, 'integer'),
        column(lang, 'fairness.col.gapBefore', 12, 'integer', true),
        column(lang, 'fairness.col.gapAfter', 12, 'integer', true),
        column(lang, 'fairness.col.explanation', 60, 'text', true),
      ],
      rows: report.shortages.map((c, i) => [
        i + 1,
        c.unit,
        c.need,
        c.gapBefore,
        c.gapAfter,
        t(lang, 'fairness.shortage.sentence', { unit: c.unit, need: c.need, gapBefore: c.gapBefore, gapAfter: c.gapAfter }),
      ]),
      emptyNote: empty,
    },
    {
      title: t(lang, 'fairness.section.demotions'),
      tableName: 'KeadilanPenurunanKelas',
      columns: [
        ...personColumns(lang),
        column(lang, 'fairness.col.from', 40, 'text', true),
        column(lang, 'fairness.col.to', 40, 'text', true),
        column(lang, 'fairness.col.drop', 10, 'integer'),
      ],
      rows: report.demotions.map((c, i) => [i + 1, c.employee.nip, c.employee.nama, place(c.from), place(c.to), c.drop]),
      emptyNote: empty,
    },
    {
      title: t(lang, 'fairness.section.violations'),
      tableName: 'KeadilanPelanggaran',
      columns: [
        noColumn(lang),
        column(lang, 'fairness.col.code', 22, 'text'),
        column(lang, 'fairness.col.nip', 21, 'text'),
        column(lang, 'fairness.col.position', 20, 'text'),
        column(lang, 'fairness.col.unit', 28, 'text', true),
        column(lang, 'fairness.col.explanation', 70, 'text', true),
      ],
      rows: report.violations.map((v, i) => [
        i + 1,
        v.code,
        v.nip,
        v.positionCode,
        v.unit,
        tDynamic(lang, `rules.${v.code}`, localizedParams(v.params, lang)),
      ]),
      emptyNote: empty,
    },
  ];
  return {
    kind: 'sections',
    name: t(lang, 'sheets.name.fairness'),
    titleLines: [t(lang, 'fairness.title', { city }), subtitle],
    sections,
    print: { landscape: true, paper: 'F4' },
  };
}

/** "A chose P as choice 1, is eligible, and suits it better (72) than B, who is moved there (60), yet is placed in Q." */
function envySentence(c: EnvyCase, lang: Lang, place: (position: Position) => string): string {
  return t(lang, 'fairness.envy.sentence', {
    name: c.employee.nama,
    position: place(c.position),
    choice: c.choice,
    fit: c.fit,
    holder: c.holder.nama,
    holderHow: t(lang, c.holderMoved ? 'fairness.holder.movedShort' : 'fairness.holder.staysShort'),
    holderFit: c.holderFit,
    placed: place(c.placed),
  });
}

/** Years in post against the rotation limit, the newer peers moved, and whether the rules left any way out. */
function rotationSentence(c: RotationCase, lang: Lang, limit: number): string {
  const main = t(lang, 'fairness.rotation.sentence', {
    name: c.employee.nama,
    tenure: tenureText(c.monthsInPost, lang),
    limit,
    peers: c.shorterPeersMoved,
    peer: c.peer.nama,
    peerTenure: tenureText(c.peerMonthsInPost, lang),
  });
  const targets =
    c.candidates === 0 ? t(lang, 'fairness.rotation.noTarget') : t(lang, 'fairness.rotation.targets', { candidates: c.candidates });
  return `${main} ${targets}`;
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
