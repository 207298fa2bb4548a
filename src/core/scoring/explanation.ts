/**
 * Why the leader leads, by advantage: the criteria where it gains most over
 * the runner-up (weight x score difference). A criterion on which the leader
 * is worse is never a reason for leading; it is named as the runner-up's
 * strength instead.
 */
import type { RankedFramework } from './rank.js';
import { DIMENSIONS, type Dimension } from './weights.js';

export interface Term {
  dimension: Dimension;
  /** Points on the 0-10 total: weight x score difference, always above zero. */
  points: number;
}

/** What `ahead` gains over `behind` on each dimension where it is better, largest first. */
export function advantages(ahead: RankedFramework, behind: RankedFramework, count = 2): Term[] {
  return DIMENSIONS.map((dimension) => ({ dimension, points: ahead.contributions[dimension] - behind.contributions[dimension] }))
    .filter((t) => t.points > 1e-9)
    .sort((a, b) => b.points - a.points || DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension))
    .slice(0, count);
}

export interface Explanation {
  /** Where the leader gains most over the runner-up. */
  why: Term[];
  /** Where the runner-up loses most against the leader (the same gaps, seen from #2). */
  whyNot: Term[];
  /** Where the runner-up is ahead: named so the card never hides what #2 does better. */
  runnerUpAhead: Term[];
}

export function explain(leader: RankedFramework, runnerUp: RankedFramework | undefined): Explanation {
  if (!runnerUp) return { why: [], whyNot: [], runnerUpAhead: [] };
  const gains = advantages(leader, runnerUp);
  return { why: gains, whyNot: gains, runnerUpAhead: advantages(runnerUp, leader) };
}
