/**
 * Team votes: started from a shared result, one changeable ballot per person,
 * the tally updated in place, closed by whoever started it. Ballots are
 * written atomically by the store, so simultaneous clicks are all counted.
 */
import type { Subject } from '../actions.js';
import { shortlistOf } from '../result.js';
import { noticeCard } from '../cards/flow-card.js';
import { voteCard } from '../cards/vote-card.js';
import { type TeamContext, publicReply, tellPrivately } from './context.js';
import type { Asker, Effect } from './effects.js';
import type { VoteRecord } from '../team/records.js';
import { channelImportance, decide } from './results.js';
import { ballotScores, proposeVote, settleVote } from '../decisions/vote-decision.js';

export class TeamVote {
  constructor(private readonly ctx: TeamContext) {}

  private card(vote: VoteRecord) {
    return publicReply('vote', voteCard(this.ctx.kb, vote));
  }

  /** The ballot is the shortlist the result was offered with; only a button from an older version makes it decide again. */
  async start(asker: Asker, subject: Subject, shortlist?: string[]): Promise<Effect[]> {
    const options = subject.kind === 'compare' ? subject.frameworks : (shortlist ?? (await this.shortlistNow(asker, subject)));
    if (options.length < 2) return tellPrivately('vote', noticeCard('Nothing to vote on', 'A vote needs at least two frameworks.'));
    const vote: VoteRecord = {
      id: this.ctx.newId(),
      tenant: asker.tenant,
      channel: asker.channel,
      startedBy: asker.user,
      options,
      ...(subject.kind === 'recommend' ? { answers: subject.answers } : {}),
      ballots: {},
      voters: {},
      createdAt: this.ctx.now(),
    };
    const importance = await channelImportance(this.ctx, asker.tenant, asker.channel);
    const decisionNumber = await proposeVote(this.ctx, vote, ballotScores(this.ctx.kb, vote, importance));
    const numbered = decisionNumber ? { ...vote, decisionNumber } : vote;
    await this.ctx.store.createVote(numbered);
    return [{ type: 'post', where: 'channel', reply: this.card(numbered) }];
  }

  async cast(asker: Asker, voteId: string, framework: string): Promise<Effect[]> {
    const result = await this.ctx.store.castVote(asker.tenant, voteId, asker.user, framework);
    switch (result.outcome) {
      case 'counted':
        return [{ type: 'update', reply: this.card(result.vote) }];
      case 'closed':
        return [{ type: 'update', reply: this.card(result.vote) }, ...tellPrivately('vote', noticeCard('This vote is closed', 'Its result is in the channel history.'))];
      case 'not-an-option':
        return tellPrivately('vote', noticeCard('Not on the ballot', 'Pick one of the frameworks on the vote card.'));
      case 'missing':
        return tellPrivately('vote', noticeCard('This vote no longer exists', 'Start a new one from a shared result.'));
    }
  }

  async close(asker: Asker, voteId: string): Promise<Effect[]> {
    const vote = await this.ctx.store.getVote(asker.tenant, voteId);
    if (!vote) return tellPrivately('vote', noticeCard('This vote no longer exists', 'Start a new one from a shared result.'));
    if (vote.startedBy.id !== asker.user.id) {
      return tellPrivately('vote', noticeCard(`Only ${vote.startedBy.name} can close this vote`, 'You can still change your own vote until then.'));
    }
    const closed = await this.ctx.store.closeVote(asker.tenant, voteId, this.ctx.now());
    if (closed.outcome === 'missing') return tellPrivately('vote', noticeCard('This vote no longer exists', 'Start a new one from a shared result.'));
    if (closed.outcome === 'closed') await this.record(closed.vote, asker);
    return [{ type: 'update', reply: this.card(closed.vote) }];
  }

  private async shortlistNow(asker: Asker, subject: Subject): Promise<string[]> {
    const importance = await channelImportance(this.ctx, asker.tenant, asker.channel);
    return shortlistOf(decide(this.ctx, subject, importance));
  }

  /** A closed vote settles its numbered decision, with each option on the ballot scored under the weights used (no ranking, no recommendation). */
  private async record(vote: VoteRecord, asker: Asker): Promise<void> {
    const importance = await channelImportance(this.ctx, vote.tenant, vote.channel);
    await settleVote(this.ctx, vote, ballotScores(this.ctx.kb, vote, importance), asker.user);
  }
}
