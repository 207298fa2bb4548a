/**
 * Present last: a comparison or recommendation result as the reply people see
 * (its card, chart and --json summary). Everything a reply varies by (its
 * buttons, who sees it, a line naming who shared it) is an input here, so no
 * use case patches a finished reply.
 */
import type { Action } from './cards/card.js';
import { compareCard } from './cards/compare-card.js';
import { recommendationCard } from './cards/recommendation-card.js';
import { comparisonChartData, recommendationChartData } from './charts/chart-data.js';
import { answersData } from './commands/reading.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import type { Reply, ReplyData } from './reply.js';
import { compareAction } from './actions.js';
import type { AdviceResult, ComparisonResult, RecommendationResult } from './result.js';
import type { RankedFramework } from './scoring/rank.js';
import type { Recommendation } from './scoring/recommendation.js';
import { levelAtTop } from './scoring/ties.js';

export interface Presentation {
  /** Buttons under the result. */
  actions?: Action[];
  /** Recommendations: buttons that act on the result (Share, Start a team vote), offered only when some framework qualifies; before `actions`. */
  onResult?: Action[];
  visibility?: Reply['visibility'];
  /** A line before the card's own subtitle ("Shared by Alice"). */
  sharedBy?: string;
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

export function recommendationData(rec: Recommendation): ReplyData {
  const leader = rec.ranked[0];
  const flip = rec.flip ? { criterion: rec.flip.dimension, from: round(rec.flip.from, 4), to: round(rec.flip.to, 4), challenger: rec.flip.challenger.framework.id } : null;
  return {
    kind: 'recommend',
    ranking: rec.ranked.map((r) => ({ id: r.framework.id, score: round(r.total) })),
    excluded: rec.excluded.map((e) => ({ id: e.framework.id, reason: e.reason })),
    tie: rec.tie,
    leader: rec.tie ? null : (leader?.framework.id ?? null),
    explanation: {
      why: rec.explanation.why.map((t) => ({ criterion: t.dimension, gain: round(t.points, 4) })),
      whyNot: rec.explanation.whyNot.map((t) => ({ criterion: t.dimension, loss: round(t.points, 4) })),
      flip,
      question: rec.tieBreaker ?? null,
    },
    flip,
    confidence: {
      leader: leader?.framework.id ?? '',
      share: round(rec.leaderShare),
      tie: rec.tie,
      shares: Object.fromEntries([...rec.confidence.firstShare].map(([id, s]) => [id, round(s)])),
    },
  };
}

/** `tie` and `leader` for --json: the leader's id, or null when first place is level. */
export function firstPlace(scored: readonly RankedFramework[]): { tie: boolean; leader: string | null } {
  const level = levelAtTop(scored);
  const tie = level.length > 1;
  return { tie, leader: tie ? null : (level[0]?.framework.id ?? null) };
}

/** "Shared by Alice · answers: Python · ..." */
function subtitleWith(sharedBy: string | undefined, subtitle: string | undefined, prefix = ''): string | undefined {
  if (!sharedBy) return subtitle;
  return subtitle ? `${sharedBy} · ${prefix}${subtitle}` : sharedBy;
}

export function comparisonReply(kb: KnowledgeBase, result: ComparisonResult, presentation: Presentation = {}): Reply {
  const { scored, weights, weightsOrigin } = result;
  const built = compareCard(kb, { scored, weights, weightsOrigin, actions: presentation.actions ?? [] });
  const subtitle = subtitleWith(presentation.sharedBy, built.subtitle);
  const card = subtitle === undefined ? built : { ...built, subtitle };
  return {
    kind: 'compare',
    understood: true,
    card,
    visibility: presentation.visibility ?? 'private',
    data: { kind: 'compare', ranking: result.options, ...firstPlace(scored) },
    chart: comparisonChartData(scored, weights, weightsOrigin),
  };
}

export function recommendationReply(kb: KnowledgeBase, result: RecommendationResult, presentation: Presentation = {}): Reply {
  const rec = result.recommendation;
  const top = result.options.map((o) => o.id);
  const compare: Action[] = top.length >= 2 ? [{ type: 'button', id: compareAction(top), label: `Compare top ${top.length}` }] : [];
  const actions = [...compare, ...(rec.ranked.length > 0 ? (presentation.onResult ?? []) : []), ...(presentation.actions ?? [])];
  const built = recommendationCard(kb, rec, result.answers, result.weightsOrigin, actions);
  // A recommendation's subtitle is its answers: a shared card names the asker before them, once.
  const subtitle = subtitleWith(presentation.sharedBy, built.subtitle, 'answers: ');
  const card = subtitle === undefined ? built : { ...built, subtitle };
  const chart = recommendationChartData(rec.ranked, rec.weights, result.weightsOrigin);
  return {
    kind: 'recommend',
    understood: true,
    card,
    visibility: presentation.visibility ?? 'private',
    data: { ...recommendationData(rec), answers: answersData(result.answers) },
    ...(chart ? { chart } : {}),
  };
}

export function resultReply(kb: KnowledgeBase, result: AdviceResult, presentation: Presentation = {}): Reply {
  return result.kind === 'compare' ? comparisonReply(kb, result, presentation) : recommendationReply(kb, result, presentation);
}
