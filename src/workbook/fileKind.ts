/**
 * What kind of file a user handed us, judged by its bytes (a file's extension is often wrong:
 * an .ods renamed to .xlsx, an encrypted workbook that still ends in .xlsx). Only `xlsx` is
 * read; every other kind has its own message saying what to do (cli.json / ui.json).
 *
 * - zip with `xl/workbook.xml` → `xlsx` (also .xlsm and .xltx: the same parts);
 * - zip with `xl/workbook.bin` → `xlsb` (Excel's binary workbook);
 * - zip whose `mimetype` is an OpenDocument spreadsheet → `ods`;
 * - other zip → `not-workbook`;
 * - OLE compound file (MS-CFB) with an `EncryptedPackage` stream → `encrypted` (an .xlsx saved
 *   with "Encrypt with Password": MS-OFFCRYPTO wraps the package in a compound file);
 * - other OLE compound file → `xls` (Excel 97-2003, encrypted or not);
 * - text without NUL bytes → `text` (CSV, or a tab-separated export);
 * - anything else → `unknown`.
 */

export type FileKind = 'xlsx' | 'xlsb' | 'ods' | 'encrypted' | 'xls' | 'not-workbook' | 'text' | 'unknown';

const ZIP_LOCAL = 0x04034b50;
const ZIP_END = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

export function fileKindOf(data: Uint8Array): FileKind {
  if (data.length >= 4 && u32(data, 0) === ZIP_LOCAL) return zipKind(data);
  if (data.length >= 512 && OLE_MAGIC.every((byte, i) => data[i] === byte)) {
    return oleStreamNames(data).includes('EncryptedPackage') ? 'encrypted' : 'xls';
  }
  if (looksLikeText(data)) return 'text';
  return 'unknown';
}

function zipKind(data: Uint8Array): FileKind {
  const names = zipEntryNames(data);
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('xl/workbook.bin')) return 'xlsb';
  if (names.has('mimetype') && odfMimetype(data).startsWith(ODS_MIMETYPE)) return 'ods';
  return 'not-workbook';
}

/** Entry names from the zip's central directory (found through its end record). */
function zipEntryNames(data: Uint8Array): Set<string> {
  const names = new Set<string>();
  // The end record sits in the last 22 bytes plus at most a 65535-byte comment.
  const stop = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let i = data.length - 22; i >= stop; i--) {
    if (u32(data, i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return names;
  const count = u16(data, end + 10);
  let at = u32(data, end + 16);
  const decoder = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= data.length && u32(data, at) === ZIP_CENTRAL; n++) {
    const nameLength = u16(data, at + 28);
    names.add(decoder.decode(data.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + u16(data, at + 30) + u16(data, at + 32);
  }
  return names;
}

/** ODF puts `mimetype` first and stored (uncompressed), so its text follows the first local header. */
function odfMimetype(data: Uint8Array): string {
  if (data.length < 30 || u16(data, 8) !== 0) return '';
  const nameLength = u16(data, 26);
  const start = 30 + nameLength + u16(data, 28);
  const name = new TextDecoder().decode(data.subarray(30, 30 + nameLength));
  if (name !== 'mimetype') return '';
  return new TextDecoder().decode(data.subarray(start, start + u32(data, 18)));
}

/**
 * Stream and storage names of a compound file's directory (MS-CFB 2.6): the directory's
 * sectors are followed through the FAT, whose sectors the header's DIFAT lists (the first
 * 109 of them are enough for files up to ~7 MB; beyond that the names found so far are used).
 */
function oleStreamNames(data: Uint8Array): string[] {
  const sectorSize = 1 << u16(data, 0x1e);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const sectorAt = (sector: number) => (sector + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = u32(data, 0x4c + i * 4);
    if (sector >= 0xfffffffa) break;
    fatSectors.push(sector);
  }
  const next = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined) return 0xfffffffe;
    const at = sectorAt(fatSector) + (sector % perSector) * 4;
    return at + 4 <= data.length ? u32(data, at) : 0xfffffffe;
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = u32(data, 0x30); sector < 0xfffffffa && !seen.has(sector); sector = next(sector)) {
    seen.add(sector);
    const base = sectorAt(sector);
    for (let entry = base; entry + 128 <= Math.min(base + sectorSize, data.length); entry += 128) {
      const length = u16(data, entry + 0x40); // bytes, with the terminating NUL
      if (length < 2 || length > 64) continue;
      let name = '';
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(u16(data, entry + i));
      names.push(name);
    }
  }
  return names;
}

/**
 * Text: a UTF-16 byte-order mark (Excel's "Unicode Text"), or no control bytes other than tab,
 * line breaks and form feed in the first 4 KB. Any 8-bit encoding passes (Excel saves CSV in
 * the Windows code page).
 */
function looksLikeText(data: Uint8Array): boolean {
  if (data.length === 0) return false;
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return true;
  return data.subarray(0, 4096).every((byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d);
}

function u16(data: Uint8Array, at: number): number {
  return (data[at] ?? 0) | ((data[at + 1] ?? 0) << 8);
}

function u32(data: Uint8Array, at: number): number {
  return (u16(data, at) | (u16(data, at + 2) << 16)) >>> 0;
}
