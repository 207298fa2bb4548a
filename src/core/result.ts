/**
 * Decide as data: a comparison or a recommendation as a plain result (the
 * ranking, the weights and where they came from, the options considered and,
 * for a recommendation, its explanation). Cards render it
 * (result-reply.ts); use cases store it; nothing reads it back out of a card.
 */
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { canonicalAnswers, preferencesFrom } from './scoring/preferences.js';
import { byTotal, type RankedFramework, scoreFramework } from './scoring/rank.js';
import { recommend, type Recommendation } from './scoring/recommendation.js';
import { type ChannelImportance, channelWeights, describeImportance, equalCriteriaWeights, type Weights } from './scoring/weights.js';
import type { Answers } from './team/answers.js';
import type { ProjectType } from './vocabulary.js';

/** A framework considered, with its 0-10 total under the result's weights (3 decimals). */
export interface ResultOption {
  id: string;
  score: number;
}

export interface ComparisonResult {
  kind: 'compare';
  /** In the order the frameworks were named. */
  scored: RankedFramework[];
  weights: Weights;
  /** Where the weights came from, in words ("equal weights", "this channel's priorities (...)"). */
  weightsOrigin: string;
  project?: ProjectType;
  /** Every framework compared, best first. */
  options: ResultOption[];
}

export interface RecommendationResult {
  kind: 'recommend';
  /** The answers as a set: the card, the seed and the ranking never depend on the order values were typed in. */
  answers: Answers;
  recommendation: Recommendation;
  weights: Weights;
  weightsOrigin: string;
  /** The top three, best first: what a vote is about and what a shared result records. */
  options: ResultOption[];
}

export type AdviceResult = ComparisonResult | RecommendationResult;

/** How many frameworks of a recommendation a shortlist (and a vote) holds. */
export const SHORTLIST = 3;

export const optionOf = (r: RankedFramework): ResultOption => ({ id: r.framework.id, score: Number(r.total.toFixed(3)) });

export function comparison(kb: KnowledgeBase, ids: readonly string[], weights: Weights = equalCriteriaWeights(), weightsOrigin = 'equal weights', project?: ProjectType): ComparisonResult {
  const scored = ids.map((id) => scoreFramework(kb.require(id), { weights, ...(project ? { project } : {}) }));
  return { kind: 'compare', scored, weights, weightsOrigin, ...(project ? { project } : {}), options: [...scored].sort(byTotal).map(optionOf) };
}

/** A comparison under the channel's default priorities when it has some. */
export function channelComparison(kb: KnowledgeBase, ids: readonly string[], importance: ChannelImportance | undefined): ComparisonResult {
  if (!importance) return comparison(kb, ids);
  return comparison(kb, ids, channelWeights(importance), `this channel's priorities (${describeImportance(importance)})`);
}

export function recommendation(kb: KnowledgeBase, given: Answers, importance?: ChannelImportance): RecommendationResult {
  const answers = canonicalAnswers(given);
  const prefs = preferencesFrom(answers, importance);
  const rec = recommend(kb.frameworks, prefs);
  const weightsOrigin = importance ? `this channel's priorities (${describeImportance(importance)}) adjusted by your answers` : 'from your answers';
  return { kind: 'recommend', answers, recommendation: rec, weights: rec.weights, weightsOrigin, options: rec.ranked.slice(0, SHORTLIST).map(optionOf) };
}

/** The frameworks a vote on this result offers: every one compared, or a recommendation's top three. */
export const shortlistOf = (result: AdviceResult): string[] => result.options.slice(0, result.kind === 'compare' ? undefined : SHORTLIST).map((o) => o.id);
