/**
 * One input table in the Data step: where it was read from (sheet and header row), a
 * sheet chooser, and a collapsible list of its fields, each with a drop-down of the
 * sheet's header texts to correct what detection chose.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Field,
  makeStyles,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { TableKind } from '../../domain/input/fieldDef';
import type { SourceSummary } from '../../domain/pipelineTypes';
import { columnChoiceOf, detectedHeader, headerOptions, TABLE_FIELDS, type MappingOverrides } from '../state/mappingOverrides';
import { useT } from '../useT';

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  where: { overflowWrap: 'anywhere' },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  select: { maxWidth: '100%' },
});

/** The option value that means "not used" (a header text is never empty). */
const UNUSED = '';

export interface SourceMappingProps {
  table: TableKind;
  /** What the last check found; null when the table was not found. */
  source: SourceSummary | null;
  /** The input workbook's sheet names (no sheet chooser when unknown). */
  sheets: readonly string[];
  mapping: MappingOverrides;
  disabled: boolean;
  onColumn: (table: TableKind, field: string, header: string | null) => void;
  onSheet: (table: TableKind, sheet: string) => void;
}

export function SourceMapping({ table, source, sheets, mapping, disabled, onColumn, onSheet }: SourceMappingProps) {
  const styles = useStyles();
  const t = useT();
  const name = t(`ui.mapping.table.${table}`);
  const chosenSheet = mapping[table]?.sheet ?? source?.sheet ?? '';

  return (
    <section className={styles.table} data-table={table} aria-label={name}>
      <Text weight="semibold">{name}</Text>
      <Caption1 className={styles.where} data-testid={`read-from-${table}`}>
        {source ? t('ui.mapping.readFrom', { sheet: source.sheet, row: source.headerRow }) : t('ui.mapping.notFound')}
      </Caption1>
      {sheets.length > 0 ? (
        <Field label={t('ui.mapping.sheet', { table: name })} size="small">
          <Select
            className={styles.select}
            size="small"
            disabled={disabled}
            value={chosenSheet}
            onChange={(_, data) => onSheet(table, data.value)}
          >
            {chosenSheet === '' ? <option value="">{t('ui.mapping.choose')}</option> : null}
            {sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {source ? (
        <Accordion collapsible>
          <AccordionItem value="columns">
            <AccordionHeader size="small">{t('ui.mapping.edit')}</AccordionHeader>
            <AccordionPanel>
              <FieldChoices table={table} source={source} mapping={mapping} disabled={disabled} onColumn={onColumn} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
    </section>
  );
}

function FieldChoices({
  table,
  source,
  mapping,
  disabled,
  onColumn,
}: Pick<SourceMappingProps, 'table' | 'mapping' | 'disabled' | 'onColumn'> & { source: SourceSummary }) {
  const styles = useStyles();
  const t = useT();
  const headers = headerOptions(source);
  return (
    <div className={styles.fields} data-testid={`mapping-${table}`}>
      {TABLE_FIELDS[table].map((field) => {
        const choice = columnChoiceOf(mapping, table, field.key);
        const value = choice === null ? UNUSED : typeof choice === 'string' ? choice : (detectedHeader(source, field.key) ?? UNUSED);
        const options = value !== UNUSED && !headers.includes(value) ? [value, ...headers] : headers;
        return (
          <Field key={field.key} label={field.header} required={field.required} size="small">
            <Select
              className={styles.select}
              size="small"
              disabled={disabled}
              value={value}
              data-field={field.key}
              aria-label={t('ui.mapping.fieldLabel', { field: field.header })}
              onChange={(_, data) => onColumn(table, field.key, data.value === UNUSED ? null : data.value)}
            >
              {!field.required || value === UNUSED ? (
                <option value={UNUSED}>{field.required ? t('ui.mapping.choose') : t('ui.mapping.unused')}</option>
              ) : null}
              {options.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
