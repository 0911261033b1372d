/**
 * One rule of the Kebijakan step: a switch named after the rule, what it does, the
 * regulation it rests on, and its key parameter.
 */
import { Caption1, Checkbox, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import type { Issue } from '../../domain/model/issue';
import { tDynamic } from '../../i18n';
import type { PolicyPath } from '../state/policyDraft';
import { useLang, useT } from '../useT';
import type { RuleField } from './policyFields';
import { PolicyNumberField } from './PolicyNumberField';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, minWidth: 0 },
  text: { paddingLeft: tokens.spacingHorizontalS, overflowWrap: 'anywhere', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  source: { color: tokens.colorNeutralForeground3 },
});

export interface RuleRowProps {
  field: RuleField;
  valueOf(path: PolicyPath): unknown;
  issueAt(path: PolicyPath): Issue | undefined;
  onChange(path: PolicyPath, value: unknown): void;
}

export function RuleRow({ field, valueOf, issueAt, onChange }: RuleRowProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { rule, param, flag, list } = field;
  const enabled = valueOf(['rules', rule, 'enabled']) === true;
  const title = tDynamic(lang, `rules.rule.${rule}`);
  const listValue = list ? valueOf(['rules', rule, list]) : undefined;
  const listText = Array.isArray(listValue) ? listValue.join(', ') : '';

  return (
    <li className={styles.item} data-rule={rule}>
      <Switch checked={enabled} label={title} onChange={(_, data) => onChange(['rules', rule, 'enabled'], data.checked)} data-testid={`rule-${rule}`} />
      <div className={styles.text}>
        <Text size={200}>{tDynamic(lang, `ui.policy.desc.${rule}`)}</Text>
        <Caption1 className={styles.source}>{t('ui.policy.source', { source: tDynamic(lang, `rules.ruleSource.${rule}`) })}</Caption1>
        {list === 'movable' ? <Caption1>{t('ui.policy.info.status', { statuses: listText })}</Caption1> : null}
        {list === 'blocking' ? <Caption1>{t('ui.policy.info.discipline', { levels: listText })}</Caption1> : null}
        {param ? (
          <PolicyNumberField
            label={tDynamic(lang, `ui.policy.param.${rule}`)}
            value={valueOf(['rules', rule, param.key])}
            min={param.min}
            max={param.max}
            issue={issueAt(['rules', rule, param.key])}
            disabled={!enabled}
            onChange={(value) => onChange(['rules', rule, param.key], value)}
            testId={`param-${rule}`}
          />
        ) : null}
        {flag ? (
          <Checkbox
            size="medium"
            disabled={!enabled}
            checked={valueOf(['rules', rule, flag]) === true}
            label={tDynamic(lang, `ui.policy.flag.${rule}`)}
            onChange={(_, data) => onChange(['rules', rule, flag], data.checked === true)}
          />
        ) : null}
      </div>
    </li>
  );
}
