/**
 * Step 5 (Tinjauan): counts the reviewers' decisions in the newest Usulan Mutasi, re-plans
 * around them (`review`), and shows what changed (the rows of Ringkasan Tinjauan by outcome) and
 * how many comments reviewers left on proposal rows (repeated in Ringkasan Tinjauan).
 */
import { Text } from '@fluentui/react-components';
import type { PaneHost } from '../host/paneHost';
import type { PaneState } from '../state/paneState';
import type { PaneActions } from '../usePaneController';
import { useLang, useT } from '../useT';
import type { DecisionCounts, ReviewOutcomeCounts } from '../worker/protocol';
import { StageControls } from './StageControls';
import { StageOutcome, useStageStyles } from './StageOutcome';

const DECISIONS: readonly (keyof DecisionCounts)[] = ['approved', 'rejected', 'revise', 'proposed'];
const OUTCOMES: readonly (keyof ReviewOutcomeCounts)[] = ['kept', 'dropped', 'stillProposed', 'changed', 'notApplied', 'new'];

export function ReviewStep({ state, actions, host }: { state: PaneState; actions: PaneActions; host: PaneHost }) {
  const styles = useStageStyles();
  const t = useT();
  const lang = useLang();
  const result = state.stages.review?.result;
  const review = result && result.status !== 'cancelled' ? result.detail.review : undefined;
  const number = (n: number) => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
  return (
    <div className={styles.stack}>
      <StageControls
        slot="review"
        state={state}
        actions={actions}
        host={host}
        intro={t('ui.review.intro')}
        label={t('ui.review.run')}
        onRun={() => void actions.runStage('review')}
      />
      <StageOutcome slot="review" state={state} host={host} done={t('ui.review.done')}>
        {review ? (
          <>
            <h3 className={styles.heading}>{t('ui.review.decisions', { sheet: review.sheet })}</h3>
            <ul className={styles.list} data-testid="review-decisions">
              {DECISIONS.map((decision) => (
                <li key={decision} data-decision={decision}>
                  {t(`ui.review.decision.${decision}`)}: <strong data-count>{number(review.decisions[decision])}</strong>
                </li>
              ))}
            </ul>
            <Text as="p" data-testid="review-comments">
              {t('ui.review.comments', { count: number(review.comments) })}
            </Text>
            {review.outcomes ? (
              <>
                <h3 className={styles.heading}>{t('ui.review.outcomes')}</h3>
                <ul className={styles.list} data-testid="review-outcomes">
                  {OUTCOMES.filter((kind) => (review.outcomes?.[kind] ?? 0) > 0).map((kind) => (
                    <li key={kind} data-outcome={kind}>
                      {t(`ui.review.outcome.${kind}`)}: <strong>{number(review.outcomes?.[kind] ?? 0)}</strong>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </StageOutcome>
    </div>
  );
}
