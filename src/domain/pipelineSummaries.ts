/**
 * The structured summaries `runPipeline` hands to its hosts besides the sheet models: the
 * needs per unit, the fairness checks and the proposals, as plain JSON-safe data (the task
 * pane's worker sends them by structured clone). Codes and parameters, not words: each host
 * renders them in the language it shows.
 */
import type { MainReason } from './explain/mainReason';
import type { FairnessReport } from './fairness/fairnessReport';
import type { NeedsAnalysis } from './needs';
import { tableHeaderRow } from './output/sheetLayout';
import type { TableSheetModel } from './output/sheetModel';
import type { InputMapping, TableMapping } from './input/tableMapping';
import type { FairnessSummaryCheck, NeedsSummary, NeedsSummaryUnit, ProposalsSummary, SourceSummary } from './pipelineTypes';
import type { Proposal } from './plan/types';

/** Each unit's need, staff and gap (and, after a plan, the same after the moves), largest shortage first. */
export function needsSummary(analysis: NeedsAnalysis): NeedsSummary {
  const units = analysis.units.map((u): NeedsSummaryUnit => {
    const base = {
      unit: u.unit as string,
      source: u.source,
      need: u.need,
      staff: u.staff,
      gap: u.gap,
      fillRatio: u.fillRatio,
      urgentVacancies: u.urgentVacancies.map((v) => ({ code: v.code as string, name: v.name, vacant: v.vacant })),
    };
    return u.after === null
      ? base
      : { ...base, after: { staff: u.after.staff, gap: u.after.gap, incoming: u.after.incoming, outgoing: u.after.outgoing } };
  });
  units.sort((a, b) => b.gap - a.gap || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  const { need, staff, shortageUnits, shortage } = analysis.totals;
  return { units, totals: { need, staff, shortageUnits, shortage }, planned: analysis.totals.staffAfter !== null };
}

/** Every check with its status and its data (docs/sheets.md#pemeriksaan-keadilan), in sheet order; words are the host's. */
export function fairnessSummary(report: FairnessReport): FairnessSummaryCheck[] {
  return report.checks.map((check) => ({ key: check.code, status: check.status, judged: check.judged, finding: check }));
}

/** The proposals in Usulan Mutasi order, each with its Alasan Utama and its Excel row in that sheet. */
export function proposalsSummary(
  proposals: readonly Proposal[],
  sheet: TableSheetModel,
  mainReasonOf: (proposal: Proposal) => MainReason | null,
): ProposalsSummary {
  const headerRow = tableHeaderRow(sheet);
  const place = (p: Proposal['from']) => ({ unit: p.unit as string, code: p.code as string, position: p.name });
  return {
    sheet: sheet.name,
    items: proposals.map((p, i) => ({
      id: p.id,
      nip: p.employee.nip as string,
      nama: p.employee.nama,
      from: place(p.from),
      to: place(p.to),
      mainReason: mainReasonOf(p),
      row: headerRow + 1 + i,
    })),
  };
}

/** Where each table was read from: sheet, header row, recognised and extra columns. */
export function sourcesSummary(mapping: InputMapping): SourceSummary[] {
  const one = (table: SourceSummary['table'], m: TableMapping<string> | null): SourceSummary[] =>
    m === null
      ? []
      : [
          {
            table,
            sheet: m.sheet,
            headerRow: m.headerRow,
            columns: Object.entries(m.columns).flatMap(([field, ref]) => (ref ? [{ field, header: ref.header }] : [])),
            extra: m.extra.map((ref) => ref.header),
          },
        ];
  return [...one('pegawai', mapping.pegawai), ...one('jabatan', mapping.jabatan), ...one('unit', mapping.unit)];
}
