/**
 * Team votes: started from a shared result, one changeable ballot per person,
 * the tally updated in place, closed by whoever started it. Ballots are
 * written atomically by the store, so simultaneous clicks are all counted.
 */
import type { Subject } from '../actions.js';
import { shortlistOf } from '../result.js';
import { preferencesFrom } from '../scoring/preferences.js';
import { scoreFramework } from '../scoring/rank.js';
import { channelWeights, equalCriteriaWeights } from '../scoring/weights.js';
import { noticeCard } from '../cards/flow-card.js';
import { voteCard } from '../cards/vote-card.js';
import { type TeamContext, publicReply, tellPrivately } from './context.js';
import type { Asker, Effect } from './effects.js';
import type { VoteRecord } from '../team/records.js';
import { channelImportance, decide } from './results.js';
import { tally, winner } from '../team/tally.js';

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

  private async shortlistNow(asker: Asker, subject: Subject): Promise<string[]> {
    const importance = await channelImportance(this.ctx, asker.tenant, asker.channel);
    return shortlistOf(decide(this.ctx, subject, importance));
  }

  /**
   * A closed vote joins the channel's decision history, with each option on the
   * ballot scored under the weights used (a weighted sum each: no ranking of
   * every framework, no recommendation).
   */
  private async record(vote: VoteRecord, asker: Asker): Promise<void> {
    const importance = await channelImportance(this.ctx, vote.tenant, vote.channel);
    const weights = vote.answers ? preferencesFrom(vote.answers, importance).weights : importance ? channelWeights(importance) : equalCriteriaWeights();
    const project = vote.answers?.project;
    const scoreOf = (id: string) => {
      const framework = this.ctx.kb.get(id);
      return framework ? Number(scoreFramework(framework, { weights, ...(project ? { project } : {}) }).total.toFixed(3)) : 0;
    };
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
      weights: { ...weights },
      createdAt: this.ctx.now(),
    });
  }
}
