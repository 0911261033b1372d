import { t, type Lang } from '../../i18n';
import type { FairnessReport } from '../fairness/fairnessReport';
import { checkTexts, statusWord } from '../fairness/fairnessLabels';
import { caseSections } from './fairnessCaseSections';
import { groupSections } from './fairnessGroupSections';
import { catalogColumn, noColumn } from './sheetLayout';
import type { SectionsSheetModel, SheetSection } from './sheetModel';

/**
 * `Pemeriksaan Keadilan`: one sheet of stacked tables a committee reads top to bottom — the
 * checks (Pemeriksaan, Status, Angka, Penjelasan); the group tables (fairnessGroupSections.ts);
 * then the lists behind the other checks (fairnessCaseSections.ts).
 */
export function fairnessSheet(report: FairnessReport, lang: Lang, city: string, subtitle: string): SectionsSheetModel {
  const sections: SheetSection[] = [
    {
      title: t(lang, 'fairness.section.checks'),
      tableName: 'KeadilanRingkasan',
      columns: [
        noColumn(lang),
        catalogColumn(lang, 'fairness.col.check', 34, 'text', true),
        catalogColumn(lang, 'fairness.col.status', 12, 'text'),
        catalogColumn(lang, 'fairness.col.figures', 30, 'text', true),
        catalogColumn(lang, 'fairness.col.explanation', 90, 'text', true),
      ],
      rows: report.checks.map((check, i) => {
        const texts = checkTexts(check, lang);
        return [
          i + 1,
          texts.name,
          check.judged ? statusWord(check.status, lang) : t(lang, 'fairness.status.reported'),
          texts.figures,
          texts.sentence,
        ];
      }),
    },
    ...groupSections(report, lang),
    ...caseSections(report, lang),
  ];
  return {
    kind: 'sections',
    name: t(lang, 'sheets.name.fairness'),
    titleLines: [t(lang, 'fairness.title', { city }), subtitle],
    sections,
    print: { landscape: true, paper: 'F4' },
  };
}
