/** A key figure of a run, for the CLI summary, Ringkasan and the task pane's result cards. */
export interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: number | string;
}
