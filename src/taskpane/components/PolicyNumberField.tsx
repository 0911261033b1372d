/** A whole-number setting with its label, limits and the engine's complaint shown inline. */
import { Field, Input } from '@fluentui/react-components';
import type { Issue } from '../../domain/model/issue';
import { useT } from '../useT';
import { numberOfText, textOfNumber } from './policyFields';

export interface PolicyNumberFieldProps {
  label: string;
  value: unknown;
  min: number;
  max: number;
  issue: Issue | undefined;
  disabled?: boolean;
  hint?: string | undefined;
  /** Empty means "no limit" (null) rather than an error. */
  emptyIsNull?: boolean;
  onChange(value: number | string | null): void;
  testId: string;
}

export function PolicyNumberField({
  label,
  value,
  min,
  max,
  issue,
  disabled,
  hint,
  emptyIsNull = false,
  onChange,
  testId,
}: PolicyNumberFieldProps) {
  const t = useT();
  const message = issue ? t('ui.policy.invalidInteger', { min, max }) : undefined;
  return (
    <Field label={label} size="small" validationState={issue ? 'error' : 'none'} validationMessage={message ?? null} hint={hint ?? null}>
      <Input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        size="small"
        disabled={disabled === true}
        value={textOfNumber(value)}
        onChange={(_, data) => onChange(numberOfText(data.value, emptyIsNull))}
        data-testid={testId}
        style={{ maxWidth: '9em' }}
      />
    </Field>
  );
}
