import type { ReviewedProposal, ReviewedSheet } from '../../src/domain/input/reviewedProposals';
import { asNip, asPositionCode, type Employee, type Position } from '../../src/domain/model/types';
import { proposalsSheet } from '../../src/domain/output/proposalsSheet';
import { reviewSummarySheet } from '../../src/domain/output/reviewSummarySheet';
import { reviewOutcome, reviewPairs } from '../../src/domain/plan/reviewOutcome';
import type { Proposal } from '../../src/domain/plan/types';
import { makeEmployee, makeNip, makePosition, makeTables } from '../support/factories';

const NIP = { a: makeNip('1980-01-01'), b: makeNip('1981-01-01'), c: makeNip('1982-01-01'), d: makeNip('1983-01-01') };
const employees = Object.entries(NIP).map(([k, nip]) =>
  makeEmployee({ nip, nama: `Pegawai ${k.toUpperCase()}`, positionCode: `OWN-${k}` }),
);
const positions = ['T1', 'T2', 'T3', 'T4'].map((code) => makePosition({ code, name: `Jabatan ${code}`, unit: 'Dinas Sosial' }));
const tables = makeTables({ employees, positions });

function proposal(employee: Employee, to: Position): Proposal {
  const p: Partial<Proposal> = {
    id: `M-${employee.nip.slice(0, 4)}-${to.code}`,
    employee,
    from: makePosition({ code: employee.positionCode }),
    to,
    fitFrom: 50,
    fitTo: 60,
    purposes: ['UNIT_NEED'],
    attention: [],
  };
  return p as Proposal;
}

function reviewedRow(row: number, p: Proposal, decision: ReviewedProposal['decision'], note = '', reviewer = ''): ReviewedProposal {
  return { row, id: p.id, nip: p.employee.nip, targetCode: p.to.code, decision, note, reviewer };
}

const [ea, eb, ec, ed] = employees;
const [t1, t2, t3, t4] = positions;
const before = { a: proposal(ea!, t1!), b: proposal(eb!, t2!), c: proposal(ec!, t3!), d: proposal(ed!, t4!) };
const sheet: ReviewedSheet = {
  sheetName: 'Usulan Mutasi',
  // Sheet order differs from the plan's; the C row's ID was typed over, so NIP + code must match it.
  rows: [
    reviewedRow(5, before.c, 'proposed', 'tanyakan ke kepala dinas'),
    { ...reviewedRow(4, before.a, 'approved', 'Sesuai', 'Kabid'), id: 'M-TYPO' },
    reviewedRow(7, before.b, 'rejected', 'Tugas belajar', 'Sekretaris'),
    reviewedRow(9, before.d, 'revise', 'Unit lain saja', 'Bu Sari'),
  ],
};

describe('reviewPairs', () => {
  it('locks Setuju pairs and forbids Tolak and Revisi pairs', () => {
    expect(reviewPairs(sheet)).toEqual({
      locked: [{ nip: asNip(NIP.a), positionCode: asPositionCode('T1') }],
      forbidden: [
        { nip: asNip(NIP.b), positionCode: asPositionCode('T2') },
        { nip: asNip(NIP.d), positionCode: asPositionCode('T4') },
      ],
    });
  });
});

describe('reviewOutcome', () => {
  // The re-plan: A and C as before, B stays, D gets an alternative (T2).
  const after = [before.a, before.c, proposal(ed!, t2!)];
  const result = reviewOutcome(sheet, after, tables);

  it('gives every reviewed row its outcome, then the new proposals', () => {
    expect(result.outcomes.map((o) => [o.reviewed?.row ?? null, o.kind, o.reason, o.proposal?.id ?? null, o.name])).toEqual([
      [5, 'stillProposed', 'UNCHANGED', before.c.id, 'Pegawai C'],
      [4, 'kept', 'LOCKED', before.a.id, 'Pegawai A'],
      [7, 'dropped', 'REJECTED', null, 'Pegawai B'],
      [9, 'dropped', 'REVISE_ALTERNATIVE', after[2]!.id, 'Pegawai D'],
      [null, 'new', 'NEW', after[2]!.id, 'Pegawai D'],
    ]);
  });

  it('carries decisions and notes of unchanged proposals, and shows the Revisi note next to the alternative', () => {
    expect(result.carried.get(before.a.id)).toEqual({ decision: 'approved', note: 'Sesuai', reviewer: 'Kabid', revisedNotes: [] });
    expect(result.carried.get(before.c.id)).toMatchObject({ decision: 'proposed', note: 'tanyakan ke kepala dinas' });
    expect(result.carried.get(after[2]!.id)).toEqual({
      decision: 'proposed',
      note: '',
      reviewer: '',
      revisedNotes: [{ note: 'Unit lain saja', reviewer: 'Bu Sari' }],
    });

    const model = proposalsSheet(after, 'id', () => '', 'Kota', result.carried);
    const decision = model.columns.findIndex((c) => c.header === 'Keputusan');
    expect(model.rows.map((r) => r.slice(decision))).toEqual([
      ['Setuju', 'Sesuai', 'Kabid'],
      ['Diusulkan', 'tanyakan ke kepala dinas', null],
      ['Diusulkan', 'Revisi sebelumnya (Bu Sari): Unit lain saja', null],
    ]);
  });

  it('loses no reviewer word in the summary, with counts on top', () => {
    const summary = reviewSummarySheet('Usulan Mutasi', result.outcomes, [{ row: 12, text: 'rapat lagi Senin' }], 'id', 'Kota');
    const text = JSON.stringify(summary.rows);
    for (const word of [
      'Sesuai',
      'Kabid',
      'Tugas belajar',
      'Sekretaris',
      'Unit lain saja',
      'Bu Sari',
      'tanyakan ke kepala dinas',
      'rapat lagi Senin',
    ]) {
      expect(text).toContain(word);
    }
    expect(summary.rows).toHaveLength(6);
    expect(summary.titleLines).toEqual([
      "Ringkasan Tinjauan atas 'Usulan Mutasi' — Kota",
      'Keputusan peninjau: Setuju 1, Tolak 1, Revisi 1, Diusulkan 1',
      'Hasil: dipertahankan 1, dibatalkan 2, tetap diusulkan 1, berubah 0, tidak dapat diterapkan 0, usulan baru 1',
      'Komentar peninjau di Excel pada baris usulan: 0',
    ]);
  });

  it('reports an approved pair missing from the new plan and a row that names no known employee', () => {
    const stray: ReviewedSheet = {
      sheetName: 'Usulan Mutasi',
      rows: [reviewedRow(4, before.a, 'approved', 'ok'), { ...reviewedRow(5, before.b, 'approved'), nip: asNip('199999999999999999') }],
    };
    const { outcomes } = reviewOutcome(stray, [], tables);
    expect(outcomes.map((o) => [o.kind, o.reason])).toEqual([
      ['notApplied', 'LOCK_NOT_APPLIED'],
      ['notApplied', 'UNMATCHED'],
    ]);
  });
});
