/**
 * What belongs to a channel: results shared to it, its decision history and
 * its exported decision record, and its default priorities.
 */
import { startVoteAction, type Subject } from '../actions.js';
import type { WeightsChange } from '../commands/command.js';
import { historyCard } from '../cards/history-card.js';
import { weightsCard, weightsChangedCard } from '../cards/weights-card.js';
import { noticeCard } from '../cards/flow-card.js';
import { type TeamContext, publicReply, tellPrivately } from './context.js';
import { decisionDetails } from '../decisions/reasoning.js';
import type { Asker, Effect } from './effects.js';
import type { ChannelSettings } from '../team/records.js';
import { channelImportance, decide, hasResult } from './results.js';
import type { Action } from '../cards/card.js';
import { shortlistOf } from '../result.js';
import { resultReply } from '../result-reply.js';
import { CRITERIA } from '../vocabulary.js';

export const HISTORY_SHOWN = 10;

/** A result with no framework in it (an old or crafted Share button): nothing to post or record. */
const NOTHING_TO_SHARE = noticeCard('Nothing to share', 'No framework meets every must-have in these answers, so there is no result to share. Drop a must-have and ask again.');

export class TeamChannel {
  constructor(private readonly ctx: TeamContext) {}

  /** Posts a result publicly, says who asked and with which answers, and records it as a decision. */
  async share(asker: Asker, subject: Subject): Promise<Effect[]> {
    const importance = await channelImportance(this.ctx, asker.tenant, asker.channel);
    const result = decide(this.ctx, subject, importance);
    if (!hasResult(result)) return tellPrivately('recommend', NOTHING_TO_SHARE);
    const vote: Action = { type: 'button', id: startVoteAction(subject, shortlistOf(result)), label: 'Start a team vote', style: 'primary' };
    const reply = resultReply(this.ctx.kb, result, { actions: [vote], visibility: 'public', sharedBy: `Shared by ${asker.user.name}` });
    await this.ctx.store.addDecision({
      id: this.ctx.newId(),
      tenant: asker.tenant,
      channel: asker.channel,
      kind: subject.kind === 'recommend' ? 'shared-recommendation' : 'shared-comparison',
      by: asker.user,
      ...(subject.kind === 'recommend' ? { answers: subject.answers } : {}),
      options: result.options,
      ...(result.options[0] ? { decision: result.options[0].id } : {}),
      weights: result.weights,
      status: 'proposed',
      details: decisionDetails(this.ctx.kb, { options: result.options, weights: result.weights, chosen: result.options[0]?.id, decisionMakers: [asker.user], consulted: [] }),
      createdAt: this.ctx.now(),
    });
    return [{ type: 'post', where: 'channel', reply }];
  }

  /** The channel's history; `history export` is the decisions' (TeamDecisions.export). */
  async history(asker: Asker): Promise<Effect[]> {
    const decisions = await this.ctx.store.listDecisions(asker.tenant, asker.channel, HISTORY_SHOWN);
    return [{ type: 'respond', reply: publicReply('history', historyCard(this.ctx.kb, decisions)) }];
  }

  async weights(asker: Asker, change: WeightsChange): Promise<Effect[]> {
    if (change.action === 'show') {
      const settings = await this.ctx.store.getChannelSettings(asker.tenant, asker.channel);
      return tellPrivately('weights', weightsCard(settings));
    }
    // "weights x=n" changes x and keeps what the channel set before; "weights reset" clears everything.
    const before = change.action === 'set' ? await this.ctx.store.getChannelSettings(asker.tenant, asker.channel) : undefined;
    const importance = change.action === 'set' ? { ...before?.importance, ...change.importance } : {};
    if (change.action === 'set' && CRITERIA.every((c) => importance[c] === 0)) {
      return tellPrivately('weights', noticeCard('Every criterion would count 0', 'At least one criterion must count. Give one a number above 0, or "weights reset".'));
    }
    const settings: ChannelSettings | undefined = change.action === 'reset' ? undefined : { importance, setBy: asker.user, updatedAt: this.ctx.now() };
    await this.ctx.store.setChannelSettings(asker.tenant, asker.channel, settings);
    return [{ type: 'respond', reply: publicReply('weights', weightsChangedCard(asker.user.name, settings)) }];
  }
}

