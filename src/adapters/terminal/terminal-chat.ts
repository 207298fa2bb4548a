/**
 * Carries out the core's effects in a terminal: every reply is printed where
 * it would appear; the latest card with actions is the one numbers refer to.
 */
import type { Action } from '../../core/cards/card.js';
import type { Asker, Effect, Input } from '../../core/conversations/effects.js';
import type { Reply } from '../../core/reply.js';
import type { TeamAdvisor } from '../../core/team-advisor.js';
import type { Printer } from './formats.js';

const WHERE: Record<Effect['type'], string> = {
  respond: '',
  update: '(updated)',
  post: '',
  'start-thread': '',
};

export class TerminalChat {
  /** The actions the next number refers to. */
  actions: readonly Action[] = [];
  understood = true;

  constructor(
    private readonly advisor: TeamAdvisor,
    private readonly asker: Asker,
    private readonly print: Printer,
    private readonly write: (text: string) => void,
    private readonly guided: boolean,
  ) {}

  async send(input: Input): Promise<void> {
    const effects = await this.advisor.handle(input, this.asker, { guided: this.guided });
    for (const effect of effects) this.show(effect);
  }

  private show(effect: Effect): void {
    if (effect.type === 'start-thread') {
      this.showReply(effect.parent, '');
      this.showReply(effect.first, '(in the thread)');
      return;
    }
    const label = effect.type === 'post' ? (effect.where === 'channel' ? '(posted to the channel)' : '(in the thread)') : WHERE[effect.type];
    this.showReply(effect.reply, label);
  }

  private showReply(reply: Reply, label: string): void {
    if (label) this.write(`${label}\n`);
    this.write(this.print(reply));
    if (reply.document) this.write(`\n${reply.document.text}\n`);
    if (reply.card.actions.length > 0) this.actions = reply.card.actions;
    this.understood &&= reply.understood;
  }
}
