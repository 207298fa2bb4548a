/**
 * Team votes: started from a shared result, one changeable ballot per person,
 * the tally updated in place, closed by whoever started it. Ballots are
 * written atomically by the store, so simultaneous clicks are all counted.
 */
import type { Subject } from '../actions.js';
import { noticeCard } from '../cards/flow-card.js';
import { voteCard } from '../cards/vote-card.js';
import { type TeamContext, publicReply, tellPrivately } from './context.js';
import type { Asker, Effect } from './effects.js';
import type { VoteRecord } from '../team/records.js';
import { buildResult, channelImportance } from './results.js';
import { tally, winner } from '../team/tally.js';

const MAX_OPTIONS = 3;

export class TeamVote {
  constructor(private readonly ctx: TeamContext) {}

  private card(vote: VoteRecord) {
    return publicReply('vote', voteCard(this.ctx.kb, vote));
  }

  async start(asker: Asker, subject: Subject): Promise<Effect[]> {
    const importance = await channelImportance(this.ctx, asker.tenant, asker.channel);
    const options = subject.kind === 'compare' ? subject.frameworks : buildResult(this.ctx, subject, importance, []).options.slice(0, MAX_OPTIONS).map((o) => o.id);
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
    await this.ctx.store.createVote(vote);
    return [{ type: 'post', where: 'channel', reply: this.card(vote) }];
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

  /** A closed vote joins the channel's decision history, with each option's score under the weights used. */
  private async record(vote: VoteRecord, asker: Asker): Promise<void> {
    const importance = await channelImportance(this.ctx, vote.tenant, vote.channel);
    const subject: Subject = vote.answers ? { kind: 'recommend', answers: vote.answers } : { kind: 'compare', frameworks: vote.options };
    const result = buildResult(this.ctx, subject, importance, []);
    const scoreOf = (id: string) => result.options.find((o) => o.id === id)?.score ?? 0;
    const decision = winner(vote);
    await this.ctx.store.addDecision({
      id: this.ctx.newId(),
      tenant: vote.tenant,
      channel: vote.channel,
      kind: 'closed-vote',
      by: asker.user,
      ...(vote.answers ? { answers: vote.answers } : {}),
      options: vote.options.map((id) => ({ id, score: scoreOf(id) })),
      ...(decision ? { decision } : {}),
      tally: Object.fromEntries(tally(vote).map((l) => [l.framework, l.votes])),
      weights: result.weights,
      createdAt: this.ctx.now(),
    });
  }
}
