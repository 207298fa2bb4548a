/**
 * A shareable result decided again from its subject (a comparison or a set of
 * answers), under the channel's current default priorities: plain data that
 * use cases store and present.
 */
import type { Subject } from '../actions.js';
import { type AdviceResult, channelComparison, recommendation } from '../result.js';
import type { Criterion } from '../vocabulary.js';
import type { TeamContext } from './context.js';
import type { Tenant } from '../team/records.js';
import { StoreUnavailableError } from './store-guard.js';

/** The channel's default priorities; when the store cannot say, results fall back to equal weights rather than fail. */
export async function channelImportance(ctx: TeamContext, tenant: Tenant, channel: string): Promise<Partial<Record<Criterion, number>> | undefined> {
  try {
    return (await ctx.store.getChannelSettings(tenant, channel))?.importance;
  } catch (error) {
    if (error instanceof StoreUnavailableError) return undefined;
    throw error;
  }
}

export function decide(ctx: TeamContext, subject: Subject, importance: Partial<Record<Criterion, number>> | undefined): AdviceResult {
  return subject.kind === 'compare' ? channelComparison(ctx.kb, subject.frameworks, importance) : recommendation(ctx.kb, subject.answers, importance);
}

/** False when no framework qualifies: a result with nothing in it cannot be shared or voted on. */
export const hasResult = (result: AdviceResult): boolean => result.kind === 'compare' || result.recommendation.ranked.length > 0;
