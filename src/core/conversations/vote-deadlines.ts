/**
 * Votes that close by themselves. Every replica may run this at the same
 * time: store.closeVote is atomic, so only the replica whose close returns
 * 'closed' records the decision and announces it; the others skip the vote.
 */
import { voteCard } from '../cards/vote-card.js';
import { recordClosedVote } from '../decisions/vote-decision.js';
import { type TeamContext, publicReply } from './context.js';
import type { Announcement } from './effects.js';
import type { Tenant } from '../team/records.js';

export interface DueVoteOptions {
  /** Only votes the caller can announce are closed (a service without Discord leaves Discord's votes to one with it), so no close goes unsaid. */
  reaches?: (tenant: Tenant) => boolean;
}

/** Votes closed per check; the rest wait for the next one (the scheduler runs it again soon). */
export const DUE_VOTES_PER_CHECK = 50;

/**
 * Closes every vote whose deadline is at or before `now`, settles its
 * decision exactly as a manual close does (closed by whoever started it),
 * and returns one announcement per vote this call closed: the closed card,
 * for the channel the vote is in.
 */
export async function closeDueVotes(ctx: TeamContext, now: number, options: DueVoteOptions = {}): Promise<Announcement[]> {
  const due = (await ctx.store.dueVotes(now, DUE_VOTES_PER_CHECK)).filter((vote) => !options.reaches || options.reaches(vote.tenant));
  const at: TeamContext = { ...ctx, now: () => now };
  const announcements: Announcement[] = [];
  for (const vote of due) {
    const closed = await ctx.store.closeVote(vote.tenant, vote.id, now);
    if (closed.outcome !== 'closed') continue; // another replica (or its starter) closed it first
    await recordClosedVote(at, closed.vote, closed.vote.startedBy);
    // No claim to give back if the post fails: the vote is closed and its decision recorded,
    // which is what matters, and it is in the channel's history (`history`) whether or not this post arrives.
    announcements.push({ tenant: closed.vote.tenant, channel: closed.vote.channel, reply: publicReply('vote', voteCard(ctx.kb, closed.vote)), about: 'vote-closed' });
  }
  return announcements;
}
