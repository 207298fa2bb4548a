/**
 * A shareable result rebuilt from its subject (a comparison or a set of
 * answers), under the channel's current default priorities.
 */
import type { Action } from '../cards/card.js';
import type { Subject } from '../actions.js';
import type { Reply } from '../reply.js';
import { preferencesFrom } from '../scoring/preferences.js';
import { channelWeights, describeImportance, equalCriteriaWeights } from '../scoring/weights.js';
import { rank } from '../scoring/rank.js';
import type { Criterion } from '../vocabulary.js';
import type { TeamContext } from './context.js';
import type { Tenant } from '../team/records.js';
import { StoreUnavailableError } from './store-guard.js';

export interface Result {
  reply: Reply;
  /** The options considered, best first, with their 0-10 scores. */
  options: Array<{ id: string; score: number }>;
  weights: Record<string, number>;
}

/** The channel's default priorities; when the store cannot say, results fall back to equal weights rather than fail. */
export async function channelImportance(ctx: TeamContext, tenant: Tenant, channel: string): Promise<Partial<Record<Criterion, number>> | undefined> {
  try {
    return (await ctx.store.getChannelSettings(tenant, channel))?.importance;
  } catch (error) {
    if (error instanceof StoreUnavailableError) return undefined;
    throw error;
  }
}

/** False when no framework qualifies: a result with nothing in it cannot be shared or voted on. */
export function hasResult(ctx: TeamContext, subject: Subject, importance: Partial<Record<Criterion, number>> | undefined): boolean {
  return subject.kind === 'compare' || rank(ctx.kb.frameworks, preferencesFrom(subject.answers, importance)).ranked.length > 0;
}

/** `actions` act on the result (Share, Start a team vote): a recommendation with no framework in it offers none. */
export function buildResult(ctx: TeamContext, subject: Subject, importance: Partial<Record<Criterion, number>> | undefined, actions: Action[]): Result {
  if (subject.kind === 'compare') {
    const weights = importance ? channelWeights(importance) : undefined;
    const reply = ctx.advisor.compare(subject.frameworks, weights, importance ? `this channel's priorities (${describeImportance(importance)})` : 'equal weights', actions);
    return { reply, options: reply.data.ranking ?? [], weights: { ...(weights ?? equalCriteriaWeights()) } };
  }
  const { rec, reply } = ctx.advisor.recommendation(subject.answers, importance, [], actions);
  return {
    reply,
    options: rec.ranked.slice(0, 3).map((r) => ({ id: r.framework.id, score: Number(r.total.toFixed(3)) })),
    weights: { ...preferencesFrom(subject.answers, importance).weights },
  };
}
