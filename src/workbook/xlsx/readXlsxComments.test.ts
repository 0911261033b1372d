import JSZip from 'jszip';
import { readXlsxComments } from './readXlsxComments';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const rels = (items: string) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;

/** A package as Excel 365 saves it: a threaded comment with a reply (and its note copy), and a classic note. */
async function excel365Package(): Promise<JSZip> {
  const zip = new JSZip();
  zip.file('_rels/.rels', rels(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`));
  zip.file(
    'xl/workbook.xml',
    `<workbook ${MAIN} xmlns:r="${REL}"><sheets><sheet name="Ringkasan" sheetId="1" r:id="rId1"/><sheet name="Usulan Mutasi" sheetId="2" r:id="rId2"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels(
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>`,
    ),
  );
  zip.file(
    'xl/worksheets/_rels/sheet2.xml.rels',
    rels(
      `<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/><Relationship Id="rId2" Type="${REL}/comments" Target="../comments1.xml"/>`,
    ),
  );
  zip.file(
    'xl/persons/person.xml',
    `<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Siti Aminah" id="{P1}" userId="s@x" providerId="None"/><person displayName="Kepala BKPSDM &amp; Tim" id="{P2}" userId="k@x" providerId="None"/></personList>`,
  );
  zip.file(
    'xl/threadedComments/threadedComment1.xml',
    `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="M5" dT="2026-12-01T08:00:00.00" personId="{P1}" id="{C1}"><text>Masa kerja belum cukup &lt;3 tahun&gt;</text></threadedComment><threadedComment ref="M5" dT="2026-12-01T09:00:00.00" personId="{P2}" id="{C2}" parentId="{C1}"><text>Setuju, tolak.</text></threadedComment></ThreadedComments>`,
  );
  zip.file(
    'xl/comments1.xml',
    `<comments ${MAIN}><authors><author>tc={C1}</author><author>Budi</author></authors><commentList>` +
      `<comment ref="M5" authorId="0"><text><t>[Threaded comment] … Comment: Masa kerja belum cukup</t></text></comment>` +
      `<comment ref="B4" authorId="1"><text><r><rPr><b/><sz val="9"/></rPr><t>Budi:</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">
cek SKP 2025</t></r></text></comment>` +
      `</commentList></comments>`,
  );
  return zip;
}

describe('comments read from the parts of an .xlsx', () => {
  it('reads a threaded comment with its author and reply, and a classic note with its bold author; the note copy of the thread is left out', async () => {
    const zip = await excel365Package();
    await expect(readXlsxComments(zip, 'usulan mutasi')).resolves.toEqual([
      { sheet: 'Usulan Mutasi', row: 4, column: 2, author: 'Budi', text: 'cek SKP 2025', replies: [] },
      {
        sheet: 'Usulan Mutasi',
        row: 5,
        column: 13,
        author: 'Siti Aminah',
        text: 'Masa kerja belum cukup <3 tahun>',
        replies: [{ author: 'Kepala BKPSDM & Tim', text: 'Setuju, tolak.' }],
      },
    ]);
  });

  it('gives [] for a sheet without comments and for a sheet that is not there', async () => {
    const zip = await excel365Package();
    await expect(readXlsxComments(zip, 'Ringkasan')).resolves.toEqual([]);
    await expect(readXlsxComments(zip, 'Tidak Ada')).resolves.toEqual([]);
  });
});
