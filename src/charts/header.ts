/** The title and the line saying which weights are in use, wrapped to the picture's width. */
import type { Section } from './canvas.js';
import { INK, MUTED_INK } from './palette.js';
import { text } from './svg-markup.js';
import { wrapText } from './text-measure.js';

const TITLE_SIZE = 22;
const SUBTITLE_SIZE = 15;

export function chartHeader(title: string, subtitle: string, left: number, top: number, maxWidth: number): Section {
  const markup: string[] = [];
  let y = top;
  for (const lineText of wrapText(title, TITLE_SIZE, maxWidth, true)) {
    y += TITLE_SIZE * 1.3;
    markup.push(text(left, y, lineText, { size: TITLE_SIZE, fill: INK, weight: 'bold', extra: { class: 'title' } }));
  }
  y += 4;
  for (const lineText of wrapText(subtitle, SUBTITLE_SIZE, maxWidth)) {
    y += SUBTITLE_SIZE * 1.4;
    markup.push(text(left, y, lineText, { size: SUBTITLE_SIZE, fill: MUTED_INK, extra: { class: 'subtitle' } }));
  }
  return { markup, bottom: y };
}
