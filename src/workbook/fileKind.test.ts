import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compoundFile } from '../../test/fixtures/hardening/compoundFile';
import { fileKindOf } from './fileKind';

const HARDENING = join(__dirname, '..', '..', 'test', 'fixtures', 'hardening');
const XLSX = join(__dirname, '..', '..', 'test', 'fixtures', 'xlsx');
const bytes = (path: string) => new Uint8Array(readFileSync(path));

describe('fileKindOf', () => {
  it('knows the workbooks other programs write by their bytes', () => {
    expect(fileKindOf(bytes(join(XLSX, 'realworld-bkpsdm.xlsx')))).toBe('xlsx');
    expect(fileKindOf(bytes(join(HARDENING, 'base.xlsm')))).toBe('xlsx');
    expect(fileKindOf(bytes(join(HARDENING, 'base.ods')))).toBe('ods');
    expect(fileKindOf(bytes(join(HARDENING, 'base.xls')))).toBe('xls');
    expect(fileKindOf(bytes(join(HARDENING, 'encrypted.xls')))).toBe('xls');
    expect(fileKindOf(bytes(join(HARDENING, 'base.csv')))).toBe('text');
    expect(fileKindOf(bytes(join(HARDENING, 'not-a-workbook.xlsx')))).toBe('not-workbook');
  });

  it('tells an encrypted .xlsx (EncryptedPackage in a compound file) from a legacy .xls', () => {
    expect(fileKindOf(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toBe('encrypted');
    expect(fileKindOf(compoundFile(['Workbook', 'SummaryInformation']))).toBe('xls');
  });

  it('reads text in any 8-bit code page and UTF-16 with a byte-order mark as text', () => {
    expect(fileKindOf(new Uint8Array([0x4e, 0x49, 0x50, 0x3b, 0xe9, 0x0d, 0x0a]))).toBe('text');
    expect(fileKindOf(new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x49, 0x00]))).toBe('text');
  });

  it('calls empty or binary bytes unknown', () => {
    expect(fileKindOf(new Uint8Array())).toBe('unknown');
    expect(fileKindOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe('unknown');
  });
});
