/**
 * Staff against need as one horizontal bar (plain divs, no chart library): the fill is the
 * staff, the whole track the largest of need and staff (a dark tick marks the need when
 * staff exceeds it), on the unit's own scale. Read as one image with words.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  track: {
    position: 'relative',
    height: '10px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: 'hidden',
  },
  fill: { position: 'absolute', top: 0, bottom: 0, left: 0, borderRadius: tokens.borderRadiusSmall },
  ok: { backgroundColor: tokens.colorBrandBackground },
  short: { backgroundColor: tokens.colorPaletteRedBackground3 },
  tick: { position: 'absolute', top: 0, bottom: 0, width: '2px', marginLeft: '-1px', backgroundColor: tokens.colorNeutralForeground1 },
});

export function StaffBar({ staff, need, scale, label }: { staff: number; need: number; scale: number; label: string }) {
  const styles = useStyles();
  const share = (value: number) => `${scale > 0 ? Math.min(100, (value / scale) * 100) : 0}%`;
  return (
    <div className={styles.track} role="img" aria-label={label} data-staff={staff} data-need={need}>
      <div className={`${styles.fill} ${staff < need ? styles.short : styles.ok}`} style={{ width: share(staff) }} />
      {need > 0 && need < scale ? <div className={styles.tick} style={{ left: share(need) }} /> : null}
    </div>
  );
}
