// The numbers behind a chart as text, for screen readers (a visually hidden <table>).

export interface TextTable {
  caption: string;
  columns: string[];
  /** Already formatted; the first cell of a row is its header. */
  rows: string[][];
}
