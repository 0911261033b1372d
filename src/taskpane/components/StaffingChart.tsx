/**
 * The staffing chart of the Kebutuhan step (docs/pane.md), the same units as Ringkasan's
 * chart in Excel (`staffingChartRows`): per unit, grouped horizontal bars of need, staff now
 * and (after a plan) staff after, as an inline SVG (no chart library). Each unit's bars are
 * on its own scale, its figures at their ends: one large unit (a hospital) would otherwise
 * flatten every other. The unit's name stands above its bars on up to two lines, shortened
 * with "…" beyond, the full name in its <title>. One image with an accessible name for
 * screen readers, and the same figures in a table below.
 */
import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { staffingChartRows } from '../../domain/output/staffingChartUnits';
import type { NeedsSummaryUnit } from '../../domain/pipelineTypes';
import { useLang, useT } from '../useT';

/** SVG units; the drawing scales to the pane's width. */
const WIDTH = 300;
const LINE_HEIGHT = 13;
const BAR_HEIGHT = 8;
const BAR_GAP = 1;
const GROUP_GAP = 9;
/** Room right of the longest bar for its figure. */
const VALUE_ROOM = 30;
/** Characters of a unit's name that fit one line at the label's size, and lines per name. */
const NAME_CHARS = 44;
const NAME_LINES = 2;

type Series = 'need' | 'before' | 'after';

const useStyles = makeStyles({
  title: { margin: 0 },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  key: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '12px', height: '8px', flexShrink: 0, borderRadius: tokens.borderRadiusSmall },
  svg: { display: 'block', width: '100%', height: 'auto', overflow: 'visible' },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '11px', fontWeight: tokens.fontWeightSemibold },
  value: { fill: tokens.colorNeutralForeground2, fontSize: '10px' },
  need: { fill: tokens.colorNeutralForeground3, backgroundColor: tokens.colorNeutralForeground3 },
  before: { fill: tokens.colorPaletteDarkOrangeBorderActive, backgroundColor: tokens.colorPaletteDarkOrangeBorderActive },
  after: { fill: tokens.colorBrandBackground, backgroundColor: tokens.colorBrandBackground },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  // Figures take the room they need (1%), the unit's name the rest, broken only between words where it can.
  cell: {
    textAlign: 'right',
    verticalAlign: 'top',
    width: '1%',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  unitCell: {
    textAlign: 'left',
    verticalAlign: 'top',
    overflowWrap: 'break-word',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** `name` in lines of at most `width` characters, broken between words; the last line ends in "…" when more is left. */
function nameLines(name: string, width = NAME_CHARS, lines = NAME_LINES): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= width || line === '') line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line !== '') out.push(line);
  if (out.length <= lines) return out.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  const kept = out.slice(0, lines);
  const last = kept[lines - 1] ?? '';
  kept[lines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

export function StaffingChart({ units }: { units: readonly NeedsSummaryUnit[] }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const rows = staffingChartRows(units);
  if (rows.length === 0) return null;
  const planned = rows.some((r) => r.after !== null);
  const series: Series[] = planned ? ['need', 'before', 'after'] : ['need', 'before'];
  const name: Record<Series, string> = {
    need: t('ui.chart.need'),
    before: planned ? t('ui.chart.before') : t('ui.chart.now'),
    after: t('ui.chart.after'),
  };
  const value = (row: (typeof rows)[number], s: Series) =>
    s === 'need' ? row.need : s === 'before' ? row.before : (row.after ?? row.before);
  const barsHeight = series.length * (BAR_HEIGHT + BAR_GAP);
  const groups = rows.reduce<{ top: number; lines: string[] }[]>((acc, row) => {
    const previous = acc.at(-1);
    const top = previous === undefined ? 0 : previous.top + previous.lines.length * LINE_HEIGHT + 2 + barsHeight + GROUP_GAP;
    return [...acc, { top, lines: nameLines(row.unit) }];
  }, []);
  const lastGroup = groups.at(-1);
  const height = lastGroup === undefined ? 0 : lastGroup.top + lastGroup.lines.length * LINE_HEIGHT + 2 + barsHeight;
  const number = (n: number) => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
  const label = t(planned ? 'ui.chart.labelPlanned' : 'ui.chart.labelNow', { count: rows.length });

  return (
    <figure className={styles.figure} data-testid="staffing-chart" data-units={rows.length}>
      <Text as="p" weight="semibold" className={styles.title}>
        {t('ui.chart.title', { count: rows.length })}
      </Text>
      <ul className={styles.legend} aria-hidden="true">
        {series.map((s) => (
          <li key={s} className={styles.key}>
            <span className={`${styles.swatch} ${styles[s]}`} />
            <Caption1>{name[s]}</Caption1>
          </li>
        ))}
      </ul>
      <Caption1>{t('ui.chart.scale')}</Caption1>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
        {rows.map((row, i) => {
          const { top, lines } = groups[i] ?? { top: 0, lines: [row.unit] };
          const barsTop = top + lines.length * LINE_HEIGHT + 2;
          // The unit's own scale: its largest figure spans the width.
          const scale = Math.max(1, ...series.map((s) => value(row, s)));
          return (
            <g key={row.unit} data-chart-unit={row.unit}>
              <text className={styles.label} y={top}>
                <title>{row.unit}</title>
                {lines.map((line, l) => (
                  <tspan key={l} x={0} dy={l === 0 ? LINE_HEIGHT - 3 : LINE_HEIGHT}>
                    {line}
                  </tspan>
                ))}
              </text>
              {series.map((s, k) => {
                const y = barsTop + k * (BAR_HEIGHT + BAR_GAP);
                const width = (value(row, s) / scale) * (WIDTH - VALUE_ROOM);
                return (
                  <g key={s}>
                    <rect className={styles[s]} data-series={s} x={0} y={y} width={Math.max(width, 1)} height={BAR_HEIGHT} rx={1} />
                    <text className={styles.value} x={width + 3} y={y + BAR_HEIGHT - 0.5}>
                      {number(value(row, s))}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>
          <Caption1>{t('ui.chart.table')}</Caption1>
        </summary>
        <table className={styles.table} data-testid="staffing-chart-table">
          <thead>
            <tr>
              <th scope="col" className={styles.unitCell}>
                {t('ui.chart.unit')}
              </th>
              {series.map((s) => (
                <th key={s} scope="col" className={styles.cell}>
                  {name[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unit}>
                <th scope="row" className={styles.unitCell}>
                  {row.unit}
                </th>
                {series.map((s) => (
                  <td key={s} className={styles.cell}>
                    {number(value(row, s))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
