/**
 * The lists behind the checks of `Pemeriksaan Keadilan` that are about people and units: choices
 * passed over, rotation overdue, understaffed units, lower classes and rule violations, each row
 * with a sentence that explains it.
 */
import { t, tDynamic, type Lang } from '../../i18n';
import { localizedParams } from '../explain/localizedParams';
import type { FairnessReport } from '../fairness/fairnessReport';
import type { EnvyCase, RotationCase } from '../fairness/types';
import type { Position } from '../model/types';
import { catalogColumn, noColumn, personColumns, tenureColumn } from './sheetLayout';
import type { SheetSection } from './sheetModel';
import { tenureText } from './tenureText';

/** The case lists, in the order a committee reads them. */
export function caseSections(report: FairnessReport, lang: Lang): SheetSection[] {
  const empty = t(lang, 'fairness.empty');
  const place = (position: Position) => t(lang, 'fairness.place', { position: position.name, code: position.code, unit: position.unit });
  return [
    {
      title: t(lang, 'fairness.section.envy'),
      notes: [t(lang, 'fairness.note.envy')],
      tableName: 'KeadilanPilihanTerlewat',
      columns: [
        ...personColumns(lang),
        catalogColumn(lang, 'fairness.col.choice', 9, 'integer'),
        catalogColumn(lang, 'fairness.col.askedCode', 20, 'text'),
        catalogColumn(lang, 'fairness.col.askedPosition', 30, 'text', true),
        catalogColumn(lang, 'fairness.col.askedUnit', 28, 'text', true),
        catalogColumn(lang, 'fairness.col.fit', 11, 'integer', true),
        catalogColumn(lang, 'fairness.col.holderNip', 21, 'text', true),
        catalogColumn(lang, 'fairness.col.holderName', 28, 'text', true),
        catalogColumn(lang, 'fairness.col.holderFit', 11, 'integer', true),
        catalogColumn(lang, 'fairness.col.holderHow', 22, 'text', true),
        catalogColumn(lang, 'fairness.col.placed', 40, 'text', true),
        catalogColumn(lang, 'fairness.col.explanation', 70, 'text', true),
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
        catalogColumn(lang, 'fairness.col.unit', 28, 'text', true),
        catalogColumn(lang, 'fairness.col.position', 30, 'text', true),
        tenureColumn(t(lang, 'fairness.col.tenure')),
        catalogColumn(lang, 'fairness.col.peersMoved', 12, 'integer', true),
        catalogColumn(lang, 'fairness.col.peerName', 28, 'text', true),
        tenureColumn(t(lang, 'fairness.col.peerTenure')),
        catalogColumn(lang, 'fairness.col.candidates', 12, 'integer', true),
        catalogColumn(lang, 'fairness.col.explanation', 70, 'text', true),
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
        catalogColumn(lang, 'fairness.col.unit', 36, 'text', true),
        catalogColumn(lang, 'fairness.col.need', 11, 'integer'),
        catalogColumn(lang, 'fairness.col.gapBefore', 12, 'integer', true),
        catalogColumn(lang, 'fairness.col.gapAfter', 12, 'integer', true),
        catalogColumn(lang, 'fairness.col.explanation', 60, 'text', true),
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
        catalogColumn(lang, 'fairness.col.from', 40, 'text', true),
        catalogColumn(lang, 'fairness.col.to', 40, 'text', true),
        catalogColumn(lang, 'fairness.col.drop', 10, 'integer'),
      ],
      rows: report.demotions.map((c, i) => [i + 1, c.employee.nip, c.employee.nama, place(c.from), place(c.to), c.drop]),
      emptyNote: empty,
    },
    {
      title: t(lang, 'fairness.section.violations'),
      tableName: 'KeadilanPelanggaran',
      columns: [
        noColumn(lang),
        catalogColumn(lang, 'fairness.col.code', 22, 'text'),
        catalogColumn(lang, 'fairness.col.nip', 21, 'text'),
        catalogColumn(lang, 'fairness.col.position', 20, 'text'),
        catalogColumn(lang, 'fairness.col.unit', 28, 'text', true),
        catalogColumn(lang, 'fairness.col.explanation', 70, 'text', true),
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
