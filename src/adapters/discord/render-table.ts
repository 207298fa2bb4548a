/**
 * A card table in an embed. Narrow tables are a monospace grid in a code
 * block; wide ones (four frameworks with long cells) would wrap into noise on
 * a phone, so each row becomes one line: "Performance: Django 8.75 · FastAPI 9 ★".
 */
import type { TableRow } from '../../core/index.js';
import { cellText, gridLines } from '../kit/grid.js';
import { ELLIPSIS, codeSafe } from './text.js';
import { fitLines, labelPrefix, type Line } from './render-lines.js';

/** About what a desktop embed field shows in monospace before wrapping. */
export const CODE_TABLE_WIDTH = 56;

const FENCE_OPEN = '```\n';
const FENCE_CLOSE = '\n```';

export type RenderedTable =
  | { kind: 'grid'; full: string; fit(max: number): string }
  | { kind: 'lines'; lines: Line[] };

export function renderTable(columns: readonly string[], rows: readonly TableRow[]): RenderedTable {
  const grid = gridLines(columns, rows).map(codeSafe);
  if (rows.length > 0 && Math.max(...grid.map((l) => l.length)) <= CODE_TABLE_WIDTH) {
    const wrap = (lines: readonly string[]) => `${FENCE_OPEN}${lines.join('\n')}${FENCE_CLOSE}`;
    return {
      kind: 'grid',
      full: wrap(grid),
      // The header and as many rows as fit; a header alone says nothing.
      fit: (max) => {
        const body = fitLines(grid, max - FENCE_OPEN.length - FENCE_CLOSE.length).split('\n');
        return body.length >= 2 && body[1] !== ELLIPSIS ? wrap(body) : '';
      },
    };
  }
  return {
    kind: 'lines',
    lines: rows.map((r) => ({ prefix: labelPrefix(r.label), text: columns.map((c, i) => `${c} ${cellText(r, i)}`).join(' · ') })),
  };
}
