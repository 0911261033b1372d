/**
 * The plan's fairness checks (docs/sheets.md#pemeriksaan-keadilan): a status badge in words and colour, the check's name and its
 * sentence, put into words here from the checks' data, so a language switch re-renders them.
 */
import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { checkTexts } from '../../domain/fairness/fairnessLabels';
import type { FairnessSummaryCheck } from '../../domain/pipelineTypes';
import { t as translate } from '../../i18n';
import { useLang } from '../useT';

const COLOR = { pass: 'success', attention: 'warning', fail: 'danger' } as const;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

export function FairnessList({ checks }: { checks: readonly FairnessSummaryCheck[] }) {
  const styles = useStyles();
  const lang = useLang();
  return (
    <ul className={styles.list} data-testid="fairness">
      {checks.map((check) => {
        const texts = checkTexts(check.finding, lang);
        return (
          <li key={check.key} className={styles.item} data-check={check.key} data-check-status={check.judged ? check.status : 'reported'}>
            <div className={styles.line}>
              <Badge
                className={styles.badge}
                appearance={check.judged ? 'filled' : 'outline'}
                color={check.judged ? COLOR[check.status] : 'informative'}
              >
                {translate(lang, check.judged ? `fairness.status.${check.status}` : 'fairness.status.reported')}
              </Badge>
              <Text weight="semibold" size={200}>
                {texts.name}
              </Text>
            </div>
            <Caption1>{texts.sentence}</Caption1>
          </li>
        );
      })}
    </ul>
  );
}
