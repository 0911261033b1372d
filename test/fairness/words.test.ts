/**
 * The words a committee reads on Pemeriksaan Keadilan, in Indonesian and English: no calques
 * of English terms, no message keys or empty placeholders, and every ratio explained in the
 * sentence of its own row.
 */
import type { Lang } from '../../src/i18n';
import { checkTexts, fairnessReport, groupRowSentence, ratioText, type FairnessReport } from '../../src/domain/fairness';
import { fairnessSheet } from '../../src/domain/output/fairnessSheet';
import type { SectionsSheetModel } from '../../src/domain/output/sheetModel';
import { choiceCity, envyCity, lockMoves, planOf, rotationCity } from './smallCity';
import { sampleRun } from './sampleRun';

const CALQUES: Record<Lang, RegExp[]> = {
  id: [/cemburu/i, /penempat\b/i, /\brasio\b/i, /4\/5/, /nilai pindah/i, /atribut/i, /kecocokan/i, /\bp\s*\(/],
  en: [/envy/i, /\bholder/i, /4\/5/, /attribute/i, /\bp\s*\(/, /\bp =/],
};

function reports(): FairnessReport[] {
  const envy = envyCity(true);
  const rotation = rotationCity(false);
  const biased = choiceCity([
    { gender: 'L', rotationDue: false, count: 12, honoured: 12 },
    { gender: 'P', rotationDue: false, count: 12, honoured: 0 },
  ]);
  return [
    fairnessReport(planOf(envy, { locked: lockMoves(envy, { B: 'KES-1' }) })),
    fairnessReport(planOf(rotation, { locked: lockMoves(rotation, { Junior: 'KES-1' }) })),
    fairnessReport(planOf(biased.tables, { locked: biased.locked })),
    fairnessReport(sampleRun().run),
  ];
}

function texts(sheet: SectionsSheetModel): string[] {
  return [
    ...(sheet.titleLines ?? []),
    ...sheet.sections.flatMap((s) => [
      s.title,
      ...(s.notes ?? []),
      s.emptyNote ?? '',
      ...s.columns.map((c) => c.header),
      ...s.rows.flat().filter((v): v is string => typeof v === 'string'),
    ]),
  ];
}

describe('the words of the fairness sheet', () => {
  const all = reports();

  it('has something to say in each list: a choice passed over, a rotation left behind, a failing group', () => {
    expect(all[0]!.envy).toHaveLength(1);
    expect(all[1]!.rotation).toHaveLength(1);
    expect(all[2]!.checks.filter((c) => c.status === 'fail').map((c) => c.code)).toEqual(['PARITY_ASPIRATION']);
  });

  for (const lang of ['id', 'en'] as const) {
    it(`uses no calque of an English term, no message key and no empty placeholder (${lang})`, () => {
      const words = all.flatMap((report) => texts(fairnessSheet(report, lang, 'Kota Uji', 'Tanggal efektif')));
      expect(words.length).toBeGreaterThan(500);
      const found = words.filter((w) => CALQUES[lang].some((calque) => calque.test(w)) || /\bfairness\.|\{\w+\}/.test(w));
      expect([...new Set(found)].slice(0, 5)).toEqual([]);
    });
  }

  it('names the checks as a committee says them', () => {
    const names = (lang: Lang) => all[0]!.checks.map((c) => checkTexts(c, lang).name);
    expect(names('id')).toContain('Pegawai lebih sesuai yang tidak mendapat jabatan pilihannya');
    expect(names('id')).toContain('Tingkat mutasi per kelompok (dilaporkan, tidak dinilai)');
    expect(names('en')).toContain('Better-suited employees who did not get the position they chose');
    const sheet = fairnessSheet(all[0]!, 'id', 'Kota Uji', '');
    expect(sheet.sections[3]!.title).toBe('Pilihan pegawai yang terlewat');
    expect(sheet.sections[3]!.columns.map((c) => c.header)).toContain('Nama Pegawai yang Ditempatkan');
    expect(String(sheet.sections[3]!.rows[0]!.at(-1))).toMatch(
      /^A memilih .+ sebagai pilihan ke-1, memenuhi syarat, dan lebih sesuai .+ daripada B yang dipindah ke sana/,
    );
  });

  it('explains every judged ratio in its own row: both percentages, the ratio, the line and what Fisher says', () => {
    const report = all[2]!;
    const women = report.groups.find((g) => g.measure === 'aspirationHonoured' && g.attribute.id === 'gender' && g.group.key === 'P')!;
    expect(groupRowSentence(women, 'id')).toBe(
      'Di antara pegawai yang belum wajib rotasi dan dapat dipindah, pada jabatan Pelaksana — Perempuan (Jenis kelamin): 0% mendapat jabatan pilihannya (0 dari 12 yang memilih jabatan yang boleh ia duduki); ' +
        'kelompok tertinggi, Laki-laki, 100%: 0,00 dari kelompok tertinggi, di bawah batas aturan empat per lima (0,8). ' +
        `Uji Fisher: peluang selisih sebesar ini terjadi karena kebetulan < 0,0001, di bawah 0,05, jadi kelompok ini nyata tertinggal dari pegawai lain (100%). Periksa alasannya sebelum rencana disetujui.`,
    );
    expect(groupRowSentence(women, 'en')).toMatch(
      /^Among employees not yet due for rotation who could move, in Pelaksana posts — Women \(Gender\): 0% got a position they chose \(0 of 12 .*\); the highest group, Men, 100%: 0\.00 of the highest group, below the four-fifths line \(0\.8\)\./,
    );
    // The sheet carries the sentence on the row, next to the figures it explains.
    const sheet = fairnessSheet(report, 'id', 'Kota Uji', '');
    const rows = sheet.sections[2]!.rows.filter((r) => r[3] === 'Perempuan' && r[0] === 'Mendapat jabatan pilihannya');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(5, 14)).toEqual(['Pelaksana', 12, 0, 0, 'Laki-laki', 1, 0, expect.any(Number), 'Gagal']);
    expect(rows[0]!.at(-1)).toBe(groupRowSentence(women, 'id', report.settings));
  });

  it('writes the ratio of a judged row in its sentence, on the sample, in both languages', () => {
    const judged = all[3]!.groups.filter(
      (g) => g.judged && g.reference !== null && !(g.reference.key === g.group.key) && g.hits + g.base > 0,
    );
    expect(judged.length).toBeGreaterThan(50);
    for (const lang of ['id', 'en'] as const) {
      const missing = judged.filter(
        (g) =>
          !(g.measure === 'fitLower' || g.measure === 'movedUnwilling' || g.measure === 'movedAwayFromChoices' ? g.hits === 0 : false) &&
          !groupRowSentence(g, lang).includes(ratioText(g.ratio, lang)),
      );
      expect(missing.map((g) => `${g.measure}|${g.group.key}`).slice(0, 3)).toEqual([]);
    }
  });

  it('says in the move-rate sentence that it is reported, not judged', () => {
    const check = all[3]!.checks[0]!;
    expect(check).toMatchObject({ code: 'PARITY_MOVE_RATE', judged: false, status: 'pass' });
    expect(checkTexts(check, 'id').sentence).toMatch(/^Dilaporkan sebagai angka, tidak dinilai/);
    expect(checkTexts(check, 'en').sentence).toMatch(/^Reported as figures, not judged/);
  });
});
