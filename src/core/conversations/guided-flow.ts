/**
 * The guided recommendation as a state machine over the store. Every click
 * reloads the flow, checks who clicked and which step it answers, and saves
 * the next state with an optimistic version check, so nothing lives only in
 * process memory and two replicas cannot both apply one click.
 */
import { flowControlAction, shareAction, startVoteAction } from '../actions.js';
import type { Action } from '../cards/card.js';
import { answeredCard, expiredCard, flowParentCard, noticeCard, stepCard, strangerCard } from '../cards/flow-card.js';
import type { Reply } from '../reply.js';
import { recommendation, shortlistOf } from '../result.js';
import { recommendationReply } from '../result-reply.js';
import type { Answers } from '../team/answers.js';
import { type TeamContext, publicReply, tellPrivately } from './context.js';
import type { Asker, Effect } from './effects.js';
import type { FlowRecord, FlowStep } from '../team/records.js';
import { channelImportance } from './results.js';
import { answerStep, nextStep, stepsAnswered } from '../team/steps.js';

/** What a click asks of a flow. */
export type FlowMove =
  | { kind: 'answer'; step: FlowStep; picked: string[] }
  /** Picks in a multi-choice select: remembered until Done, because a select may report every change. */
  | { kind: 'pick'; step: FlowStep; picked: string[] }
  | { kind: 'done'; step: FlowStep }
  | { kind: 'back' }
  | { kind: 'restart' }
  | { kind: 'adjust' };

const MAX_RACE_RETRIES = 3;

export class GuidedFlow {
  constructor(private readonly ctx: TeamContext) {}

  /**
   * `recommend` in a channel: a public parent message, the first unanswered step in its thread.
   * With `review`, every step is asked again, the given answers offered as "Keep" (adjusting a plain question's reading).
   */
  async start(asker: Asker, answers: Answers, options: { review?: boolean } = {}): Promise<Effect[]> {
    const now = this.ctx.now();
    const flow: FlowRecord = {
      id: this.ctx.newId(),
      tenant: asker.tenant,
      channel: asker.channel,
      owner: asker.user,
      answers,
      visited: options.review ? [] : stepsAnswered(answers),
      pending: [],
      version: 0,
      createdAt: now,
      expiresAt: now + this.ctx.flowTtlMs,
    };
    await this.ctx.store.createFlow(flow);
    const step = nextStep(flow.visited);
    const parent = publicReply('recommend', flowParentCard(asker.user.name, answers));
    if (step === undefined) {
      return [{ type: 'start-thread', parent, first: await this.result(flow), threadName: `${asker.user.name}'s framework choice` }];
    }
    return [{ type: 'start-thread', parent, first: publicReply('recommend', stepCard(flow, step)), threadName: `${asker.user.name}'s framework choice` }];
  }

  async move(asker: Asker, flowId: string, move: FlowMove): Promise<Effect[]> {
    for (let attempt = 0; attempt < MAX_RACE_RETRIES; attempt++) {
      const flow = await this.ctx.store.getFlow(asker.tenant, flowId, this.ctx.now());
      if (!flow) return tellPrivately('recommend', expiredCard(this.ctx.flowTtlMs / 3_600_000));
      if (flow.owner.id !== asker.user.id) return tellPrivately('recommend', strangerCard(flow.owner.name));
      const next = this.apply(flow, move);
      if (next === 'stale') return this.show(flow);
      if (next === 'invalid') return tellPrivately('recommend', noticeCard('That answer does not fit this question', 'Pick from the choices shown on the card.'));
      if (await this.ctx.store.updateFlow(next)) return this.show(next);
      // Another click (perhaps on another replica) saved first: reload and try again.
    }
    return tellPrivately('recommend', noticeCard('Too many clicks at once', 'Please click again.'));
  }

  /** The next state, 'stale' for a click on a step that is no longer current, 'invalid' for a choice the step does not offer. */
  private apply(flow: FlowRecord, move: FlowMove): FlowRecord | 'stale' | 'invalid' {
    const base = { ...flow, pending: [], version: flow.version + 1, expiresAt: this.ctx.now() + this.ctx.flowTtlMs };
    if ((move.kind === 'answer' || move.kind === 'pick' || move.kind === 'done') && nextStep(flow.visited) !== move.step) return 'stale';
    switch (move.kind) {
      case 'restart':
        return { ...base, answers: {}, visited: [] };
      case 'adjust':
        return { ...base, visited: [] };
      case 'back':
        return flow.visited.length === 0 ? 'stale' : { ...base, visited: flow.visited.slice(0, -1) };
      case 'pick':
        return answerStep(flow.answers, move.step, move.picked) ? { ...base, pending: [...new Set(move.picked)] } : 'invalid';
      case 'done':
        return this.apply({ ...flow, pending: [] }, { kind: 'answer', step: move.step, picked: flow.pending });
      case 'answer': {
        const answers = answerStep(flow.answers, move.step, move.picked);
        return answers ? { ...base, answers, visited: [...flow.visited, move.step] } : 'invalid';
      }
    }
  }

  /** The step message shows the current step; once complete it shows the answers and the result goes to the thread. */
  private async show(flow: FlowRecord): Promise<Effect[]> {
    const step = nextStep(flow.visited);
    if (step !== undefined) return [{ type: 'update', reply: publicReply('recommend', stepCard(flow, step)) }];
    return [
      { type: 'update', reply: publicReply('recommend', answeredCard(flow)) },
      { type: 'post', where: 'thread', reply: await this.result(flow) },
    ];
  }

  async result(flow: FlowRecord): Promise<Reply> {
    const importance = await channelImportance(this.ctx, flow.tenant, flow.channel);
    const subject = { kind: 'recommend' as const, answers: flow.answers };
    const result = recommendation(this.ctx.kb, flow.answers, importance);
    const onResult: Action[] = [
      { type: 'button', id: shareAction(subject), label: 'Share to channel', style: 'primary' },
      { type: 'button', id: startVoteAction(subject, shortlistOf(result)), label: 'Start a team vote' },
    ];
    const controls: Action[] = [
      { type: 'button', id: flowControlAction(flow.id, 'adjust'), label: 'Adjust answers' },
      { type: 'button', id: flowControlAction(flow.id, 'restart'), label: 'Start over' },
    ];
    return recommendationReply(this.ctx.kb, result, { actions: controls, onResult, visibility: 'public' });
  }
}
