import { t, type Lang } from '../../i18n';
import type { DecreePolicy } from '../rules/policy';
import { jobText, pangkatText, type DecreeMove } from './decreeMove';
import { column } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';

/** What a decree leaves to be filled in by hand (a number or date not yet given). */
const BLANK = '……………………………';

/** The column where the title block and the signature block start: JABATAN LAMA. */
const BLOCK_COLUMN = 4;

/**
 * `Lampiran SK` (decree appendix): the title block (LAMPIRAN KEPUTUSAN …, NOMOR, TANGGAL,
 * TENTANG from the policy), a bordered table NO | NAMA / NIP | PANGKAT/GOL. RUANG | JABATAN
 * LAMA | JABATAN BARU | KET with the numbered row under its header, and the signature block.
 * Printed landscape on F4 or A4 (policy), one page wide, the header rows on every page
 * (docs/sheets.md).
 */
export function lampiranSkSheet(moves: readonly DecreeMove[], decree: DecreePolicy, lang: Lang): TableSheetModel {
  const tanggal = decree.tanggal === '' ? BLANK : decree.tanggal;
  const titleLines = [
    decree.title,
    `${t(lang, 'sheets.decree.nomor').padEnd(8)}: ${decree.nomor === '' ? BLANK : decree.nomor}`,
    `${t(lang, 'sheets.decree.tanggal').padEnd(8)}: ${tanggal}`,
    `${t(lang, 'sheets.decree.tentang').padEnd(8)}: ${decree.tentang}`,
  ];
  const rows = moves.map((move, i) => [
    i + 1,
    `${move.employee.nama}\n${t(lang, 'sheets.decree.nipLine', { nip: move.employee.nip })}`,
    pangkatText(move.employee.golongan),
    jobText(move.from),
    jobText(move.to),
    move.remark !== undefined && move.remark !== '' ? move.remark : t(lang, 'sheets.decree.remark'),
  ]);
  const footerLines = [
    `${t(lang, 'sheets.decree.ditetapkanDi')} ${decree.ditetapkanDi}`,
    `${t(lang, 'sheets.decree.padaTanggal')} ${tanggal}`,
    '',
    `${decree.signatoryTitle},`,
    '',
    '',
    '',
    decree.signatoryName === '' ? BLANK : decree.signatoryName,
  ];
  return {
    kind: 'table',
    name: t(lang, 'sheets.name.decree'),
    tableName: 'LampiranSK',
    titleLines,
    columns: [
      column(t(lang, 'sheets.decree.col.no'), 5, 'integer'),
      column(t(lang, 'sheets.decree.col.nameNip'), 32, 'text', { wrap: true }),
      column(t(lang, 'sheets.decree.col.pangkat'), 22, 'text', { wrap: true }),
      column(t(lang, 'sheets.decree.col.oldJob'), 42, 'text', { wrap: true }),
      column(t(lang, 'sheets.decree.col.newJob'), 42, 'text', { wrap: true }),
      column(t(lang, 'sheets.decree.col.remark'), 14, 'text', { wrap: true }),
    ],
    rows,
    print: { landscape: true, paper: decree.paper },
    document: { numberedColumns: true, borders: true, footerLines, blockColumn: BLOCK_COLUMN },
  };
}
