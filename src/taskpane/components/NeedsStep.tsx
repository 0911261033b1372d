/**
 * Step 2 (Kebutuhan; docs/pane.md): each unit's need against its staff, largest shortage first,
 * after a check of the data; after a plan, the same units before and after. A chart of the
 * units with the largest shortage comes first (the same units as Ringkasan's chart in Excel).
 */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PaneState } from '../state/paneState';
import { needsOf } from '../state/paneSteps';
import { useT } from '../useT';
import { StaffingChart } from './StaffingChart';
import { UnitNeedItem } from './UnitNeedItem';

/** Units shown before "show all": the shortages that matter most fit on one screen. */
const TOP_UNITS = 8;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function NeedsStep({ state }: { state: PaneState }) {
  const styles = useStyles();
  const t = useT();
  const [all, setAll] = useState(false);
  const needs = needsOf(state);
  if (!needs) return <Text>{t('ui.needs.empty')}</Text>;
  // A unit with neither need nor staff (before or after) says nothing.
  const units = needs.units.filter((u) => u.need > 0 || u.staff > 0 || (u.after?.staff ?? 0) > 0);
  const shown = all ? units : units.slice(0, TOP_UNITS);

  return (
    <div className={styles.stack} data-testid="needs">
      <Text>{t('ui.needs.intro')}</Text>
      <MessageBar intent={needs.totals.shortageUnits > 0 ? 'warning' : 'success'}>
        <MessageBarBody>{t('ui.needs.totals', needs.totals)}</MessageBarBody>
      </MessageBar>
      {needs.planned ? <Caption1>{t('ui.needs.planned')}</Caption1> : null}
      <StaffingChart units={needs.units} />
      <ul className={styles.list} data-testid="needs-list">
        {shown.map((unit) => (
          <UnitNeedItem key={unit.unit} unit={unit} />
        ))}
      </ul>
      {units.length > TOP_UNITS ? (
        <div>
          <Button size="small" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t('ui.needs.showFewer', { count: TOP_UNITS }) : t('ui.needs.showAll', { count: units.length })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
