import { day, makeEmployee, makePosition, makeTables, makeUnit } from '../../../test/support/factories';
import { DEFAULT_POLICY } from '../rules/policy';
import { dampakLayananSheet, publicServiceBasis } from './dampakLayananSheet';
import { jobText, missingCompetencies, pangkatText, type DecreeMove } from './decreeMove';
import { documentRows } from './documentLayout';
import { lampiranSkSheet } from './lampiranSkSheet';
import { pemberitahuanSheet } from './pemberitahuanSheet';

const sosialStaff = makePosition({ code: 'SOS-1', name: 'Kepala Seksi Rehabilitasi Sosial', unit: 'Dinas Sosial' });
const sekretaris = makePosition({ code: 'SOS-2', name: 'Sekretaris Dinas Sosial', unit: 'Dinas Sosial' });
const perawat = makePosition({
  code: 'PKM-1',
  name: 'Perawat Terampil',
  unit: 'Puskesmas Rambutan',
  uraianTugas: 'Memberikan asuhan keperawatan',
  kompetensi: ['Asuhan Keperawatan', 'Pelayanan Publik', 'Gawat Darurat'],
  formasi: 3,
});
const budi = makeEmployee({
  nip: '198503122010011002',
  positionCode: 'SOS-1',
  nama: 'Budi Santoso, S.Kep.',
  golongan: 'III/a',
  kompetensi: ['pelayanan  publik'],
});
const ani = makeEmployee({ nip: '199001012015022001', nama: 'Ani', golongan: null, positionCode: 'SOS-2' });

const moves: DecreeMove[] = [
  { employee: budi, from: sosialStaff, to: perawat },
  { employee: ani, from: sekretaris, to: sosialStaff, remark: 'Rotasi' },
];
const effective = day('2026-12-01');

describe('decree words', () => {
  it('names a post "pada" its unit unless the name already ends with the unit', () => {
    expect(jobText(sosialStaff)).toBe('Kepala Seksi Rehabilitasi Sosial pada Dinas Sosial');
    expect(jobText(sekretaris)).toBe('Sekretaris Dinas Sosial');
  });
  it('writes the rank with its golongan, and a dash for PPPK', () => {
    expect(pangkatText('III/a')).toBe('Penata Muda (III/a)');
    expect(pangkatText('IV/b')).toBe('Pembina Tingkat I (IV/b)');
    expect(pangkatText(null)).toBe('—');
  });
  it('lists the competencies the new post needs that the employee lacks, without case or spacing', () => {
    expect(missingCompetencies(budi, perawat)).toEqual(['Asuhan Keperawatan', 'Gawat Darurat']);
    expect(missingCompetencies(makeEmployee({ kompetensi: ['gawat darurat', 'Asuhan keperawatan', 'Pelayanan Publik'] }), perawat)).toEqual(
      [],
    );
  });
});

describe('lampiranSkSheet', () => {
  const sheet = lampiranSkSheet(moves, { ...DEFAULT_POLICY.decree, nomor: '800/123/BKPSDM/2026' }, 'id');

  it('opens with the title block from the policy, leaving a dotted space for what is not given', () => {
    expect(sheet.name).toBe('Lampiran SK');
    expect(sheet.titleLines?.[0]).toBe('LAMPIRAN KEPUTUSAN WALI KOTA TEBING TINGGI');
    expect(sheet.titleLines?.[1]).toMatch(/^NOMOR\s*: 800\/123\/BKPSDM\/2026$/);
    expect(sheet.titleLines?.[2]).toMatch(/^TANGGAL\s*: …+$/);
    expect(sheet.titleLines?.[3]).toMatch(/^TENTANG\s*: PEMINDAHAN PEGAWAI NEGERI SIPIL/);
  });

  it('has the decree columns, a numbered row, and one row per move with name and NIP on two lines', () => {
    expect(sheet.columns.map((c) => c.header)).toEqual(['NO', 'NAMA / NIP', 'PANGKAT/GOL. RUANG', 'JABATAN LAMA', 'JABATAN BARU', 'KET']);
    expect(sheet.document?.numberedColumns).toBe(true);
    expect(sheet.rows).toEqual([
      [
        1,
        'Budi Santoso, S.Kep.\nNIP. 198503122010011002',
        'Penata Muda (III/a)',
        'Kepala Seksi Rehabilitasi Sosial pada Dinas Sosial',
        'Perawat Terampil pada Puskesmas Rambutan',
        'Mutasi',
      ],
      [2, 'Ani\nNIP. 199001012015022001', '—', 'Sekretaris Dinas Sosial', 'Kepala Seksi Rehabilitasi Sosial pada Dinas Sosial', 'Rotasi'],
    ]);
  });

  it('ends with the signature block and prints landscape on F4 with borders and the header rows repeated', () => {
    expect(sheet.document?.footerLines).toEqual([
      'Ditetapkan di Tebing Tinggi',
      expect.stringMatching(/^pada tanggal …+$/),
      '',
      'WALI KOTA TEBING TINGGI,',
      '',
      '',
      '',
      expect.stringMatching(/^…+$/),
    ]);
    expect(sheet.document?.borders).toBe(true);
    expect(sheet.print).toEqual({ landscape: true, paper: 'F4' });
    const rows = documentRows(sheet);
    expect(rows).toMatchObject({ headerRow: 6, numberRow: 7, firstDataRow: 8, lastDataRow: 9, printTitleRows: '6:7' });
    expect(rows.footerRow).toBe(11);
  });

  it('takes the paper, date and signatory from the policy, and English headers with --lang en', () => {
    const en = lampiranSkSheet(
      moves,
      { ...DEFAULT_POLICY.decree, paper: 'A4', tanggal: '1 Desember 2026', signatoryName: 'dr. H. Contoh' },
      'en',
    );
    expect(en.name).toBe('Decree Appendix');
    expect(en.print?.paper).toBe('A4');
    expect(en.columns[1]?.header).toBe('NAME / NIP');
    expect(en.document?.footerLines).toContain('on 1 Desember 2026');
    expect(en.document?.footerLines.at(-1)).toBe('dr. H. Contoh');
  });
});

