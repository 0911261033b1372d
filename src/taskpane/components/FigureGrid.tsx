/**
 * The plan's key figures as small cards (two per row at 320 px). Labels, dates and words
 * are rendered here from the figures' codes, so a language switch re-renders them without
 * planning again.
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { dayOfUtcDate, formatDayEn, formatDayId } from '../../domain/model/dates';
import type { Figure } from '../../domain/pipelineTypes';
import { renderMessage, type Lang } from '../../i18n';
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

/** A figure's value in `lang`: a number in the language's style, a date as officials write it, words from their code. */
function valueText(figure: Figure, lang: Lang): string {
  if (figure.valueMessage) return renderMessage(figure.valueMessage, lang);
  if (figure.date) {
    const day = dayOfUtcDate(figure.date);
    return lang === 'id' ? formatDayId(day) : formatDayEn(day);
  }
  if (typeof figure.value === 'number') return figure.value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 });
  return figure.value;
}

export function FigureGrid({ figures }: { figures: readonly Figure[] }) {
  const styles = useStyles();
  const lang = useLang();
  return (
    <dl className={styles.grid} data-testid="figures">
      {figures.map((figure) => (
        <div key={figure.key} className={styles.card} data-figure={figure.key}>
          <dt className={styles.label}>
            <Caption1>{figure.message ? renderMessage(figure.message, lang) : figure.label}</Caption1>
          </dt>
          <dd className={styles.value}>{valueText(figure, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}
