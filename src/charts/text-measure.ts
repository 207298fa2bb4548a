/**
 * SVG has no text measurement before rendering, so layout estimates widths
 * from DejaVu Sans advance widths (the only font the PNG uses). Estimates err
 * wide: a label that wraps a little early beats one that runs off the picture.
 */

/** Advance widths in em for DejaVu Sans, grouped; unknown characters count as wide. */
function advance(char: string): number {
  if (char === ' ') return 0.32;
  if ('iljI.,:;\'!|'.includes(char)) return 0.3;
  if ('ftr()[]-'.includes(char)) return 0.42;
  if ('mwMW@%'.includes(char)) return 1.0;
  if (/[0-9]/.test(char)) return 0.64;
  if (/[A-Z&]/.test(char)) return 0.76;
  if (/[a-z]/.test(char)) return 0.62;
  return 0.8;
}

export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * size * (bold ? 1.1 : 1);
}

/** Greedy word wrap; a single word wider than the line stays whole on its own line. */
export function wrapText(text: string, size: number, maxWidth: number, bold = false): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/** Shortens with an ellipsis to fit one line (names in a fixed-width column). */
export function fitText(text: string, size: number, maxWidth: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
