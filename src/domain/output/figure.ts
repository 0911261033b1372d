/** A key figure of a run, for the CLI summary, Ringkasan and the task pane's result cards. */
/** Where a figure stands on Ringkasan: the committee's questions first, the solver's figures last. */
export type FigureSection = 'plan' | 'stays' | 'fairness' | 'data' | 'technical';

export interface Figure {
  readonly key: string;
  readonly section?: FigureSection;
  readonly label: string;
  readonly value: number | string;
  /** For a date figure, the date itself, so Ringkasan holds a real date cell (value keeps its text). */
  readonly date?: Date;
}
