/**
 * The one palette every chart uses: Okabe-Ito, chosen because readers with
 * the common forms of colour blindness can still tell its colours apart.
 * Ordered so the first colours are the most distinct from each other; the
 * yellow (weak on white) and black (reads as text) come last.
 */
export const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#0072B2', '#D55E00', '#CC79A7', '#F0E442', '#000000'] as const;

/** Series beyond the palette reuse it from the start; the parser caps comparisons well below its size. */
export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

/** Dark text on light fills, white on dark ones, by relative luminance (WCAG), so labels inside bars stay legible. */
export function textColourOn(fill: string): string {
  const channel = (offset: number) => {
    const c = parseInt(fill.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.2 ? INK : '#FFFFFF';
}

/** Text and axis colours: near-black reads softer than pure black at chat size. */
export const INK = '#1A1A1A';
export const MUTED_INK = '#4D4D4D';
export const GRID = '#DDDDDD';
export const BACKGROUND = '#FFFFFF';
