import type { SheetModel } from '../../domain/output/sheetModel';
import { sheetShell, withSheetShells } from './sheetShell';

const table: SheetModel = {
  kind: 'table',
  name: 'Usulan Mutasi',
  tableName: 'UsulanMutasi',
  columns: [{ header: 'NIP', width: 20, format: 'text' }],
  rows: [['198001012005011001']],
};
const hidden: SheetModel = {
  kind: 'table',
  name: '_RencanaMutasi',
  tableName: 'RencanaMutasi',
  columns: [],
  rows: [['runId', 'x']],
  hidden: true,
};
const sections: SheetModel = {
  kind: 'sections',
  name: 'Pemeriksaan Keadilan',
  sections: [
    { title: 'Ringkasan', tableName: 'KeadilanRingkasan', columns: [{ header: 'Status', width: 10, format: 'text' }], rows: [['Lulus']] },
  ],
};

describe('sheet models sent back without their cells', () => {
  it('keeps the kind, the names and the visibility, and drops columns, rows and sections', () => {
    expect(sheetShell(table)).toEqual({ kind: 'table', name: 'Usulan Mutasi', tableName: 'UsulanMutasi', columns: [], rows: [] });
    expect(sheetShell(hidden)).toEqual({
      kind: 'table',
      name: '_RencanaMutasi',
      tableName: 'RencanaMutasi',
      columns: [],
      rows: [],
      hidden: true,
    });
    expect(sheetShell(sections)).toEqual({ kind: 'sections', name: 'Pemeriksaan Keadilan', sections: [] });
  });

  it("replaces a result's sheets in order and leaves the rest of it, and a cancelled result, alone", () => {
    const result = { status: 'ok' as const, issues: [], figures: [], sources: [], sheets: [table, sections, hidden] };
    const shells = withSheetShells(result);
    expect(shells.sheets.map((sheet) => [sheet.name, sheet.hidden === true])).toEqual([
      ['Usulan Mutasi', false],
      ['Pemeriksaan Keadilan', false],
      ['_RencanaMutasi', true],
    ]);
    expect({ ...shells, sheets: [] }).toEqual({ ...result, sheets: [] });
    expect(result.sheets[0]).toBe(table);
    const cancelled = { status: 'cancelled' as const };
    expect(withSheetShells(cancelled)).toBe(cancelled);
  });
});
