/**
 * Line-based embed text (lists, labelled values, wide tables): whole lines
 * are kept while they fit, so a cut never leaves half a bullet or a broken
 * "**label**:"; and no line is longer than a field value, so the text can
 * spread over several fields.
 */
import { DISCORD_LIMITS } from './limits.js';
import { ELLIPSIS, escapeMarkdown, escapeWithin } from './text.js';

export interface Line {
  /** Markdown the renderer wrote ("• ", "**Django**: "); already safe. */
  prefix: string;
  /** Plain text from the card; escaped here. */
  text: string;
}

/** Longer labels are cut, so a prefix always leaves room for its text. */
const LABEL_MAX = 200;

/** "**Django**: ", the label escaped and bounded. */
export function labelPrefix(label: string): string {
  return `**${escapeWithin(label, LABEL_MAX)}**: `;
}

/** One line in at most `max` characters, the card text cut and escaped, the prefix kept. */
export function lineWithin(line: Line, max: number): string {
  const whole = line.prefix + escapeMarkdown(line.text);
  if (whole.length <= max) return whole;
  const rest = escapeWithin(line.text, max - line.prefix.length);
  return rest ? line.prefix + rest : '';
}

/** Whole lines while they fit, then an ellipsis line when some were left out and it still fits. */
export function fitLines(lines: readonly string[], max: number): string {
  let out = '';
  let kept = 0;
  for (const line of lines) {
    const next = kept === 0 ? line : `${out}\n${line}`;
    if (next.length > max) break;
    out = next;
    kept++;
  }
  if (kept > 0 && kept < lines.length && out.length + 1 + ELLIPSIS.length <= max) out += `\n${ELLIPSIS}`;
  return out;
}

export interface LinesText {
  full: string;
  fit(max: number): string;
}

export function linesText(lines: readonly Line[]): LinesText {
  const rendered = lines.map((l) => lineWithin(l, DISCORD_LIMITS.fieldValue));
  return {
    full: rendered.join('\n'),
    // When not even the first line fits whole, a shortened first line says more than nothing.
    fit: (max) => fitLines(rendered, max) || (lines[0] ? lineWithin(lines[0], max) : ''),
  };
}
