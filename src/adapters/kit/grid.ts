/**
 * A card table laid out as a monospace grid: the row labels in one column,
 * each cell padded to its column's width, the best value in a row marked.
 * Slack and Discord put the lines in a code block, the terminal prints them;
 * each decides how wide is too wide and how to escape the text.
 */
import { BEST_MARK, type TableRow } from '../../core/index.js';

/** A cell as shown: its text, with the best mark when it is the row's best. */
export const cellText = (row: TableRow, i: number): string => `${row.cells[i] ?? ''}${row.best?.includes(i) ? ` ${BEST_MARK}` : ''}`;

export interface GridLayout {
  /** Each row's cells as shown, built once: measuring and laying out both need them. */
  cells: string[][];
  labelWidth: number;
  /** Each column's width: its widest cell or its heading. */
  widths: number[];
  /** The widest line: the labels and every column, two spaces apart. */
  width: number;
}

export function gridLayout(columns: readonly string[], rows: readonly TableRow[]): GridLayout {
  const cells = rows.map((r) => columns.map((_, i) => cellText(r, i)));
  const labelWidth = rows.reduce((w, r) => Math.max(w, r.label.length), 0);
  const widths = columns.map((c, i) => cells.reduce((w, row) => Math.max(w, row[i]!.length), c.length));
  return { cells, labelWidth, widths, width: labelWidth + widths.reduce((sum, w) => sum + 2 + w, 0) };
}

/** The grid's lines, heading first, without trailing spaces. */
export function gridLines(columns: readonly string[], rows: readonly TableRow[], layout = gridLayout(columns, rows)): string[] {
  const { cells, labelWidth, widths } = layout;
  const line = (label: string, texts: readonly string[]) => `${label.padEnd(labelWidth)}  ${texts.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return [line('', columns), ...rows.map((r, k) => line(r.label, cells[k]!))];
}
