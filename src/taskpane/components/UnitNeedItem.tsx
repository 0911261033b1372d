/**
 * One unit of the Kebutuhan step: need and staff, the shortage or surplus in words, a bar
 * of staff against need (now, and after the plan when there is one) and the urgent
 * (Segera) vacancies.
 */
import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { NeedsSummaryUnit } from '../../domain/pipelineTypes';
import { useLang, useT, type Translate } from '../useT';
import { StaffBar } from './StaffBar';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  shortage: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  plain: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke2}` },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', minWidth: 0 },
  row: { display: 'grid', gridTemplateColumns: '4.5em 1fr', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  urgent: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'baseline', overflowWrap: 'anywhere' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

/** "Kurang 3" / "Lebih 2" / "Sesuai kebutuhan". */
export function gapWords(t: Translate, gap: number): string {
  if (gap > 0) return t('ui.needs.short', { count: gap });
  if (gap < 0) return t('ui.needs.surplus', { count: -gap });
  return t('ui.needs.balanced');
}

export function UnitNeedItem({ unit }: { unit: NeedsSummaryUnit }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const after = unit.after;
  const scale = Math.max(unit.need, unit.staff, after?.staff ?? 0, 1);
  const fill = unit.fillRatio === null ? t('ui.needs.noNeed') : t('ui.needs.fill', { percent: Math.round(unit.fillRatio * 100) });
  const bar = (when: string, staff: number) => t('ui.needs.bar', { unit: unit.unit, when, staff, need: unit.need });
  const vacancies = unit.urgentVacancies.map((v) => t('ui.needs.vacancy', { name: v.name, vacant: v.vacant }));
  const now = t('ui.needs.now');
  const later = t('ui.needs.after');
  const short = (after?.gap ?? unit.gap) > 0 || unit.gap > 0;

  return (
    <li className={`${styles.item} ${short ? styles.shortage : styles.plain}`} data-unit={unit.unit} data-gap={unit.gap}>
      <div className={styles.head}>
        <Text className={styles.name}>{unit.unit}</Text>
        <Text size={200} weight={unit.gap > 0 ? 'semibold' : 'regular'}>
          {gapWords(t, unit.gap)}
        </Text>
      </div>
      <Caption1>
        {t('ui.needs.figures', { need: unit.need, staff: unit.staff })} · {fill} · {t(`ui.needs.source.${unit.source}`)}
      </Caption1>
      <div className={styles.row}>
        <Caption1>{now}</Caption1>
        <StaffBar staff={unit.staff} need={unit.need} scale={scale} label={bar(now, unit.staff)} />
      </div>
      {after ? (
        <>
          <div className={styles.row}>
            <Caption1>{later}</Caption1>
            <StaffBar staff={after.staff} need={unit.need} scale={scale} label={bar(later, after.staff)} />
          </div>
          <Caption1 data-testid="unit-after">
            {later}: {after.staff.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US')} (
            {t('ui.needs.moves', { incoming: after.incoming, outgoing: after.outgoing })}) · {gapWords(t, after.gap)}
          </Caption1>
        </>
      ) : null}
      {vacancies.length > 0 ? (
        <div className={styles.urgent}>
          <Badge className={styles.badge} size="small" appearance="tint" color="danger">
            {t('ui.needs.urgent')}
          </Badge>
          <Caption1>{t('ui.needs.urgentList', { positions: vacancies.join('; ') })}</Caption1>
        </div>
      ) : null}
    </li>
  );
}
