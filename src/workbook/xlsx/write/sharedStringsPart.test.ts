import { PackageLayoutError } from '../packageParts';
import { appendSharedStrings, EMPTY_SHARED_STRINGS, sharedStringsLayout } from './sharedStringsPart';
import { StringTable } from './stringTable';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

/** The part as appending it with whole strings and regular expressions gives it (the definition). */
function appendedAsText(original: string, table: StringTable): string {
  const items = table.items();
  const body = /<sst\b[^>]*>([\s\S]*?)<\/sst>/.exec(original)?.[1];
  const count = body === undefined ? 0 : (body.match(/<si\b[^>]*\/>|<si\b[^>]*>[\s\S]*?<\/si>/g) ?? []).length;
  const xml = original.replace(/\suniqueCount="\d+"/, '');
  const open = /<sst\b[^>]*?(\/?)>/.exec(xml);
  if (open === null) throw new Error('no sst');
  const tag = open[0].replace(/\scount="\d+"/, '').replace(/\/?>$/, '');
  const total = count + items.length;
  const opening = `${tag} count="${total}" uniqueCount="${total}">`;
  const after = xml.slice(open.index + open[0].length);
  if (open[1] === '/') return `${xml.slice(0, open.index)}${opening}${items.join('')}</sst>${after}`;
  const close = xml.indexOf('</sst>', open.index);
  return `${xml.slice(0, open.index)}${opening}${xml.slice(open.index + open[0].length, close)}${items.join('')}${xml.slice(close)}`;
}

const table = (...texts: string[]) => {
  const strings = new StringTable();
  for (const t of texts) strings.add(t);
  return strings;
};

describe('shared strings appended as bytes', () => {
  const originals = [
    `${HEAD}<sst xmlns="urn:x" count="3" uniqueCount="2"><si><t>a</t></si><si><r><t xml:space="preserve"> b</t></r><rPh sb="0"><t>x</t></rPh></si></sst>`,
    `${HEAD}<sst xmlns="urn:x"><si/><si><t>ü &amp; ✓</t></si><sig/></sst>`,
    `${HEAD}<sst xmlns="urn:x" count="0" uniqueCount="0"/>`,
    text(EMPTY_SHARED_STRINGS),
  ];

  it('counts the items of the user part', () => {
    expect(originals.map((o) => sharedStringsLayout(bytes(o)).count)).toEqual([2, 2, 0, 0]);
  });

  it('gives the part appending as text gives, the user items copied as they are', () => {
    const added = table('satu', ' dua', 'tiga\nempat', 'x < y & "z"', 'satu', 'é—✓');
    for (const original of originals) {
      expect(text(appendSharedStrings(sharedStringsLayout(bytes(original)), added))).toBe(appendedAsText(original, added));
    }
  });

  it('reports a part without a shared strings table', () => {
    expect(() => sharedStringsLayout(bytes(`${HEAD}<sstx/>`))).toThrow(PackageLayoutError);
    expect(() => sharedStringsLayout(bytes(`${HEAD}<sst><si><t>a</t></si>`))).toThrow(PackageLayoutError);
  });
});
