/**
 * The flip point: the smallest change of one weight (the others rescaled to
 * keep the sum at 1) that puts another framework first. Closed form, from
 * scoring.md: each total is linear in the change d, so the crossing is exact.
 *
 * What is reported must happen when tried:
 * - only changes strictly between 0% and 100% (at the extremes the two only tie);
 * - the weight printed is rounded past the crossing (18% for a crossing at
 *   17.95% on the way up), so re-scoring at it flips, and 1 point less does not;
 * - the challenger named is the framework that leads there, re-scored, not
 *   merely the first to cross (several can cross at once).
 * When no single weight can do it, the smallest transfer of weight between two
 * criteria that does is offered instead.
 */
import { DIMENSIONS, type Dimension, type Weights } from './weights.js';
import { type RankedFramework, weightedTotal } from './rank.js';

export interface FlipPoint {
  dimension: Dimension;
  /** The weight now, and the weight (as printed) at which the challenger leads. */
  from: number;
  to: number;
  challenger: RankedFramework;
}

/** Moving `points` of weight from one criterion to another (the rest unchanged) puts `challenger` first. */
export interface PairFlip {
  lower: Dimension;
  raise: Dimension;
  /** Weight moved, 0-1, as printed (whole percentage points). */
  points: number;
  weights: Weights;
  challenger: RankedFramework;
}

/** Weights with `dimension` moved to `to` and the rest rescaled proportionally. */
export function shiftWeight(weights: Weights, dimension: Dimension, to: number): Weights {
  const rest = 1 - weights[dimension];
  const factor = rest > 0 ? (1 - to) / rest : 0;
  return Object.fromEntries(DIMENSIONS.map((d) => [d, d === dimension ? to : weights[d] * factor])) as Record<Dimension, number>;
}

/** Weights with `points` moved from `lower` to `raise`, every other weight unchanged. */
export function transferWeight(weights: Weights, lower: Dimension, raise: Dimension, points: number): Weights {
  return { ...weights, [lower]: weights[lower] - points, [raise]: weights[raise] + points };
}

/** Above the arithmetic's dust: a lead smaller than this is no lead. */
const EPSILON = 1e-9;

/** The framework strictly first under `weights`, or undefined when the first place is shared. */
export function strictLeader(ranked: readonly RankedFramework[], weights: Weights): RankedFramework | undefined {
  let best: RankedFramework | undefined;
  let bestTotal = -Infinity;
  let shared = false;
  for (const r of ranked) {
    const total = weightedTotal(r.scores, weights);
    if (total > bestTotal + EPSILON) {
      best = r;
      bestTotal = total;
      shared = false;
    } else if (total > bestTotal - EPSILON) shared = true;
  }
  return shared ? undefined : best;
}

/** d at which challenger's total equals leader's when weight k moves by d; undefined if they never cross. */
function crossing(leader: RankedFramework, challenger: RankedFramework, weights: Weights, k: Dimension): number | undefined {
  const wk = weights[k];
  const rest = 1 - wk;
  if (rest <= 1e-12) return undefined;
  const slope = (r: RankedFramework) => r.scores[k] - (r.total - wk * r.scores[k]) / rest;
  const denominator = slope(leader) - slope(challenger);
  if (Math.abs(denominator) < 1e-12) return undefined;
  return -(leader.total - challenger.total) / denominator;
}

/**
 * The first weight past `threshold`, moving away from `from`, in whole
 * percent; in tenths when whole percent would print the same as `from`.
 */
export function pastThreshold(from: number, threshold: number, up: boolean): number {
  const step = (scale: number) => (up ? Math.floor(threshold * scale + 1e-7) + 1 : Math.ceil(threshold * scale - 1e-7) - 1) / scale;
  const whole = step(100);
  return Math.round(whole * 100) === Math.round(from * 100) ? step(1000) : whole;
}

/** The smallest change of weight k in one direction that hands first place to someone, as printed and checked. */
function flipAlong(ranked: readonly RankedFramework[], weights: Weights, k: Dimension, up: boolean): FlipPoint | undefined {
  const [leader, ...challengers] = ranked;
  const wk = weights[k];
  let nearest: number | undefined;
  for (const challenger of challengers) {
    const d = crossing(leader!, challenger, weights, k);
    if (d === undefined || (up ? d <= 0 : d >= 0)) continue;
    if (nearest === undefined || Math.abs(d) < Math.abs(nearest)) nearest = d;
  }
  if (nearest === undefined) return undefined;
  const to = pastThreshold(wk, wk + nearest, up);
  if (to <= 0 || to >= 1) return undefined;
  const challenger = strictLeader(ranked, shiftWeight(weights, k, to));
  if (!challenger || challenger === leader) return undefined;
  return { dimension: k, from: wk, to, challenger };
}

/**
 * Searches every dimension in use (any criterion; project fit when it counts),
 * both ways; returns the smallest change that really flips first place, or
 * undefined when no single weight can.
 */
export function flipPoint(ranked: readonly RankedFramework[], weights: Weights): FlipPoint | undefined {
  if (ranked.length < 2) return undefined;
  let best: FlipPoint | undefined;
  for (const dimension of DIMENSIONS) {
    if (dimension === 'fit' && weights.fit === 0) continue;
    for (const up of [true, false]) {
      const flip = flipAlong(ranked, weights, dimension, up);
      if (flip && (!best || Math.abs(flip.to - flip.from) < Math.abs(best.to - best.from))) best = flip;
    }
  }
  return best;
}

/** The smallest whole-point transfer of weight from one dimension to another that puts someone else first. */
export function pairFlip(ranked: readonly RankedFramework[], weights: Weights): PairFlip | undefined {
  const [leader, ...challengers] = ranked;
  if (!leader) return undefined;
  const used = DIMENSIONS.filter((d) => d !== 'fit' || weights.fit > 0);
  let best: PairFlip | undefined;
  for (const lower of used) {
    for (const raise of used) {
      if (lower === raise || weights[lower] <= 0) continue;
      const lead = (r: RankedFramework) => r.scores[raise] - r.scores[lower];
      let nearest: number | undefined;
      for (const challenger of challengers) {
        const closing = lead(challenger) - lead(leader);
        if (closing <= 1e-12) continue;
        const t = (leader.total - challenger.total) / closing;
        if (t > 0 && (nearest === undefined || t < nearest)) nearest = t;
      }
      if (nearest === undefined) continue;
      const points = (Math.floor(nearest * 100 + 1e-7) + 1) / 100;
      if (points >= weights[lower] || (best && points >= best.points)) continue;
      const moved = transferWeight(weights, lower, raise, points);
      const challenger = strictLeader(ranked, moved);
      if (challenger && challenger !== leader) best = { lower, raise, points, weights: moved, challenger };
    }
  }
  return best;
}
