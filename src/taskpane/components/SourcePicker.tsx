/**
 * Preview mode's workbook choice: a file button (the keyboard path), a drop zone around
 * it (the mouse shortcut), and the built-in sample workbook.
 */
import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import type { PreviewSource } from '../host/paneHost';
import { useT } from '../useT';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: 'center',
  },
  active: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  chosen: { display: 'block', marginTop: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
});

export interface SourcePickerProps {
  source: PreviewSource | null;
  disabled: boolean;
  onFile: (file: File) => void;
  onSample: () => void;
}

export function SourcePicker({ source, disabled, onFile, onSample }: SourcePickerProps) {
  const styles = useStyles();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div>
      <div
        className={mergeClasses(styles.zone, dragging && styles.active)}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
          {t('ui.source.pick')}
        </Button>
        <Caption1>{dragging ? t('ui.source.dropActive') : t('ui.source.drop')}</Caption1>
        <input
          ref={input}
          type="file"
          hidden
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          aria-label={t('ui.source.pick')}
          data-testid="file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = '';
          }}
        />
      </div>
      <div className={styles.row}>
        <Button disabled={disabled} onClick={onSample}>
          {t('ui.source.sample')}
        </Button>
      </div>
      <Text className={styles.chosen} data-testid="source-chosen">
        {source === null
          ? t('ui.source.none')
          : source.kind === 'sample'
            ? t('ui.source.sampleChosen')
            : t('ui.source.file', { name: source.name })}
      </Text>
    </div>
  );
}
