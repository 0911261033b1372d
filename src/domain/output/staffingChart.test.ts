import { makeEmployee, makePosition, makeTables } from '../../../test/support/factories';
import { analyseNeeds } from '../needs';
import type { Nip, PositionCode } from '../model/types';
import { DEFAULT_POLICY } from '../rules';
import { staffingChartRows } from './staffingChartUnits';
import { summarySheet } from './summarySheet';
import type { Figure } from './figure';

describe('staffingChartRows', () => {
  it('ranks units by the larger shortage before or after, largest first, ties by name, and leaves out empty units', () => {
    const rows = staffingChartRows([
      { unit: 'Balanced', need: 4, staff: 4, after: { staff: 4 } },
      { unit: 'Short after', need: 5, staff: 5, after: { staff: 1 } },
      { unit: 'Short before', need: 6, staff: 3, after: { staff: 6 } },
      { unit: 'Empty', need: 0, staff: 0, after: { staff: 0 } },
      { unit: 'Also short before', need: 4, staff: 1, after: null },
    ]);
    expect(rows.map((r) => r.unit)).toEqual(['Short after', 'Also short before', 'Short before', 'Balanced']);
    expect(rows[0]).toEqual({ unit: 'Short after', need: 5, before: 5, after: 1 });
    expect(rows[1]?.after).toBeNull();
  });

  it('keeps at most the limit (15 by default)', () => {
    const units = Array.from({ length: 20 }, (_, i) => ({ unit: `U${String(i).padStart(2, '0')}`, need: i + 1, staff: 0 }));
    const rows = staffingChartRows(units);
    expect(rows).toHaveLength(15);
    expect(rows[0]?.unit).toBe('U19');
    expect(staffingChartRows(units, 3).map((r) => r.unit)).toEqual(['U19', 'U18', 'U17']);
  });
});

describe('Ringkasan with the staffing chart', () => {
  // Dinas A needs 3 and has 1; Dinas B needs 1 and has 2; the plan moves one from B to A.
  const movers = [makeEmployee({ unit: 'Dinas B', positionCode: 'B1' }), makeEmployee({ unit: 'Dinas B', positionCode: 'B1' })];
  const tables = makeTables({
    positions: [
      makePosition({ code: 'A1', unit: 'Dinas A', formasi: 3 }),
      makePosition({ code: 'B1', unit: 'Dinas B', formasi: 1 }),
      makePosition({ code: 'C1', unit: 'Dinas C', formasi: 0 }),
    ],
    employees: [makeEmployee({ unit: 'Dinas A', positionCode: 'A1' }), ...movers],
  });
  const placement = new Map<Nip, PositionCode>([[movers[0]!.nip, 'A1' as PositionCode]]);
  const needs = analyseNeeds(tables, DEFAULT_POLICY, placement);
  const figures: Figure[] = [
    { key: 'moves', section: 'plan', label: 'Usulan mutasi', message: { code: 'sheets.figure.moves', params: {} }, value: 1 },
  ];

  it('keeps the figures as they were and writes the block beside them, its header level with the table header', () => {
    const plain = summarySheet(figures, 'id', 'Kota Contoh', 'Tanggal efektif');
    const sheet = summarySheet(figures, 'id', 'Kota Contoh', 'Tanggal efektif', needs);
    expect(plain.blocks).toBeUndefined();
    expect(plain.charts).toBeUndefined();
    expect(sheet.rows).toEqual(plain.rows);
    expect(sheet.columns).toEqual(plain.columns);
    const block = sheet.blocks?.[0];
    expect(sheet.blocks).toHaveLength(1);
    expect(block).toMatchObject({ titleRow: 3, firstColumn: 4 });
    expect(block?.title).toMatch(/^Kebutuhan dan pegawai: 2 unit/);
    expect(block?.columns.map((c) => c.header)).toEqual(['Unit Kerja', 'Kebutuhan', 'Pegawai Saat Ini', 'Pegawai Sesudah']);
    // Dinas C has neither need nor staff; Dinas A (short by 2 before) comes first.
    expect(block?.rows).toEqual([
      ['Dinas A', 3, 1, 2],
      ['Dinas B', 1, 2, 1],
    ]);
    // Printed, the figures alone fill the page width (header on row 4, one figure on row 5).
    expect(plain.print).toBeUndefined();
    expect(sheet.print).toEqual({ landscape: false, paper: 'A4', area: 'A1:C5' });
  });

  it('describes a clustered bar chart over the block, below it, with the series named as the columns', () => {
    const chart = summarySheet(figures, 'en', 'Kota Contoh', 'Effective date', needs).charts?.[0];
    expect(chart).toMatchObject({
      type: 'barClustered',
      title: 'Staffing need and staff per unit',
      source: 'E4:H6',
      categories: 'E5:E6',
      anchor: 'E8',
    });
    expect(chart?.series).toEqual([
      { name: 'Need', values: 'F5:F6' },
      { name: 'Staff Now', values: 'G5:G6' },
      { name: 'Staff After', values: 'H5:H6' },
    ]);
    expect(chart?.width).toBeGreaterThan(300);
    expect(chart?.height).toBeGreaterThan(100);
  });

  it('has no block and no chart when no unit has a need or staff', () => {
    const empty = analyseNeeds(makeTables({ positions: [makePosition({ formasi: 0 })] }), DEFAULT_POLICY);
    const sheet = summarySheet(figures, 'id', 'Kota Contoh', 'Tanggal efektif', empty);
    expect(sheet.blocks).toBeUndefined();
    expect(sheet.charts).toBeUndefined();
  });
});
