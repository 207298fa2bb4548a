/**
 * A team vote's decision: proposed (numbered) when the vote opens, accepted
 * with its tally when it closes, superseding the earlier decision on the same
 * question.
 */
import type { TeamContext } from '../conversations/context.js';
import type { DecisionRecord, Person, VoteRecord } from '../conversations/records.js';
import type { Result } from '../conversations/results.js';
import { tally, winner } from '../conversations/tally.js';
import { acceptDecision, recordDecision } from './lifecycle.js';
import { decisionDetails } from './reasoning.js';

function base(ctx: TeamContext, vote: VoteRecord, result: Result): Omit<DecisionRecord, 'id' | 'createdAt' | 'by'> {
  const scoreOf = (id: string) => result.options.find((o) => o.id === id)?.score ?? 0;
  return {
    tenant: vote.tenant,
    channel: vote.channel,
    kind: 'team-vote',
    ...(vote.answers ? { answers: vote.answers } : {}),
    options: vote.options.map((id) => ({ id, score: scoreOf(id) })),
    weights: result.weights,
  };
}

/** The proposed decision of a vote that has just opened; its number goes on the vote. */
export async function proposeVote(ctx: TeamContext, vote: VoteRecord, result: Result): Promise<number | undefined> {
  const fields = base(ctx, vote, result);
  const d = await recordDecision(ctx, {
    ...fields,
    id: ctx.newId(),
    by: vote.startedBy,
    status: 'proposed',
    details: decisionDetails(ctx.kb, { options: fields.options, weights: fields.weights, chosen: undefined, decisionMakers: [vote.startedBy], consulted: [] }),
    createdAt: vote.createdAt,
  });
  return d.number;
}

/** A closed vote settles its decision: accepted with a single winner, left proposed without one. */
export async function settleVote(ctx: TeamContext, vote: VoteRecord, result: Result, closedBy: Person): Promise<DecisionRecord> {
  const fields = base(ctx, vote, result);
  const chosen = winner(vote);
  const makers = closedBy.id === vote.startedBy.id ? [vote.startedBy] : [vote.startedBy, closedBy];
  const consulted = Object.entries(vote.voters).map(([id, name]) => ({ id, name }));
  const proposed = vote.decisionNumber ? await ctx.store.getDecision(vote.tenant, vote.channel, vote.decisionNumber) : undefined;
  const settled: DecisionRecord = {
    ...fields,
    id: proposed?.id ?? ctx.newId(),
    by: closedBy,
    ...(proposed?.number ? { number: proposed.number } : {}),
    ...(chosen ? { decision: chosen } : {}),
    tally: Object.fromEntries(tally(vote).map((l) => [l.framework, l.votes])),
    status: 'proposed',
    details: decisionDetails(ctx.kb, { options: fields.options, weights: fields.weights, chosen, decisionMakers: makers, consulted }),
    createdAt: ctx.now(),
  };
  if (!proposed) return chosen ? recordDecision(ctx, { ...settled, status: 'accepted' }) : ctx.store.addDecision(settled);
  if (!chosen) {
    await ctx.store.updateDecision(settled);
    return settled;
  }
  return acceptDecision(ctx, settled);
}
