/** The shared string table of a workbook (`xl/sharedStrings.xml`), read in chunks. */
import { streamPart } from './packageParts';
import type { PackageReader } from './packageReader';
import { XmlScanner } from './xmlScanner';
import { decodeEscapes, localName } from './xmlText';

/**
 * Every shared string as the cell shows it: the runs of a rich text joined, phonetic guides
 * (`<rPh>`, furigana) left out.
 */
export async function readSharedStrings(pkg: PackageReader, path: string): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  const scanner = new XmlScanner({
    open: (tagName, _, selfClosing) => {
      const name = localName(tagName);
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0 && !selfClosing) inText = true;
    },
    text: (text) => {
      if (inText) current += text;
    },
    close: (tagName) => {
      const name = localName(tagName);
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(decodeEscapes(current));
    },
  });
  await streamPart(pkg, path, (chunk) => scanner.write(chunk));
  scanner.close();
  return strings;
}
