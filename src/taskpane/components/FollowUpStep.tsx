/**
 * Step 8 (Tindak Lanjut): reads the filled evaluation, lists the placements that need action
 * (the rows of Tindak Lanjut) and re-plans exactly those on request, everyone else staying put.
 * The evidence and the suggested action come as codes and are put into words here, so a
 * language switch re-renders them (the sheet keeps the run's language).
 */
import { Button, Caption1 } from '@fluentui/react-components';
import type { PaneHost } from '../host/paneHost';
import type { PaneState } from '../state/paneState';
import type { PaneActions } from '../usePaneController';
import { reasonText } from '../../domain/output/followUpSheet';
import { t as tr } from '../../i18n';
import { useLang, useT } from '../useT';
import { StageControls } from './StageControls';
import { StageOutcome, useStageStyles } from './StageOutcome';

export function FollowUpStep({ state, actions, host }: { state: PaneState; actions: PaneActions; host: PaneHost }) {
  const styles = useStageStyles();
  const t = useT();
  const lang = useLang();
  const result = state.stages.followup?.result;
  const followUp = result?.status === 'ok' ? result.detail.followUp : undefined;
  return (
    <div className={styles.stack}>
      <StageControls
        slot="followup"
        state={state}
        actions={actions}
        host={host}
        intro={t('ui.followUp.intro')}
        label={t('ui.followUp.run')}
        onRun={() => void actions.runStage('followup')}
      />
      <StageOutcome slot="followup" state={state} host={host} done={t('ui.followUp.done')}>
        {followUp ? (
          <>
            <h3 className={styles.heading}>{t('ui.followUp.list', { count: followUp.items.length })}</h3>
            {followUp.items.length === 0 ? <Caption1>{t('ui.followUp.none')}</Caption1> : null}
            <ul className={styles.list} data-testid="followup-list">
              {followUp.items.map((item) => (
                <li key={item.nip} data-nip={item.nip}>
                  <strong>{item.nama}</strong> · {item.nip}
                  {item.unit ? ` · ${item.unit}` : ''}
                  <br />
                  <Caption1 data-testid="followup-evidence">
                    {tr(lang, `sheets.followUp.action.${item.action}`)} —{' '}
                    {item.reasons.map((reason) => reasonText(reason, item.reasonUnit, lang)).join(' ')}
                  </Caption1>
                </li>
              ))}
            </ul>
            {followUp.flagged.length > 0 ? (
              <div className={styles.row}>
                <Button
                  disabled={state.running !== null || (host.mode === 'preview' && state.pendingFile !== null)}
                  onClick={() => void actions.runStage('replan')}
                >
                  {t('ui.followUp.replan')}
                </Button>
                {state.running?.command === 'replan' ? (
                  <Button disabled={state.running.cancelling} onClick={actions.cancel}>
                    {state.running.cancelling ? t('ui.plan.cancelling') : t('ui.plan.cancel')}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </>
        ) : null}
      </StageOutcome>
      {state.stages.followup || state.running?.command === 'replan' ? (
        <StageOutcome slot="replan" state={state} host={host} done={t('ui.followUp.replanDone')} />
      ) : null}
    </div>
  );
}
