/** A key figure of a run, for the CLI summary, Ringkasan and the task pane's result cards. */
import type { Message } from '../../i18n';

/** Where a figure stands on Ringkasan: the committee's questions first, the solver's figures last. */
export type FigureSection = 'plan' | 'stays' | 'fairness' | 'data' | 'technical';

export interface Figure {
  readonly key: string;
  readonly section?: FigureSection;
  /** The label in the run's language (the CLI and Ringkasan write it once). */
  readonly label: string;
  /** The label as code and parameters, so the pane can put it into words in the language shown now. */
  readonly message?: Message;
  readonly value: number | string;
  /** A value in words (Ya/Tidak) as code and parameters; `value` holds it in the run's language. */
  readonly valueMessage?: Message;
  /** For a date figure, the date itself, so Ringkasan holds a real date cell (value keeps its text). */
  readonly date?: Date;
}
