/** The plan's key figures as small cards (two per row at 320 px). */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Figure } from '../../domain/pipelineTypes';
import { useLang } from '../useT';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))', gap: tokens.spacingHorizontalS, margin: 0 },
  card: {
    display: 'flex',
    flexDirection: 'column-reverse',
    justifyContent: 'flex-end',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  label: { margin: 0 },
});

export function FigureGrid({ figures }: { figures: readonly { key: string; label: string; value: Figure['value'] }[] }) {
  const styles = useStyles();
  const lang = useLang();
  return (
    <dl className={styles.grid} data-testid="figures">
      {figures.map((figure) => (
        <div key={figure.key} className={styles.card} data-figure={figure.key}>
          <dt className={styles.label}>
            <Caption1>{figure.label}</Caption1>
          </dt>
          <dd className={styles.value}>
            {typeof figure.value === 'number'
              ? figure.value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 })
              : figure.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
