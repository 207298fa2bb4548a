/**
 * When no framework meets every must-have, which must-haves to drop and what
 * each choice would admit: "Drop ORM and migrations: Gin, Echo and Fiber
 * qualify." The fewest must-haves dropped come first, since each one dropped
 * is something the team said it needed; among equals, the choice admitting
 * the most frameworks first.
 */
import type { FrameworkProfile } from '../knowledge/schema.js';
import type { MustHave } from '../vocabulary.js';
import type { Preferences } from './preferences.js';
import { rank } from './rank.js';

export interface MustHavesToDrop {
  drop: MustHave[];
  /** Best first, by the same weighted sum as the recommendation. */
  admits: FrameworkProfile[];
}

/** At most this many ways out: enough to choose from, short enough to read. */
const SHOWN = 3;

/** Every non-empty subset of the must-haves, smallest first (there are at most four, so 15 subsets). */
function subsetsBySize(mustHaves: readonly MustHave[]): MustHave[][] {
  const subsets: MustHave[][] = [];
  for (let mask = 1; mask < 1 << mustHaves.length; mask++) subsets.push(mustHaves.filter((_, i) => mask & (1 << i)));
  return subsets.sort((a, b) => a.length - b.length);
}

export function mustHavesToDrop(frameworks: readonly FrameworkProfile[], prefs: Preferences): MustHavesToDrop[] {
  const found: MustHavesToDrop[] = [];
  for (const drop of subsetsBySize(prefs.mustHaves)) {
    // Only the smallest drops that work: dropping more than needed is never the advice.
    if (found.length > 0 && drop.length > found[0]!.drop.length) break;
    const kept = prefs.mustHaves.filter((m) => !drop.includes(m));
    const admits = rank(frameworks, { ...prefs, mustHaves: kept }).ranked.map((r) => r.framework);
    if (admits.length > 0) found.push({ drop, admits });
  }
  return found.sort((a, b) => b.admits.length - a.admits.length).slice(0, SHOWN);
}
