/**
 * A recommendation is a ranking plus its explanation: why the leader leads,
 * why the runner-up trails, what would flip it, and how sure we are. The
 * leader is always the framework first at the team's own weights and scores;
 * everything else on the card explains that one.
 */
import type { FrameworkProfile } from '../knowledge/schema.js';
import { confidence, seedOf, type Confidence } from './confidence.js';
import { explain, type Explanation } from './explanation.js';
import { flipPoint, pairFlip, type FlipPoint, type PairFlip } from './flip-point.js';
import { mustHavesToDrop, type MustHavesToDrop } from './must-haves-to-drop.js';
import type { Preferences } from './preferences.js';
import { rank, type Ranking, type RankedFramework } from './rank.js';
import { separatingQuestion } from './tie-breaker.js';
import { levelAtTop, TIE_SHARE } from './ties.js';

export { TIE_MARGIN, TIE_SHARE } from './ties.js';

export interface Recommendation extends Ranking {
  /** The smallest single change of priority that puts another framework first, when one can. */
  flip?: FlipPoint;
  /** When no single change can: the smallest transfer of weight between two criteria that does. */
  pairFlip?: PairFlip;
  /** Frameworks level with the leader (totals within TIE_MARGIN), the leader not included. */
  levelWith: RankedFramework[];
  confidence: Confidence;
  /** The leader's share of first places, 0-1. */
  leaderShare: number;
  /** A framework that comes first in more draws than the leader does, with its share. */
  moreDraws?: { framework: RankedFramework; share: number };
  tie: boolean;
  /** When tied: the frameworks too close to call, the leader first. */
  contenders: RankedFramework[];
  /** When tied: the question whose answer separates the leader from its closest contender. */
  tieBreaker?: string;
  explanation: Explanation;
  /** When nothing qualifies: the must-haves to drop, and what each choice would admit. */
  ifDropped?: MustHavesToDrop[];
}

/** Who the leader is too close to: those level on totals, else whoever wins most draws besides it. */
function contendersOf(ranked: readonly RankedFramework[], levelWith: RankedFramework[], conf: Confidence): RankedFramework[] {
  const [leader] = ranked;
  if (!leader) return [];
  if (levelWith.length > 0) return [leader, ...levelWith];
  const nextId = [...conf.firstShare.keys()].find((id) => id !== leader.framework.id);
  const next = ranked.find((r) => r.framework.id === nextId) ?? ranked[1];
  return next ? [leader, next] : [leader];
}

export function recommend(frameworks: readonly FrameworkProfile[], prefs: Preferences): Recommendation {
  const ranking = rank(frameworks, prefs);
  const [leader, runnerUp] = ranking.ranked;
  const conf = confidence(ranking.ranked, prefs.weights, prefs.firmness, seedOf(JSON.stringify(prefs)));
  const leaderShare = leader ? (conf.firstShare.get(leader.framework.id) ?? 0) : 0;
  const [topId, topShare] = [...conf.firstShare][0] ?? [];
  const moreDrawsBy = topId !== undefined && topId !== leader?.framework.id && topShare! > leaderShare ? ranking.ranked.find((r) => r.framework.id === topId) : undefined;
  const levelWith = leader ? levelAtTop(ranking.ranked).filter((r) => r !== leader) : [];
  const tie = runnerUp !== undefined && (levelWith.length > 0 || leaderShare < TIE_SHARE);
  const contenders = tie ? contendersOf(ranking.ranked, levelWith, conf) : [];
  const flip = levelWith.length === 0 ? flipPoint(ranking.ranked, prefs.weights) : undefined;
  const pair = levelWith.length === 0 && !flip ? pairFlip(ranking.ranked, prefs.weights) : undefined;
  return {
    ...ranking,
    ...(flip ? { flip } : {}),
    ...(pair ? { pairFlip: pair } : {}),
    levelWith,
    confidence: conf,
    leaderShare,
    ...(moreDrawsBy ? { moreDraws: { framework: moreDrawsBy, share: topShare! } } : {}),
    tie,
    contenders,
    ...(tie && contenders[1] ? { tieBreaker: separatingQuestion(contenders[0]!.framework, contenders[1].framework, prefs) } : {}),
    explanation: explain(leader!, runnerUp),
    ...(leader ? {} : { ifDropped: mustHavesToDrop(frameworks, prefs) }),
  };
}
