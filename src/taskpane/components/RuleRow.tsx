/**
 * One rule of the Kebijakan step: a switch named after the rule, what it does, the
 * regulation it rests on, and its parameters as the rule table lists them.
 */
import { Caption1, Checkbox, Field, Input, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import type { Issue } from '../../domain/model/issue';
import { tDynamic } from '../../i18n';
import type { PolicyPath } from '../state/policyDraft';
import { useLang, useT } from '../useT';
import { paramTestId, type RuleField } from './policyFields';
import { PolicyNumberField } from './PolicyNumberField';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  text: {
    paddingLeft: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
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
  const { rule } = field;
  const enabled = valueOf(['rules', rule, 'enabled']) === true;
  const label = (key: string) => tDynamic(lang, `ui.policy.param.${rule}.${key}`);

  return (
    <li className={styles.item} data-rule={rule}>
      <Switch
        checked={enabled}
        label={tDynamic(lang, `rules.rule.${rule}`)}
        onChange={(_, data) => onChange(['rules', rule, 'enabled'], data.checked)}
        data-testid={`rule-${rule}`}
      />
      <div className={styles.text}>
        <Text size={200}>{tDynamic(lang, `ui.policy.desc.${rule}`)}</Text>
        <Caption1 className={styles.source}>{t('ui.policy.source', { source: tDynamic(lang, `rules.ruleSource.${rule}`) })}</Caption1>
        {field.lists.map((key) => {
          const value = valueOf(['rules', rule, key]);
          return (
            <Caption1 key={key}>
              {tDynamic(lang, `ui.policy.param.${rule}.${key}`, { values: Array.isArray(value) ? value.join(', ') : '' })}
            </Caption1>
          );
        })}
        {field.numbers.map((param) => (
          <PolicyNumberField
            key={param.key}
            label={label(param.key)}
            value={valueOf(['rules', rule, param.key])}
            min={param.min}
            max={param.max}
            issue={issueAt(['rules', rule, param.key])}
            disabled={!enabled}
            onChange={(value) => onChange(['rules', rule, param.key], value)}
            testId={paramTestId(field, param.key)}
          />
        ))}
        {field.flags.map((key) => (
          <Checkbox
            key={key}
            size="medium"
            disabled={!enabled}
            checked={valueOf(['rules', rule, key]) === true}
            label={label(key)}
            onChange={(_, data) => onChange(['rules', rule, key], data.checked === true)}
            data-testid={`flag-${rule}-${key}`}
          />
        ))}
        {field.dates.map((key) => {
          const value = valueOf(['rules', rule, key]);
          const issue = issueAt(['rules', rule, key]);
          return (
            <Field
              key={key}
              label={label(key)}
              size="small"
              validationState={issue ? 'error' : 'none'}
              validationMessage={issue ? t('ui.policy.invalidDate') : null}
            >
              <Input
                type="date"
                size="small"
                disabled={!enabled}
                value={typeof value === 'string' ? value : ''}
                onChange={(_, data) => onChange(['rules', rule, key], data.value === '' ? null : data.value)}
                data-testid={`date-${rule}-${key}`}
                style={{ maxWidth: '12em' }}
              />
            </Field>
          );
        })}
      </div>
    </li>
  );
}
