/**
 * The eight steps of SPEC §1 as an accordion: each header is a real button with the step's
 * number, name and state; Data and Rencana start open.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneHost } from '../host/paneHost';
import { STEP_IDS, stepStatus, type PaneState, type StepId } from '../state/paneState';
import type { PaneActions } from '../usePaneController';
import { useT } from '../useT';
import { DataStep } from './DataStep';
import { PlanStep } from './PlanStep';
import { StatusBadge } from './StatusBadge';
import { UnavailableStep } from './UnavailableStep';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold },
  panel: { paddingBottom: tokens.spacingVerticalM },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export function StepList({ state, actions, host }: { state: PaneState; actions: PaneActions; host: PaneHost }) {
  const styles = useStyles();
  const t = useT();
  return (
    <nav aria-label={t('ui.steps.label')}>
      <Accordion multiple collapsible defaultOpenItems={['data', 'rencana']}>
        {STEP_IDS.map((step, i) => (
          <AccordionItem key={step} value={step} className={styles.item} data-step={step}>
            <AccordionHeader as="h2" size="medium">
              <span className={styles.header}>
                <span className={styles.name}>
                  {i + 1}. {t(`ui.step.${step}`)}
                </span>
                <StatusBadge status={stepStatus(state, step)} />
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>{panel(step, state, actions, host)}</AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </nav>
  );
}

function panel(step: StepId, state: PaneState, actions: PaneActions, host: PaneHost) {
  if (step === 'data') return <DataStep state={state} actions={actions} host={host} />;
  if (step === 'rencana') return <PlanStep state={state} actions={actions} host={host} />;
  return <UnavailableStep step={step} />;
}
