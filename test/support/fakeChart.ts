/** The charts of the simulated Excel (test/support/fakeExcel.ts), for tests only. */

/**
 * A chart as `sheet.charts.add` returns it: the parts the adapter sets (title, legend, series
 * names, plot order, position and size), recorded for assertions. One series per source
 * column after the first (series by columns, the category labels first).
 */
export class FakeChart {
  readonly title = { text: '' };
  readonly legend = { position: '' };
  readonly axes = { categoryAxis: { reversePlotOrder: false } };
  readonly seriesNames: string[];
  readonly series = {
    getItemAt: (index: number) => {
      const names = this.seriesNames;
      if (index < 0 || index >= names.length) throw new Error(`no series ${index}`);
      return {
        get name() {
          return names[index] ?? '';
        },
        set name(value: string) {
          names[index] = value;
        },
      };
    },
  };
  /** `setPosition(start, end?)`: the cells the chart covers. */
  position: { start: string; end: string | undefined } | null = null;
  width = 0;
  height = 0;
  constructor(
    readonly type: string,
    readonly source: string,
    readonly seriesBy: string,
    seriesCount: number,
  ) {
    this.seriesNames = Array.from({ length: Math.max(0, seriesCount) }, (_, i) => `Series${i + 1}`);
  }
  setPosition(start: string, end?: string) {
    this.position = { start, end };
  }
}
