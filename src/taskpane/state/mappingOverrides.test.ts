import type { SourceSummary } from '../../domain/pipelineTypes';
import { initialState, paneReducer } from './paneState';
import {
  columnChoiceOf,
  detectedHeader,
  EMPTY_MAPPING,
  hasOverrides,
  headerOptions,
  mappingOf,
  withColumn,
  withSheet,
} from './mappingOverrides';
import { draftOf, EMPTY_DRAFT, storedMappingOf, storedOf } from './policyDraft';

const source: SourceSummary = {
  table: 'pegawai',
  sheet: 'Pegawai',
  headerRow: 3,
  columns: [
    { field: 'nip', header: 'NIP' },
    { field: 'tmtJabatan', header: 'TMT Jabatan' },
  ],
  extra: ['Catatan', 'NIP', ' '],
};

describe('column mapping overrides', () => {
  it('records a column by header text, unmaps with null, and tells what was chosen', () => {
    let mapping = withColumn(EMPTY_MAPPING, 'pegawai', 'tmtJabatan', 'TMT Mutasi Terakhir');
    mapping = withColumn(mapping, 'pegawai', 'potensi', null);
    expect(mapping).toEqual({ pegawai: { columns: { tmtJabatan: 'TMT Mutasi Terakhir', potensi: null } } });
    expect(columnChoiceOf(mapping, 'pegawai', 'tmtJabatan')).toBe('TMT Mutasi Terakhir');
    expect(columnChoiceOf(mapping, 'pegawai', 'potensi')).toBeNull();
    expect(columnChoiceOf(mapping, 'pegawai', 'nama')).toBeUndefined();
    expect(columnChoiceOf(mapping, 'jabatan', 'formasi')).toBeUndefined();
    expect(hasOverrides(mapping)).toBe(true);
  });

  it('starts the column choices over when a table is read from another sheet', () => {
    const mapping = withSheet(withColumn(EMPTY_MAPPING, 'pegawai', 'nama', 'Nama Lengkap'), 'pegawai', 'Data ASN');
    expect(mapping).toEqual({ pegawai: { sheet: 'Data ASN' } });
  });

  it('offers the recognised and the extra headers once each, and knows the detected one', () => {
    expect(headerOptions(source)).toEqual(['NIP', 'TMT Jabatan', 'Catatan']);
    expect(detectedHeader(source, 'tmtJabatan')).toBe('TMT Jabatan');
    expect(detectedHeader(source, 'potensi')).toBeNull();
  });

  it('reads stored overrides back, keeping only well-formed parts', () => {
    const stored = {
      pegawai: { sheet: 'Pegawai', headerRow: 2, columns: { tmtJabatan: 'Tanggal Lahir', nama: 4, unknownField: 'X', nip: { bad: 1 } } },
      unit: { sheet: null },
      jabatan: 'nonsense',
    };
    expect(mappingOf(stored)).toEqual({
      pegawai: { sheet: 'Pegawai', headerRow: 2, columns: { tmtJabatan: 'Tanggal Lahir', nama: 4 } },
      unit: { sheet: null },
    });
    expect(mappingOf('nonsense')).toEqual({});
    expect(mappingOf(null)).toEqual({});
  });

  it('is saved next to the policy; the older format without overrides stays readable', () => {
    const mapping = withColumn(EMPTY_MAPPING, 'pegawai', 'tmtJabatan', 'Tanggal Lahir');
    const stored = JSON.parse(JSON.stringify(storedOf(EMPTY_DRAFT, mapping))) as unknown;
    expect(stored).toEqual({ version: 1, policy: {}, effectiveDate: null, overrides: mapping });
    expect(storedMappingOf(stored)).toEqual(mapping);
    expect(draftOf(stored)).toEqual(EMPTY_DRAFT);
    const older = { version: 1, policy: { maxMoves: 10 }, effectiveDate: null };
    expect(storedOf(EMPTY_DRAFT)).not.toHaveProperty('overrides');
    expect(storedMappingOf(older)).toEqual({});
    expect(draftOf(older)?.overrides).toEqual({ maxMoves: 10 });
  });

  it('is kept in the pane state: set, loaded and reset', () => {
    let state = paneReducer(initialState(), {
      type: 'mappingColumn',
      table: 'pegawai',
      field: 'tmtJabatan',
      header: 'TMT Mutasi Terakhir',
    });
    expect(state.mapping).toEqual({ pegawai: { columns: { tmtJabatan: 'TMT Mutasi Terakhir' } } });
    state = paneReducer(state, { type: 'mappingSheet', table: 'jabatan', sheet: 'Formasi' });
    expect(state.mapping.jabatan).toEqual({ sheet: 'Formasi' });
    state = paneReducer(state, { type: 'mappingReset' });
    expect(state.mapping).toEqual({});
    state = paneReducer(state, { type: 'mappingLoaded', mapping: { unit: { sheet: null } } });
    expect(state.mapping).toEqual({ unit: { sheet: null } });
  });
});
