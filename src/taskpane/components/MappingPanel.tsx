/**
 * "Dibaca dari": after a check, where each input table was read from, with drop-downs to
 * correct the detected sheets and columns, "Terapkan" to check again with the corrections
 * and "Kembalikan deteksi otomatis" to drop them. The corrections are saved with the policy.
 */
import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { TABLE_KINDS } from '../../domain/input/fieldDef';
import { hasOverrides } from '../state/mappingOverrides';
import type { PaneState } from '../state/paneState';
import type { PaneActions } from '../usePaneController';
import { useT } from '../useT';
import { SourceMapping } from './SourceMapping';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export function MappingPanel({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const t = useT();
  const validation = state.validation;
  if (!validation) return null;
  const busy = state.running !== null;
  const custom = hasOverrides(state.mapping);
  // The unit table is optional: shown when found or when the user chose a sheet for it.
  const tables = TABLE_KINDS.filter(
    (table) => table !== 'unit' || validation.sources.some((source) => source.table === 'unit') || state.mapping.unit,
  );

  return (
    <section className={styles.stack} data-testid="mapping" aria-labelledby="mapping-title">
      <Subtitle2 as="h3" id="mapping-title">
        {t('ui.mapping.title')}
      </Subtitle2>
      {tables.map((table) => (
        <SourceMapping
          key={table}
          table={table}
          source={validation.sources.find((source) => source.table === table) ?? null}
          sheets={validation.inputSheets}
          mapping={state.mapping}
          disabled={busy}
          onColumn={actions.setMappingColumn}
          onSheet={actions.setMappingSheet}
        />
      ))}
      {custom ? <Caption1 data-testid="mapping-custom">{t('ui.mapping.custom')}</Caption1> : null}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={actions.applyMapping}>
          {t('ui.mapping.apply')}
        </Button>
        <Button disabled={busy || !custom} onClick={actions.resetMapping}>
          {t('ui.mapping.reset')}
        </Button>
      </div>
    </section>
  );
}
