/** File access for the CLI: inputs are only read; outputs are written whole, then renamed into place. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createInflateRaw, deflateRaw } from 'node:zlib';
import { ExcelJsWorkbook, UnreadableWorkbookError } from '../workbook/exceljs/ExcelJsWorkbook';
import type { FileKind } from '../workbook/fileKind';
import { UsageError, type UnreadableFileKey } from './args';

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

/** Node's zlib, on its thread pool: the new sheets are compressed side by side. */
const deflateAsync = promisify(deflateRaw);
export const nodeDeflate = async (data: Uint8Array): Promise<Uint8Array> => new Uint8Array(await deflateAsync(data));

/**
 * Node's zlib, streaming, on its thread pool: a part comes out in pieces of 64 KiB, never whole
 * unless its reader keeps it so. Larger pieces decode to strings V8 allocates one by one outside
 * its young generation, several times slower to make and collect.
 */
export const nodeInflate = (data: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> =>
  new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    inflater.on('data', onChunk).on('error', reject).on('end', resolve);
    inflater.end(data);
  });

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
