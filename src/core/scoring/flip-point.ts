/**
 * The flip point: the smallest change of one weight (the others rescaled to
 * keep the sum at 1) that puts another framework first. Closed form, from
 * scoring.md: each total is linear in the change d, so the crossing is exact.
 */
import { DIMENSIONS, type Dimension, type Weights } from './weights.js';
import type { RankedFramework } from './rank.js';

export interface FlipPoint {
  dimension: Dimension;
  /** The weight now and the weight at which the challenger draws level. */
  from: number;
  to: number;
  challenger: RankedFramework;
}

/** Weights with `dimension` moved to `to` and the rest rescaled proportionally. */
export function shiftWeight(weights: Weights, dimension: Dimension, to: number): Weights {
  const rest = 1 - weights[dimension];
  const factor = rest > 0 ? (1 - to) / rest : 0;
  return Object.fromEntries(DIMENSIONS.map((d) => [d, d === dimension ? to : weights[d] * factor])) as Record<Dimension, number>;
}

/** d* at which challenger's total equals leader's when weight k moves by d; undefined if they never cross. */
function crossing(leader: RankedFramework, challenger: RankedFramework, weights: Weights, k: Dimension): number | undefined {
  const wk = weights[k];
  const rest = 1 - wk;
  if (rest <= 1e-12) return undefined;
  const slope = (r: RankedFramework) => r.scores[k] - (r.total - wk * r.scores[k]) / rest;
  const denominator = slope(leader) - slope(challenger);
  if (Math.abs(denominator) < 1e-12) return undefined;
  const d = -(leader.total - challenger.total) / denominator;
  return d >= -wk - 1e-12 && d <= rest + 1e-12 ? d : undefined;
}

/**
 * Searches every dimension in use (weight above zero, or any criterion) and every
 * challenger; returns the change with the smallest size, or undefined when no
 * single weight could change the leader.
 */
export function flipPoint(ranked: readonly RankedFramework[], weights: Weights): FlipPoint | undefined {
  const [leader, ...challengers] = ranked;
  if (!leader) return undefined;
  let best: FlipPoint | undefined;
  for (const dimension of DIMENSIONS) {
    if (dimension === 'fit' && weights.fit === 0) continue;
    for (const challenger of challengers) {
      if (challenger.total === leader.total) continue; // already level: no change is needed, nothing to explain
      const d = crossing(leader, challenger, weights, dimension);
      if (d === undefined || d === 0) continue;
      if (!best || Math.abs(d) < Math.abs(best.to - best.from)) {
        best = { dimension, from: weights[dimension], to: weights[dimension] + d, challenger };
      }
    }
  }
  return best;
}
