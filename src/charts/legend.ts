/** A row (wrapping if needed) of colour swatches with their names: which colour is which framework or priority. */
import type { Section } from './canvas.js';
import { INK } from './palette.js';
import { element, rect, text } from './svg-markup.js';
import { textWidth } from './text-measure.js';

const SIZE = 16;
const SWATCH = 18;
const GAP = 28;
const ROW = 30;

export interface LegendItem {
  label: string;
  colour: string;
  /** What the item stands for, for tests and tooling (e.g. a framework id). */
  key: string;
}

export function legend(items: readonly LegendItem[], left: number, top: number, maxWidth: number): Section {
  const markup: string[] = [];
  let x = left;
  let y = top;
  for (const item of items) {
    const width = SWATCH + 8 + textWidth(item.label, SIZE);
    if (x > left && x + width > left + maxWidth) {
      x = left;
      y += ROW;
    }
    const swatch = rect(x, y + 2, SWATCH, SWATCH, item.colour, { rx: 3, stroke: INK, 'stroke-opacity': 0.25 });
    const label = text(x + SWATCH + 8, y + SWATCH - 1, item.label, { size: SIZE, fill: INK });
    markup.push(element('g', { class: 'legend-item', 'data-key': item.key, 'data-colour': item.colour }, swatch + label));
    x += width + GAP;
  }
  return { markup, bottom: y + ROW };
}