describe('pemberitahuanSheet', () => {
  const sheet = pemberitahuanSheet(moves, effective, 'id', 'Kota Tebing Tinggi');
  it('gives each moved employee the new post, a real effective date, duties, gaps with training, and open acknowledgement cells', () => {
    expect(sheet.name).toBe('Pemberitahuan');
    expect(sheet.rows).toHaveLength(2);
    const [first, second] = sheet.rows;
    expect(first?.slice(0, 6)).toEqual([
      1,
      '198503122010011002',
      'Budi Santoso, S.Kep.',
      'Kepala Seksi Rehabilitasi Sosial pada Dinas Sosial',
      'Perawat Terampil pada Puskesmas Rambutan',
      'Puskesmas Rambutan',
    ]);
    expect(first?.[6]).toEqual(new Date(Date.UTC(2026, 11, 1)));
    expect(sheet.columns[6]?.format).toBe('date');
    expect(first?.slice(7)).toEqual([
      'Memberikan asuhan keperawatan',
      'Asuhan Keperawatan\nGawat Darurat',
      'Pelatihan Asuhan Keperawatan\nPelatihan Gawat Darurat',
      null,
      null,
    ]);
    expect(second?.slice(7, 10)).toEqual(['—', '—', '—']);
    expect(sheet.columns.at(-2)?.header).toBe('Tanda Terima (Paraf)');
  });
});

describe('dampakLayananSheet', () => {
  it('tells front-line units by the Unit sheet first, else by name', () => {
    expect(publicServiceBasis('Puskesmas Rambutan', [])).toBe('name');
    expect(publicServiceBasis('Dinas Sosial', [])).toBe('name');
    expect(publicServiceBasis('Bappeda', [])).toBeNull();
    expect(publicServiceBasis('Dinas Sosial', [makeUnit({ name: 'Dinas Sosial', layananPublik: false })])).toBeNull();
    expect(publicServiceBasis('Bappeda', [makeUnit({ name: 'Bappeda', layananPublik: true })])).toBe('sheet');
  });

  it('counts staff in and out, open posts after the moves, and drafts a plain notice per unit', () => {
    const tables = makeTables({
      employees: [budi, ani],
      positions: [sosialStaff, sekretaris, perawat],
    });
    const sheet = dampakLayananSheet(moves, tables, effective, 'id', 'Kota Tebing Tinggi');
    expect(sheet.name).toBe('Dampak Layanan');
    // Dinas Sosial: Budi leaves, Ani's move stays inside the unit; Puskesmas gains Budi.
    expect(sheet.rows.map((r) => r.slice(1, 7))).toEqual([
      ['Dinas Sosial', 'Nama unit', 0, 1, -1, 1],
      ['Puskesmas Rambutan', 'Nama unit', 1, 0, 1, 2],
    ]);
    expect(sheet.rows[0]?.[7]).toBe(
      'Mulai 1 Desember 2026, Dinas Sosial melepas 1 pegawai; 1 jabatan yang masih kosong sedang diisi; layanan tetap dibuka seperti biasa.',
    );
    expect(sheet.rows[1]?.[7]).toMatch(/^Mulai 1 Desember 2026, Puskesmas Rambutan menerima 1 pegawai baru; 2 jabatan/);
    const en = dampakLayananSheet(moves, tables, effective, 'en', 'Kota Tebing Tinggi');
    expect(en.name).toBe('Service Impact');
    expect(en.rows[1]?.[7]).toMatch(/^From 1 December 2026, Puskesmas Rambutan receives 1 new staff/);
  });
});
