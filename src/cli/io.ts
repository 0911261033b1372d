/** File access for the CLI: inputs are only read; outputs are written whole, then renamed into place. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ExcelJsWorkbook, UnreadableWorkbookError } from '../workbook/exceljs/ExcelJsWorkbook';
import type { FileKind } from '../workbook/fileKind';
import { UsageError, type UnreadableFileKey } from './args';
import { nodeDeflate, nodeInflate } from './nodeCodec';

export { nodeDeflate, nodeInflate } from './nodeCodec';

export async function openWorkbook(path: string): Promise<ExcelJsWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UsageError('missingFile', { file: path });
  }
  try {
    return await ExcelJsWorkbook.fromBuffer(bytes, nodeDeflate, nodeInflate);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new UsageError(UNREADABLE_KEYS[error.kind], { file: path });
    throw error;
  }
}

/** The message for each kind of file we cannot read: each says what to do instead. */
const UNREADABLE_KEYS: Record<FileKind, UnreadableFileKey> = {
  xlsx: 'unreadableFile', // a damaged .xlsx
  unknown: 'unreadableFile',
  ods: 'unreadableOds',
  xls: 'unreadableXls',
  xlsb: 'unreadableXlsb',
  encrypted: 'unreadableEncrypted',
  text: 'unreadableText',
  'not-workbook': 'unreadableNotWorkbook',
};

/** Writes next to the target and renames, so a failed run never leaves half a file behind. */
export async function writeBytes(path: string, bytes: Uint8Array): Promise<string> {
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, target);
  return target;
}

export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}
