/**
 * Team votes: started from a shared result or the `vote` command, one
 * changeable ballot per person (a choice, or a ranking), the tally updated in
 * place, closed by whoever started it or by itself at its deadline. Ballots
 * are written atomically by the store, so simultaneous clicks are all counted.
 */
import type { Subject } from '../actions.js';
import { shortlistOf } from '../result.js';
import { noticeCard } from '../cards/flow-card.js';
import { voteCard } from '../cards/vote-card.js';
import { closesAtOf, type Deadline } from '../commands/deadline.js';
import { type TeamContext, publicReply, tellPrivately } from './context.js';
import type { Asker, Effect } from './effects.js';
import type { VoteRecord } from '../team/records.js';
import { channelImportance, decide } from './results.js';
import { rankingOf } from '../decisions/ballot.js';
import { addableOptions, ballotScores, proposeVote, recordClosedVote } from '../decisions/vote-decision.js';
import { isRanked } from '../team/tally.js';

/** How a vote runs, beyond its options. */
export interface VoteStyle {
  deadline?: Deadline;
  ranked?: boolean;
  anonymous?: boolean;
}

const GONE = noticeCard('This vote no longer exists', 'Start a new one with "vote", or from a shared result.');
const CLOSED = noticeCard('This vote is closed', 'Its result is in the channel history.');
const NO_SHARED_RESULT = noticeCard(
  'Nothing to vote on yet',
  'Share a recommendation or comparison to this channel first, then "vote"; or name the frameworks: vote django fastapi closes in 2d.',
);
/** How far back `vote` and `vote add` look for the channel's shared result or open vote. */
const LOOK_BACK = 50;

export class TeamVote {
  constructor(private readonly ctx: TeamContext) {}

  /** The vote's card; before the first ballot it offers frameworks to add. */
  async card(vote: VoteRecord) {
    const open = vote.closedAt === undefined && Object.keys(vote.ballots).length === 0 && vote.options.length < 5;
    const addable = open ? addableOptions(this.ctx.kb, vote, await channelImportance(this.ctx, vote.tenant, vote.channel)) : [];
    return publicReply('vote', voteCard(this.ctx.kb, vote, { addable }));
  }

  /** The ballot is the shortlist the result was offered with; only a button from an older version makes it decide again. */
  async start(asker: Asker, subject: Subject, shortlist?: string[], style: VoteStyle = {}): Promise<Effect[]> {
    const options = subject.kind === 'compare' ? subject.frameworks : (shortlist ?? (await this.shortlistNow(asker, subject)));
    if (options.length < 2) return tellPrivately('vote', noticeCard('Nothing to vote on', 'A vote needs at least two frameworks.'));
    const now = this.ctx.now();
    const vote: VoteRecord = {
      id: this.ctx.newId(),
      tenant: asker.tenant,
      channel: asker.channel,
      startedBy: asker.user,
      options,
      ...(subject.kind === 'recommend' ? { answers: subject.answers } : {}),
      ballots: {},
      voters: {},
      createdAt: now,
      ...(style.deadline ? { closesAt: closesAtOf(style.deadline, now) } : {}),
      ...(style.anonymous ? { anonymous: true } : {}),
      ...(style.ranked ? { method: 'ranked' as const } : {}),
    };
    const importance = await channelImportance(this.ctx, asker.tenant, asker.channel);
    const decisionNumber = await proposeVote(this.ctx, vote, ballotScores(this.ctx.kb, vote, importance));
    const numbered = decisionNumber ? { ...vote, decisionNumber } : vote;
    await this.ctx.store.createVote(numbered);
    return [{ type: 'post', where: 'channel', reply: await this.card(numbered) }];
  }

  /** `vote ...`: on the named frameworks, or on the channel's latest shared result. */
  async startFromCommand(asker: Asker, frameworks: string[], style: VoteStyle): Promise<Effect[]> {
    if (frameworks.length >= 2) return this.start(asker, { kind: 'compare', frameworks }, undefined, style);
    const shared = (await this.ctx.store.listDecisions(asker.tenant, asker.channel, LOOK_BACK)).find((d) => d.kind === 'shared-recommendation' || d.kind === 'shared-comparison');
    if (!shared) return tellPrivately('vote', NO_SHARED_RESULT);
    if (shared.answers) return this.start(asker, { kind: 'recommend', answers: shared.answers }, undefined, style);
    return this.start(asker, { kind: 'compare', frameworks: shared.options.map((o) => o.id).slice(0, 5) }, undefined, style);
  }

  async cast(asker: Asker, voteId: string, framework: string): Promise<Effect[]> {
    // On a ranked vote (only a crafted button gets here) a single choice is a ranking of one, which validChoice accepts.
    const result = await this.ctx.store.castVote(asker.tenant, voteId, asker.user, framework);
    switch (result.outcome) {
      case 'counted':
        return [{ type: 'update', reply: await this.card(result.vote) }];
      case 'closed':
        return [{ type: 'update', reply: await this.card(result.vote) }, ...tellPrivately('vote', CLOSED)];
      case 'not-an-option':
        return tellPrivately('vote', noticeCard('Not on the ballot', 'Pick one of the frameworks on the vote card.'));
      case 'missing':
        return tellPrivately('vote', GONE);
    }
  }

