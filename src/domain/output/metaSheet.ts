import { t, type Lang } from '../../i18n';
import type { TableSheetModel } from './sheetModel';

/** Written into the hidden `_RencanaMutasi` sheet (docs/sheets.md#_rencanamutasi). */
export interface RunRecord {
  readonly runId: string;
  readonly createdAt: string;
  readonly toolVersion: string;
  readonly command: string;
  readonly effectiveDate: string;
  readonly lang: Lang;
  readonly inputSheets: readonly string[];
  readonly inputFingerprint: string;
  readonly policyJson: string;
}

/** The hidden record of a run: id, time, tool version, policy and input fingerprint. */
export function metaSheet(record: RunRecord): TableSheetModel {
  const rows: [string, string][] = [
    ['runId', record.runId],
    ['createdAt', record.createdAt],
    ['toolVersion', record.toolVersion],
    ['command', record.command],
    ['effectiveDate', record.effectiveDate],
    ['lang', record.lang],
    ['inputSheets', record.inputSheets.join('; ')],
    ['inputFingerprint', record.inputFingerprint],
    ['policy', record.policyJson],
  ];
  return {
    kind: 'table',
    name: t(record.lang, 'sheets.name.meta'),
    tableName: 'RencanaMutasiMeta',
    columns: [
      { header: t(record.lang, 'sheets.col.key'), width: 20, format: 'text' },
      { header: t(record.lang, 'sheets.col.figure'), width: 100, format: 'text', wrap: true },
    ],
    rows,
    hidden: true,
  };
}
