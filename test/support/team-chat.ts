/**
 * A channel as the core sees it, for conversation tests: people say things and
 * click buttons, and the effects the core returns are applied the way a chat
 * platform would (private replies, messages updated in place, threads).
 */
import type { Action, Card } from '../../src/core/cards/card.js';
import type { Effect } from '../../src/core/conversations/effects.js';
import type { Person } from '../../src/core/team/records.js';
import type { Reply } from '../../src/core/reply.js';
import type { TeamAdvisor } from '../../src/core/team-advisor.js';

export interface Message {
  id: number;
  reply: Reply;
  /** Id of the thread's parent message; undefined at the top level. */
  thread?: number;
  /** Set for private replies: only this person sees them. */
  onlyFor?: string;
}

export class TeamChat {
  readonly messages: Message[] = [];
  #next = 1;

  constructor(
    readonly advisor: TeamAdvisor,
    readonly tenant = 'slack:T1',
    readonly channel = 'C1',
  ) {}

  person(name: string): Person {
    return { id: `U-${name.toLowerCase()}`, name };
  }

  async say(who: string, text: string, where?: Message): Promise<Message[]> {
    const effects = await this.advisor.handle({ type: 'text', text }, this.asker(who));
    return this.apply(effects, who, where);
  }

  /** Clicks the button labelled `label` (or picks `values` in the select) on a message. */
  async click(who: string, message: Message, label: string | RegExp, values?: string[]): Promise<Message[]> {
    const action = findAction(message.reply.card, label);
    const effects = await this.advisor.handle({ type: 'action', id: action.id, ...(values ? { values } : {}) }, this.asker(who));
    return this.apply(effects, who, message);
  }

  /** What `who` can see, newest last. */
  visibleTo(who: string): Message[] {
    return this.messages.filter((m) => m.onlyFor === undefined || m.onlyFor === this.person(who).id);
  }

  last(who: string, title?: RegExp): Message {
    const seen = this.visibleTo(who).filter((m) => !title || title.test(m.reply.card.title));
    const message = seen.at(-1);
    if (!message) throw new Error(`${who} sees no message${title ? ` titled ${title}` : ''}`);
    return message;
  }

  inThread(parent: Message): Message[] {
    return this.messages.filter((m) => m.thread === parent.id);
  }

  private asker(who: string) {
    return { tenant: this.tenant as `slack:${string}`, channel: this.channel, user: this.person(who) };
  }

  private add(reply: Reply, thread: number | undefined, onlyFor?: string): Message {
    const message: Message = { id: this.#next++, reply, ...(thread !== undefined ? { thread } : {}), ...(onlyFor ? { onlyFor } : {}) };
    this.messages.push(message);
    return message;
  }

  private apply(effects: Effect[], who: string, origin?: Message): Message[] {
    const touched: Message[] = [];
    for (const effect of effects) {
      switch (effect.type) {
        case 'respond':
          touched.push(this.add(effect.reply, origin?.thread, effect.reply.visibility === 'private' ? this.person(who).id : undefined));
          break;
        case 'update':
          if (!origin) throw new Error('update without a message to update');
          origin.reply = effect.reply;
          touched.push(origin);
          break;
        case 'post':
          touched.push(this.add(effect.reply, effect.where === 'thread' ? (origin?.thread ?? origin?.id) : undefined));
          break;
        case 'start-thread': {
          const parent = this.add(effect.parent, undefined);
          touched.push(parent, this.add(effect.first, parent.id));
          break;
        }
      }
    }
    return touched;
  }
}

export function findAction(card: Card, label: string | RegExp): Action {
  const matches = (text: string) => (typeof label === 'string' ? text === label : label.test(text));
  const action = card.actions.find((a) => (a.type === 'button' ? matches(a.label) : matches(a.placeholder)));
  if (!action) throw new Error(`No action ${label} on "${card.title}": ${card.actions.map((a) => (a.type === 'button' ? a.label : a.placeholder)).join(', ')}`);
  return action;
}
