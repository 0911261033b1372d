import { attribute, XmlScanError, XmlScanner } from './xmlScanner';

/** The events of `xml` fed in pieces of `size` characters. */
function events(xml: string, size = xml.length): string[] {
  const seen: string[] = [];
  const scanner = new XmlScanner({
    open: (name, attributes, selfClosing) => seen.push(`<${name} r=${attributes.get('r') ?? '-'}${selfClosing ? '/' : ''}>`),
    close: (name) => seen.push(`</${name}>`),
    text: (text) => seen.push(`"${text}"`),
  });
  for (let i = 0; i < xml.length; i += size) scanner.write(xml.slice(i, i + size));
  scanner.close();
  return seen;
}

const SHEET =
  '<?xml version="1.0"?>\n<!-- a comment with <c> in it --><x:sheetData xmlns:x="urn:x"><row r="1"><c r="A1" t="s"><v>7</v></c>' +
  '<c r=\'B1\' note="a > b &amp; c"><is><t>Tom &amp; Jerry &lt;3 &#x263A;</t></is></c><c r="C1"/></row>' +
  '<row r="2"><c r="A2"><v><![CDATA[1<2]]></v></c></row></x:sheetData>';

describe('the streaming XML scanner', () => {
  it('gives start and end tags, attributes and decoded text, CDATA as written', () => {
    expect(events(SHEET)).toEqual([
      '<x:sheetData r=->',
      '<row r=1>',
      '<c r=A1>',
      '<v r=->',
      '"7"',
      '</v>',
      '</c>',
      '<c r=B1>',
      '<is r=->',
      '<t r=->',
      '"Tom & Jerry <3 ☺"',
      '</t>',
      '</is>',
      '</c>',
      '<c r=C1/>',
      '</c>',
      '</row>',
      '<row r=2>',
      '<c r=A2>',
      '<v r=->',
      '"1<2"',
      '</v>',
      '</c>',
      '</row>',
      '</x:sheetData>',
    ]);
  });

  it('gives the same events however the text is cut into chunks', () => {
    const whole = events(SHEET);
    for (const size of [1, 2, 3, 7, 64]) expect(events(SHEET, size).join('')).toBe(whole.join(''));
  });

  it('gives the same events for chunks cut anywhere, a tag, a comment, an entity or a quoted > cut in two', () => {
    const xml =
      '<?xml version="1.0"?><root><!-- a > b --><c r="A1" note="x > y"><v>12</v></c>text > more &amp; &#x263A; rest' +
      '<c r="B2"><![CDATA[a>b]]></c><c r="C3" t="s"/><![CDATA[]]>tail</root>';
    const whole = events(xml).join('');
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 300; round++) {
      const seen: string[] = [];
      const scanner = new XmlScanner({
        open: (name, attributes, selfClosing) => seen.push(`<${name} r=${attributes.get('r') ?? '-'}${selfClosing ? '/' : ''}>`),
        close: (name) => seen.push(`</${name}>`),
        text: (text) => seen.push(`"${text}"`),
      });
      for (let at = 0; at < xml.length;) {
        const size = 1 + Math.floor(random() * 24);
        scanner.write(xml.slice(at, at + size));
        at += size;
      }
      scanner.close();
      expect(seen.join('')).toBe(whole);
    }
  });

  it('reads attributes exactly: whole names only, either quote, entities decoded', () => {
    const tag = 'c rr="no" r = "A1" t=\'s\' x:r="prefixed" v="&quot;q&quot;"';
    expect(attribute(tag, 'r')).toBe('A1');
    expect(attribute(tag, 't')).toBe('s');
    expect(attribute(tag, 'x:r')).toBe('prefixed');
    expect(attribute(tag, 'v')).toBe('"q"');
    expect(attribute(tag, 's')).toBeUndefined();
  });

  it('accepts an end tag with space before its >, and names the mismatch', () => {
    expect(events('<a><b></b ></a\n>')).toEqual(['<a r=->', '<b r=->', '</b>', '</a>']);
    expect(() => events('<ab></a>')).toThrow('</a> closes <ab>');
    expect(() => events('<a></ab>')).toThrow('</ab> closes <a>');
  });

  it('reports a damaged part instead of reading it in part', () => {
    expect(() => events('<a><b></a>')).toThrow(XmlScanError);
    expect(() => events('<a><b>')).toThrow(/not closed/);
    expect(() => events('<a><b r="1"')).toThrow(/inside a tag/);
  });
});
