/**
 * A team vote's decision: proposed (numbered) when the vote opens, accepted
 * with its tally when it closes, superseding the earlier decision on the same
 * question.
 */
import type { TeamContext } from '../conversations/context.js';
import { channelImportance } from '../conversations/results.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { ResultOption } from '../result.js';
import { preferencesFrom } from '../scoring/preferences.js';
import { scoreFramework } from '../scoring/rank.js';
import { type ChannelImportance, channelWeights, equalCriteriaWeights } from '../scoring/weights.js';
import type { DecisionRecord, Person, VoteRecord } from '../team/records.js';
import { isRanked, roundLines, tally, winner } from '../team/tally.js';
import { acceptDecision, recordDecision } from './lifecycle.js';
import { decisionDetails } from './reasoning.js';

/** The frameworks on a ballot, each scored under the weights used. */
export interface BallotScores {
  options: ResultOption[];
  weights: Record<string, number>;
}

/**
 * The vote's own shortlist scored under the channel's weights (adjusted by the
 * vote's answers when it came from a recommendation): a weighted sum per option,
 * no ranking of every framework and no recommendation, so opening and closing a
 * vote decide nothing again.
 */
export function ballotScores(kb: KnowledgeBase, vote: VoteRecord, importance: ChannelImportance | undefined): BallotScores {
  const { weights, scoreOf } = scorer(kb, vote, importance);
  return { options: vote.options.map((id) => ({ id, score: scoreOf(id) })), weights: { ...weights } };
}

function scorer(kb: KnowledgeBase, vote: VoteRecord, importance: ChannelImportance | undefined) {
  const weights = vote.answers ? preferencesFrom(vote.answers, importance).weights : importance ? channelWeights(importance) : equalCriteriaWeights();
  const project = vote.answers?.project;
  const scoreOf = (id: string) => {
    const framework = kb.get(id);
    return framework ? Number(scoreFramework(framework, { weights, ...(project ? { project } : {}) }).total.toFixed(3)) : 0;
  };
  return { weights, scoreOf };
}

/** A select holds at most 25 options on Discord (Slack allows 100): the add menu offers the 25 best. */
export const ADDABLE_SHOWN = 25;

/**
 * Frameworks that could still join the ballot, best-scored first under the
 * vote's weights, in the languages the team answered (or else the languages
 * of the frameworks already on the ballot): the alternatives the team is
 * likely to mean. Anything else can still be added by name ("vote add ...").
 */
export function addableOptions(kb: KnowledgeBase, vote: VoteRecord, importance: ChannelImportance | undefined): string[] {
  const { scoreOf } = scorer(kb, vote, importance);
  const answered = vote.answers?.languages ?? [];
  const languages = answered.length > 0 ? answered : vote.options.flatMap((id) => kb.get(id)?.languages ?? []);
  return kb.frameworks
    .filter((f) => !vote.options.includes(f.id) && (languages.length === 0 || f.languages.some((l) => languages.includes(l))))
    .map((f) => ({ id: f.id, score: scoreOf(f.id) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, ADDABLE_SHOWN)
    .map((o) => o.id);
}

function base(ctx: TeamContext, vote: VoteRecord, result: BallotScores): Omit<DecisionRecord, 'id' | 'createdAt' | 'by'> {
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
export async function proposeVote(ctx: TeamContext, vote: VoteRecord, result: BallotScores): Promise<number | undefined> {
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

/** A vote that has just closed settles its decision, its options scored under the channel's weights as they are now. */
export async function recordClosedVote(ctx: TeamContext, vote: VoteRecord, closedBy: Person): Promise<DecisionRecord> {
  const importance = await channelImportance(ctx, vote.tenant, vote.channel);
  return settleVote(ctx, vote, ballotScores(ctx.kb, vote, importance), closedBy);
}

/** A closed vote settles its decision: accepted with a single winner, left proposed without one. */
export async function settleVote(ctx: TeamContext, vote: VoteRecord, result: BallotScores, closedBy: Person): Promise<DecisionRecord> {
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
    details: decisionDetails(ctx.kb, { options: fields.options, weights: fields.weights, chosen, decisionMakers: makers, consulted, ...(isRanked(vote) ? { rounds: roundLines(vote, (id) => ctx.kb.get(id)?.name ?? id) } : {}) }),
    createdAt: ctx.now(),
  };
  if (!proposed) return chosen ? recordDecision(ctx, { ...settled, status: 'accepted' }) : ctx.store.addDecision(settled);
  if (!chosen) {
    await ctx.store.updateDecision(settled);
    return settled;
  }
  return acceptDecision(ctx, settled);
}
