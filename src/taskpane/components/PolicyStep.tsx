/**
 * Step 3 (Kebijakan): the Tanggal Efektif, every rule of the engine's rule table as a
 * switch with its parameters and the regulation behind it (docs/rules.md), the plan's side
 * constraints, and a reset. The edits are kept as a partial policy, checked by the engine's
 * own parser and saved where the host keeps settings (the workbook in Office mode).
 */
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { issueMessage } from '../../domain/input/renderIssue';
import type { PaneHost } from '../host/paneHost';
import type { PaneState } from '../state/paneState';
import { checkDraft, effectiveValue, todayIso, type PolicyPath } from '../state/policyDraft';
import type { PaneActions } from '../usePaneController';
import { useLang, useT } from '../useT';
import { FIELD_PATHS, RULE_FIELDS } from './policyFields';
import { PolicyNumberField } from './PolicyNumberField';
import { RuleRow } from './RuleRow';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const countLeaves = (value: unknown): number =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.values(value).reduce<number>((sum, v) => sum + countLeaves(v), 0)
    : 1;

export function PolicyStep({ state, actions, host }: { state: PaneState; actions: PaneActions; host: PaneHost }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { policy } = state;
  const check = checkDraft(policy);
  const valueOf = (path: PolicyPath) => effectiveValue(policy, path);
  const issueAt = (path: PolicyPath) => check.byPath.get(path.join('.'));
  const mapped = new Set([...FIELD_PATHS, 'constraints.maxMoves']);
  const otherIssues = check.issues.filter((issue) => !mapped.has(String(issue.params.path)));
  const changed = countLeaves(policy.overrides);
  const busy = state.running !== null;

  return (
    <div className={styles.stack} data-testid="policy">
      <Text>{t('ui.policy.intro')}</Text>
      <Field
        label={t('ui.policy.effectiveDate')}
        hint={t('ui.policy.effectiveDate.hint')}
        validationState={check.effectiveDay === null ? 'error' : 'none'}
        validationMessage={check.effectiveDay === null ? t('ui.policy.effectiveDate.invalid') : null}
      >
        <Input
          type="date"
          value={policy.effectiveDate ?? todayIso()}
          onChange={(_, data) => actions.setEffectiveDate(data.value)}
          data-testid="effective-date"
          style={{ maxWidth: '12em' }}
        />
      </Field>

      {otherIssues.length > 0 ? (
        <MessageBar intent="error" data-testid="policy-issues">
          <MessageBarBody>
            <MessageBarTitle>{t('ui.policy.issues')}</MessageBarTitle>
            {otherIssues.map((issue) => issueMessage(lang, issue)).join(' · ')}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <h3 className={styles.heading}>{t('ui.policy.rules')}</h3>
      <ul className={styles.list}>
        {RULE_FIELDS.map((field) => (
          <RuleRow key={field.rule} field={field} valueOf={valueOf} issueAt={issueAt} onChange={actions.setPolicyValue} />
        ))}
      </ul>

      <h3 className={styles.heading}>{t('ui.policy.constraints')}</h3>
      <PolicyNumberField
        label={t('ui.policy.maxMoves')}
        hint={t('ui.policy.maxMoves.hint')}
        value={valueOf(['constraints', 'maxMoves'])}
        min={0}
        max={10_000_000}
        emptyIsNull
        issue={issueAt(['constraints', 'maxMoves'])}
        onChange={(value) => actions.setPolicyValue(['constraints', 'maxMoves'], value)}
        testId="param-maxMoves"
      />
      <Switch
        checked={valueOf(['constraints', 'maxOutflowPerUnit']) === true}
        label={t('ui.policy.maxOutflow')}
        onChange={(_, data) => actions.setPolicyValue(['constraints', 'maxOutflowPerUnit'], data.checked)}
      />
      <Switch
        checked={valueOf(['constraints', 'noNetLossInShortage']) === true}
        label={t('ui.policy.noNetLoss')}
        onChange={(_, data) => actions.setPolicyValue(['constraints', 'noNetLossInShortage'], data.checked)}
      />

      <div className={styles.row}>
        <Button disabled={busy || (changed === 0 && policy.effectiveDate === null)} onClick={actions.resetPolicy}>
          {t('ui.policy.reset')}
        </Button>
        <Caption1 data-testid="policy-changed">
          {changed > 0 ? t('ui.policy.changed', { count: changed }) : t('ui.policy.default')}
        </Caption1>
      </div>
      <Caption1>
        {state.policySave === 'failed'
          ? t('ui.policy.saveFailed')
          : host.settings.kind === 'workbook'
            ? t('ui.policy.saved.workbook')
            : t('ui.policy.saved.memory')}
      </Caption1>
    </div>
  );
}
