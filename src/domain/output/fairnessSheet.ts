import { t, tDynamic, type Lang } from '../../i18n';
import { localizedParams } from '../explain/localizedParams';
import type { FairnessReport } from '../fairness/fairnessReport';
import { attributeLabel, checkTexts, groupLabel, statusWord } from '../fairness/fairnessLabels';
import type { GroupRow } from '../fairness/types';
import type { Position } from '../model/types';
import type { ColumnSpec, SectionsSheetModel, SheetSection } from './sheetModel';

type Key = Parameters<typeof t>[1];

const column = (lang: Lang, key: Key, width: number, format: ColumnSpec['format'], wrap = false): ColumnSpec =>
  wrap ? { header: t(lang, key), width, format, wrap } : { header: t(lang, key), width, format };

/** p-values keep four significant digits (tiny ones stay visible as 3.25E-07). */
const pCell = (p: number): number => Number(p.toPrecision(4));
const years = (months: number): number => Math.round((months / 12) * 10) / 10;

/**
 * `Pemeriksaan Keadilan` (SPEC §7): one sheet of stacked tables — the checks with their
 * status, figures and sentence; the group tables (transfer rate among ready employees, then
 * favourable and adverse outcomes) with the four-fifths ratio and Fisher's p; and the lists
 * behind the other checks (justified envy, rotation, understaffed units, demotions, rule
 * violations).
 */
