/**
 * A recommendation is a ranking plus its explanation: why the leader leads,
 * why the runner-up trails, what would flip it, and how sure we are.
 */
import type { FrameworkProfile } from '../knowledge/schema.js';
import { MUST_HAVES, MUST_HAVE_LABEL, type MustHave } from '../vocabulary.js';
import { confidence, seedOf, type Confidence } from './confidence.js';
import { flipPoint, type FlipPoint } from './flip-point.js';
import { mustHavesToDrop, type MustHavesToDrop } from './must-haves-to-drop.js';
import type { Preferences } from './preferences.js';
import { hasMustHave, rank, type Ranking, type RankedFramework } from './rank.js';
import { CRITERIA, CRITERION_LABEL, type Criterion } from '../vocabulary.js';
import { DIMENSIONS, type Dimension } from './weights.js';

/** Below this share of first places the lead is noise: call it a tie. */
export const TIE_SHARE = 0.6;

export interface Recommendation extends Ranking {
  flip?: FlipPoint;
  confidence: Confidence;
  /** The leader's share of first places, 0-1. */
  leaderShare: number;
  tie: boolean;
  /** When tied: the question whose answer separates the top two. */
  tieBreaker?: string;
  /** When nothing qualifies: the must-haves to drop, and what each choice would admit. */
  ifDropped?: MustHavesToDrop[];
}

export interface Term {
  dimension: Dimension;
  /** For a lead: the contribution; for a deficit: points lost against the leader. */
  points: number;
}

/** The leader's largest contributions, biggest first. */
export function strongestTerms(leader: RankedFramework, count = 2): Term[] {
  return DIMENSIONS.map((dimension) => ({ dimension, points: leader.contributions[dimension] }))
    .filter((t) => t.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, count);
}

/** Where the runner-up loses most against the leader, biggest loss first. */
export function largestDeficits(leader: RankedFramework, runnerUp: RankedFramework, count = 2): Term[] {
  return DIMENSIONS.map((dimension) => ({ dimension, points: leader.contributions[dimension] - runnerUp.contributions[dimension] }))
    .filter((t) => t.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, count);
}

/** A question that would separate two close frameworks: a built-in one has and the other lacks, else the trade-off between their criteria. */
export function separatingQuestion(a: FrameworkProfile, b: FrameworkProfile): string {
  const builtin = MUST_HAVES.find((m: MustHave) => hasMustHave(a, m) !== hasMustHave(b, m));
  if (builtin) return `Do you need ${MUST_HAVE_LABEL[builtin]} out of the box?`;
  const gap = (c: Criterion) => a.scores[c].value - b.scores[c].value;
  const forA = [...CRITERIA].sort((x, y) => gap(y) - gap(x))[0]!;
  const forB = [...CRITERIA].sort((x, y) => gap(x) - gap(y))[0]!;
  if (gap(forA) <= 0 || gap(forB) >= 0) return `Is there a project need that only one of ${a.name} and ${b.name} meets?`;
  const label = (c: Criterion) => CRITERION_LABEL[c].toLowerCase();
  return `Which matters more: ${label(forA)} (stronger in ${a.name}) or ${label(forB)} (stronger in ${b.name})?`;
}

export function recommend(frameworks: readonly FrameworkProfile[], prefs: Preferences): Recommendation {
  const ranking = rank(frameworks, prefs);
  const [leader, runnerUp] = ranking.ranked;
  const conf = confidence(ranking.ranked, prefs.weights, prefs.firmness, seedOf(JSON.stringify(prefs)));
  const leaderShare = leader ? (conf.firstShare.get(leader.framework.id) ?? 0) : 0;
  const tie = runnerUp !== undefined && (leaderShare < TIE_SHARE || leader!.total - runnerUp.total < 0.05);
  const flip = flipPoint(ranking.ranked, prefs.weights);
  return {
    ...ranking,
    ...(flip ? { flip } : {}),
    confidence: conf,
    leaderShare,
    tie,
    ...(tie && leader && runnerUp ? { tieBreaker: separatingQuestion(leader.framework, runnerUp.framework) } : {}),
    ...(leader ? {} : { ifDropped: mustHavesToDrop(frameworks, prefs) }),
  };
}
