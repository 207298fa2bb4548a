/**
 * When a lead is no lead. Compare, recommend and top share these two rules so
 * that a tie is a tie everywhere: no star, no "scores highest", no "Recommended".
 */
import type { RankedFramework } from './rank.js';

/**
 * Totals (0-10) closer than this are level. Ratings come in half points, so a
 * real difference on a criterion weighing 10% or more moves a total by 0.05
 * or more; anything smaller is below what the scores can tell apart.
 */
export const TIE_MARGIN = 0.05;

/** Below this share of first places in the confidence draws, the lead is noise: call it a tie. */
export const TIE_SHARE = 0.6;

/** The frameworks level with the best total (the best included), best first; one element when there is a clear leader. */
export function levelAtTop(ranked: readonly RankedFramework[]): RankedFramework[] {
  const best = ranked.reduce<number>((top, r) => Math.max(top, r.total), -Infinity);
  return ranked.filter((r) => best - r.total < TIE_MARGIN).sort((a, b) => b.total - a.total);
}