export function fairnessSheet(report: FairnessReport, lang: Lang, city: string, subtitle: string): SectionsSheetModel {
  const empty = t(lang, 'fairness.empty');
  const place = (position: Position) => t(lang, 'fairness.place', { position: position.name, code: position.code, unit: position.unit });
  const { minGroupSize, ratioThreshold, alpha } = report.settings;
  const groupNotes = [
    t(lang, 'fairness.note.statusRule', { threshold: ratioThreshold, alpha, minSize: minGroupSize }),
    t(lang, 'fairness.note.ratio', { minSize: minGroupSize }),
    ...(report.unknownAttributes.length > 0 ? [t(lang, 'fairness.note.unknownAttributes', { columns: report.unknownAttributes.join(', ') })] : []),
  ];
  const groupCells = (row: GroupRow) => [attributeLabel(row.attribute, lang), groupLabel(row.group, lang), row.base, row.hits, row.rate, row.ratio, pCell(row.p), statusWord(row.status, lang)];
  const groupColumns = (base: Key, hits: Key, rate: Key): ColumnSpec[] => [
    column(lang, 'fairness.col.attribute', 18, 'text'),
    column(lang, 'fairness.col.group', 34, 'text', true),
    column(lang, base, 12, 'integer'),
    column(lang, hits, 12, 'integer'),
    column(lang, rate, 12, 'percent'),
    column(lang, 'fairness.col.ratio', 10, 'decimal2'),
    column(lang, 'fairness.col.p', 12, 'general'),
    column(lang, 'fairness.col.status', 12, 'text'),
  ];

  const sections: SheetSection[] = [
    {
      title: t(lang, 'fairness.section.checks'),
      tableName: 'KeadilanRingkasan',
      columns: [
        column(lang, 'fairness.col.no', 6, 'integer'),
        column(lang, 'fairness.col.check', 34, 'text', true),
        column(lang, 'fairness.col.status', 12, 'text'),
        column(lang, 'fairness.col.figures', 30, 'text', true),
        column(lang, 'fairness.col.explanation', 80, 'text', true),
      ],
      rows: report.checks.map((check, i) => {
        const texts = checkTexts(check, lang);
        return [i + 1, texts.name, statusWord(check.status, lang), texts.figures, texts.sentence];
      }),
    },
    {
      title: t(lang, 'fairness.section.moveRate'),
      notes: groupNotes,
      tableName: 'KeadilanTingkatMutasi',
      columns: groupColumns('fairness.col.ready', 'fairness.col.moved', 'fairness.col.moveRate'),
      rows: report.groups.filter((row) => row.measure === 'moveRate').map(groupCells),
      emptyNote: empty,
    },
    {
      title: t(lang, 'fairness.section.outcomes'),
      tableName: 'KeadilanHasil',
      columns: [column(lang, 'fairness.col.measure', 40, 'text', true), ...groupColumns('fairness.col.base', 'fairness.col.hits', 'fairness.col.rate')],
      rows: report.groups.filter((row) => row.measure !== 'moveRate').map((row) => [tDynamic(lang, `fairness.measure.${row.measure}`), ...groupCells(row)]),
      emptyNote: empty,
    },
    {
      title: t(lang, 'fairness.section.envy'),
      notes: [t(lang, 'fairness.note.envy')],
      tableName: 'KeadilanKecemburuan',
      columns: [
        column(lang, 'fairness.col.no', 6, 'integer'),
        column(lang, 'fairness.col.nip', 21, 'text'),
        column(lang, 'fairness.col.name', 28, 'text', true),
        column(lang, 'fairness.col.choice', 9, 'integer'),
        column(lang, 'fairness.col.askedCode', 20, 'text'),
        column(lang, 'fairness.col.askedPosition', 30, 'text', true),
        column(lang, 'fairness.col.askedUnit', 28, 'text', true),
        column(lang, 'fairness.col.fit', 11, 'integer'),
        column(lang, 'fairness.col.holderNip', 21, 'text'),
        column(lang, 'fairness.col.holderName', 28, 'text', true),
        column(lang, 'fairness.col.holderFit', 11, 'integer'),
        column(lang, 'fairness.col.holderHow', 22, 'text'),
        column(lang, 'fairness.col.placed', 40, 'text', true),
      ],
      rows: report.envy.map((c, i) => [
        i + 1, c.employee.nip, c.employee.nama, c.choice, c.position.code, c.position.name, c.position.unit, c.fit,
        c.holder.nip, c.holder.nama, c.holderFit, t(lang, c.holderMoved ? 'fairness.holder.moved' : 'fairness.holder.stays'), place(c.placed),
      ]),
      emptyNote: empty,
    },
    {
      title: t(lang, 'fairness.section.rotation'),
      notes: [t(lang, 'fairness.note.rotation', { limit: report.rotationLimitYears })],
      tableName: 'KeadilanRotasi',
      columns: [
        column(lang, 'fairness.col.no', 6, 'integer'),
        column(lang, 'fairness.col.nip', 21, 'text'),
        column(lang, 'fairness.col.name', 28, 'text', true),
        column(lang, 'fairness.col.unit', 28, 'text', true),
        column(lang, 'fairness.col.position', 30, 'text', true),
        column(lang, 'fairness.col.tenure', 11, 'decimal1'),
        column(lang, 'fairness.col.peersMoved', 12, 'integer'),
        column(lang, 'fairness.col.peerName', 28, 'text', true),
        column(lang, 'fairness.col.peerTenure', 11, 'decimal1'),
        column(lang, 'fairness.col.candidates', 12, 'integer'),
      ],
      rows: report.rotation.map((c, i) => [
        i + 1, c.employee.nip, c.employee.nama, c.position.unit, `${c.position.name} (${c.position.code})`, years(c.monthsInPost),
        c.shorterPeersMoved, `${c.peer.nama} (${c.peer.nip})`, years(c.peerMonthsInPost), c.candidates,
      ]),
      emptyNote: empty,
    },
    {
      title: t(lang, 'fairness.section.shortages'),
      tableName: 'KeadilanUnitKekurangan',
      columns: [
        column(lang, 'fairness.col.no', 6, 'integer'),
        column(lang, 'fairness.col.unit', 36, 'text', true),
        column(lang, 'fairness.col.need', 11, 'integer'),
        column(lang, 'fairness.col.gapBefore', 12, 'integer'),
        column(lang, 'fairness.col.gapAfter', 12, 'integer'),
      ],
      rows: report.shortages.map((c, i) => [i + 1, c.unit, c.need, c.gapBefore, c.gapAfter]),
      emptyNote: empty,
    },
    {
      title: t(lang, 'fairness.section.demotions'),
      tableName: 'KeadilanPenurunanKelas',
      columns: [
        column(lang, 'fairness.col.no', 6, 'integer'),
        column(lang, 'fairness.col.nip', 21, 'text'),
        column(lang, 'fairness.col.name', 28, 'text', true),
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
        column(lang, 'fairness.col.no', 6, 'integer'),
        column(lang, 'fairness.col.code', 22, 'text'),
        column(lang, 'fairness.col.nip', 21, 'text'),
        column(lang, 'fairness.col.position', 20, 'text'),
        column(lang, 'fairness.col.unit', 28, 'text', true),
        column(lang, 'fairness.col.explanation', 70, 'text', true),
      ],
      rows: report.violations.map((v, i) => [i + 1, v.code, v.nip, v.positionCode, v.unit, tDynamic(lang, `rules.${v.code}`, localizedParams(v.params, lang))]),
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
