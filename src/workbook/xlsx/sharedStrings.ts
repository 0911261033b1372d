/** The shared string table of a workbook (`xl/sharedStrings.xml`), read in chunks. */
import type JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { streamPart } from './packageParts';
import { decodeEscapes, localName } from './xmlText';

/**
 * Every shared string as the cell shows it: the runs of a rich text joined, phonetic guides
 * (`<rPh>`, furigana) left out.
 */
export async function readSharedStrings(zip: JSZip, path: string): Promise<string[]> {
  const strings: string[] = [];
  const parser = new SaxesParser();
  let current = '';
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (node) => {
    const name = localName(node.name);
    if (name === 'si') current = '';
    else if (name === 'rPh') phonetic++;
    else if (name === 't' && phonetic === 0 && !node.isSelfClosing) inText = true;
  });
  const onText = (text: string) => {
    if (inText) current += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (node) => {
    const name = localName(node.name);
    if (name === 't') inText = false;
    else if (name === 'rPh') phonetic--;
    else if (name === 'si') strings.push(decodeEscapes(current));
  });
  await streamPart(zip, path, (chunk) => parser.write(chunk));
  parser.close();
  return strings;
}
