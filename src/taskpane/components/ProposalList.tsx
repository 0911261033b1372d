/**
 * The plan's proposals (the first {@link MAX_SHOWN}): who, from where to where, and the main
 * reason. In Office mode each one can show its row in the new Usulan Mutasi sheet.
 */
import { Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { mainReasonText } from '../../domain/explain/mainReason';
import type { ProposalSummary } from '../../domain/pipelineTypes';
import { useLang, useT } from '../useT';

export const MAX_SHOWN = 50;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  move: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS },
  label: { color: tokens.colorNeutralForeground3 },
});

export interface ProposalListProps {
  items: readonly ProposalSummary[];
  /** The sheet the proposals were written to (its name in this workbook). */
  sheet: string;
  onSelect?: ((row: number) => void) | undefined;
}

export function ProposalList({ items, sheet, onSelect }: ProposalListProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  if (items.length === 0) return <Caption1>{t('ui.proposals.none')}</Caption1>;
  const place = (p: ProposalSummary['from']) => `${p.position} · ${p.unit}`;
  return (
    <>
      <ul className={styles.list} data-testid="proposals">
        {items.slice(0, MAX_SHOWN).map((item) => (
          <li key={item.id} className={styles.item} data-proposal={item.id}>
            <Text weight="semibold" size={200}>
              {item.nama} <Caption1>({item.nip})</Caption1>
            </Text>
            <div className={styles.move}>
              <Caption1 className={styles.label}>{t('ui.proposals.from')}</Caption1>
              <Caption1>{place(item.from)}</Caption1>
              <Caption1 className={styles.label}>{t('ui.proposals.to')}</Caption1>
              <Caption1>{place(item.to)}</Caption1>
            </div>
            {item.mainReason ? <Caption1>{mainReasonText(item.mainReason, lang)}</Caption1> : null}
            {onSelect ? (
              <Link as="button" onClick={() => onSelect(item.row)} data-testid="select-proposal">
                {t('ui.proposals.select', { sheet, row: item.row })}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      {items.length > MAX_SHOWN ? (
        <Caption1 data-testid="proposals-more">{t('ui.proposals.more', { count: items.length - MAX_SHOWN, sheet })}</Caption1>
      ) : null}
    </>
  );
}