  /**
   * A ranked ballot's pick: `framework` goes to rank `rank` (the options after
   * it move down one), and when all but one are ranked the last is implied.
   * The voter is told their whole ranking privately; the card shows counts.
   */
  async rank(asker: Asker, voteId: string, rank: number, framework: string | undefined): Promise<Effect[]> {
    const vote = await this.ctx.store.getVote(asker.tenant, voteId);
    if (!vote) return tellPrivately('vote', GONE);
    if (vote.closedAt !== undefined) return [{ type: 'update', reply: await this.card(vote) }, ...tellPrivately('vote', CLOSED)];
    if (!isRanked(vote) || framework === undefined || !vote.options.includes(framework)) return tellPrivately('vote', noticeCard('Not on the ballot', 'Pick one of the frameworks in the menu.'));
    const before = vote.ballots[asker.user.id];
    const ranking = (before ? rankingOf(before) : []).filter((f) => f !== framework);
    ranking.splice(Math.min(rank - 1, ranking.length), 0, framework);
    if (ranking.length === vote.options.length - 1) ranking.push(vote.options.find((f) => !ranking.includes(f))!);
    const result = await this.ctx.store.castVote(asker.tenant, voteId, asker.user, ranking.join('>'));
    if (result.outcome === 'missing') return tellPrivately('vote', GONE);
    if (result.outcome === 'closed') return [{ type: 'update', reply: await this.card(result.vote) }, ...tellPrivately('vote', CLOSED)];
    if (result.outcome === 'not-an-option') return tellPrivately('vote', noticeCard('Not on the ballot', 'Pick one of the frameworks in the menu.'));
    return [{ type: 'update', reply: await this.card(result.vote) }, ...tellPrivately('vote', this.rankingNotice(result.vote, ranking))];
  }

  private rankingNotice(vote: VoteRecord, ranking: string[]) {
    const name = (id: string) => this.ctx.kb.get(id)?.name ?? id;
    const order = ranking.map((id, i) => `${i + 1}. ${name(id)}`).join(', ');
    const left = vote.options.filter((f) => !ranking.includes(f));
    const rest = left.length > 0 ? ` Not ranked yet: ${left.map(name).join(', ')}; once your ranked choices are out, your ballot counts for nothing.` : '';
    return noticeCard('Your ranking is counted', `${order}.${rest} Pick again in any menu to change it, until the vote closes.`);
  }

  /** The "Add an option" select on the card: the card is updated in place. */
  async addFromCard(asker: Asker, voteId: string, framework: string | undefined): Promise<Effect[]> {
    const vote = await this.ctx.store.getVote(asker.tenant, voteId);
    if (!vote) return tellPrivately('vote', GONE);
    const refused = framework === undefined ? 'Pick a framework from the menu.' : await this.tryAdd(vote, framework);
    if (refused) return tellPrivately('vote', noticeCard('Could not add that option', refused));
    const added = (await this.ctx.store.getVote(asker.tenant, voteId)) ?? vote;
    return [{ type: 'update', reply: await this.card(added) }];
  }

  /** `vote add fastify`: to the channel's newest open vote, posted again with the new option. */
  async addFromCommand(asker: Asker, framework: string): Promise<Effect[]> {
    const open = (await this.ctx.store.listOpenVotes(asker.tenant, LOOK_BACK)).find((v) => v.channel === asker.channel);
    if (!open) return tellPrivately('vote', noticeCard('No open vote here', `Start one first ("vote", or "vote ${framework} <another framework>").`));
    const refused = await this.tryAdd(open, framework);
    if (refused) return tellPrivately('vote', noticeCard('Could not add that option', refused));
    const added = (await this.ctx.store.getVote(asker.tenant, open.id)) ?? open;
    const name = this.ctx.kb.get(framework)?.name ?? framework;
    const reply = await this.card(added);
    return [{ type: 'post', where: 'channel', reply: { ...reply, card: { ...reply.card, subtitle: `${asker.user.name} added ${name}. ${reply.card.subtitle ?? ''}`.trim() } } }];
  }

  /** Adds the option, or says kindly why not: undefined when added. */
  private async tryAdd(vote: VoteRecord, framework: string): Promise<string | undefined> {
    const name = this.ctx.kb.get(framework)?.name ?? framework;
    if (!this.ctx.kb.get(framework)) return `I don't know the framework "${framework.slice(0, 40)}". Try "list" to see the ones I know.`;
    if (vote.closedAt !== undefined) return 'This vote is closed; its result is in the channel history.';
    if (vote.options.includes(framework)) return `${name} is already on the ballot.`;
    if (Object.keys(vote.ballots).length > 0) return `People have started voting, so the ballot stays as it is (a vote that changed under them would not be fair). Start a new vote to include ${name}.`;
    if (vote.options.length >= 5) return 'A vote holds at most five options, and this one is full.';
    if (await this.ctx.store.addVoteOption(vote.tenant, vote.id, framework)) return undefined;
    // Lost a race: someone voted (or closed it) a moment ago.
    return `The vote changed a moment ago (a first ballot, or it closed), so ${name} was not added.`;
  }

  async close(asker: Asker, voteId: string): Promise<Effect[]> {
    const vote = await this.ctx.store.getVote(asker.tenant, voteId);
    if (!vote) return tellPrivately('vote', GONE);
    if (vote.startedBy.id !== asker.user.id) {
      return tellPrivately('vote', noticeCard(`Only ${vote.startedBy.name} can close this vote`, 'You can still change your own vote until then.'));
    }
    const closed = await this.ctx.store.closeVote(asker.tenant, voteId, this.ctx.now());
    if (closed.outcome === 'missing') return tellPrivately('vote', GONE);
    if (closed.outcome === 'closed') await recordClosedVote(this.ctx, closed.vote, asker.user);
    return [{ type: 'update', reply: await this.card(closed.vote) }];
  }

  private async shortlistNow(asker: Asker, subject: Subject): Promise<string[]> {
    const importance = await channelImportance(this.ctx, asker.tenant, asker.channel);
    return shortlistOf(decide(this.ctx, subject, importance));
  }
}
