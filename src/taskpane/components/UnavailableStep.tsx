/** A stage of the workflow (docs/pane.md) that the pane does not offer yet, with the sheets it will write. */
import { Caption1, Text } from '@fluentui/react-components';
import type { StepId } from '../state/paneState';
import { useT } from '../useT';

/** Sheet names of the later stages (they are the workbook's own words, Indonesian in both languages). */
const WRITES: Partial<Record<StepId, string>> = {
  tinjauan: 'Usulan Mutasi (n)',
  sk: 'Lampiran SK, Pemberitahuan, Dampak Layanan',
  evaluasi: 'Evaluasi Mutasi, IKM Layanan',
  tindakLanjut: 'Tindak Lanjut',
};

export function UnavailableStep({ step }: { step: StepId }) {
  const t = useT();
  const writes = WRITES[step];
  return (
    <div>
      <Text block>{t('ui.unavailable.body')}</Text>
      {writes ? <Caption1>{t('ui.unavailable.writes', { sheets: writes })}</Caption1> : null}
    </div>
  );
}
