/**
 * Columns of the optional unit (agency, OPD) sheet (docs/sheets.md#unit-kerja) with their aliases.
 */
import type { FieldDef, TableDictionary } from './fieldDef';
import { UNIT_KERJA_ALIASES } from './pegawaiFields';

export type UnitField = 'unitKerja' | 'kebutuhanAbk' | 'bebanKerja' | 'pertumbuhan' | 'layananPublik' | 'batasKeluar';

export const UNIT_FIELDS: readonly FieldDef<UnitField>[] = [
  { key: 'unitKerja', header: 'Unit Kerja', required: true, aliases: UNIT_KERJA_ALIASES },
  {
    key: 'kebutuhanAbk',
    header: 'Kebutuhan Pegawai (ABK)',
    required: false,
    aliases: ['Kebutuhan ABK', 'Kebutuhan Pegawai', 'ABK', 'Kebutuhan', 'Jumlah Kebutuhan Pegawai', 'Required Staff', 'Staff Needed'],
  },
  {
    key: 'bebanKerja',
    header: 'Beban Kerja (jam/tahun)',
    required: false,
    aliases: ['Beban Kerja', 'Jam Beban Kerja', 'Total Beban Kerja', 'Beban Kerja Jam', 'Workload Hours', 'Workload'],
  },
  {
    key: 'pertumbuhan',
    header: 'Pertumbuhan Layanan (%)',
    required: false,
    aliases: ['Pertumbuhan Layanan', 'Pertumbuhan', 'Pertumbuhan Permintaan', 'Pertumbuhan Penduduk', 'Demand Growth', 'Growth'],
  },
  {
    key: 'layananPublik',
    header: 'Layanan Publik',
    required: false,
    aliases: ['Pelayanan Publik', 'Unit Layanan Publik', 'Public Service'],
  },
  {
    key: 'batasKeluar',
    header: 'Batas Keluar',
    required: false,
    aliases: ['Maks Keluar', 'Maksimal Keluar', 'Batas Mutasi Keluar', 'Max Outflow', 'Maximum Outflow'],
  },
];

export const UNIT_TABLE: TableDictionary<UnitField> = {
  kind: 'unit',
  fields: UNIT_FIELDS,
  keyFields: ['unitKerja'],
  markerFields: ['kebutuhanAbk', 'bebanKerja', 'pertumbuhan', 'layananPublik', 'batasKeluar'],
  rowKey: 'unitKerja',
  sheetNameHints: ['unit', 'opd', 'skpd', 'instansi', 'agency', 'agencies', 'perangkatdaerah'],
};
