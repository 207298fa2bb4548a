/**
 * The 0-10 scale every chart shares: scores, contributions and totals are all
 * points out of 10, so one fixed axis keeps charts comparable with each other.
 */
import { GRID, INK, MUTED_INK } from './palette.js';
import { line, text } from './svg-markup.js';

export const SCALE_MAX = 10;
const TICKS = [0, 2, 4, 6, 8, 10];
const TICK_SIZE = 14;

export interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Values up the side, gridlines across: for vertical bars. */
export function valueAxisUp(plot: Plot): string[] {
  const bottom = plot.top + plot.height;
  return TICKS.flatMap((tick) => {
    const y = bottom - (tick / SCALE_MAX) * plot.height;
    return [
      line(plot.left, y, plot.left + plot.width, y, tick === 0 ? INK : GRID),
      text(plot.left - 10, y + TICK_SIZE * 0.35, String(tick), { size: TICK_SIZE, fill: MUTED_INK, anchor: 'end', extra: { class: 'tick' } }),
    ];
  });
}

/** Values along the bottom, gridlines down: for horizontal bars. */
export function valueAxisAcross(plot: Plot): string[] {
  const bottom = plot.top + plot.height;
  return TICKS.flatMap((tick) => {
    const x = plot.left + (tick / SCALE_MAX) * plot.width;
    return [
      line(x, plot.top, x, bottom, tick === 0 ? INK : GRID),
      text(x, bottom + TICK_SIZE + 6, String(tick), { size: TICK_SIZE, fill: MUTED_INK, anchor: 'middle', extra: { class: 'tick' } }),
    ];
  });
}
