/**
 * Carries out the core's effects in a terminal: every reply is shown where it
 * would appear; the latest card with actions is the one numbers refer to. How
 * a reply is shown differs between the session and a one-shot command.
 */
import type { Action, AdvisorFace, Announcement, Asker, Effect, Input, Reply } from '../../core/index.js';
import type { Printer } from '../../formats.js';

/** Shows one reply; `label` says where it would appear in a chat ("(in the thread)"), or is empty. */
export type ShowReply = (reply: Reply, label: string) => void;

const WHERE: Record<Effect['type'], string> = {
  respond: '',
  update: '(updated)',
  post: '',
  'start-thread': '',
};

/** The session's way: the label, the card with its numbered choices, then any document in full. */
export function sessionDisplay(print: Printer, write: (text: string) => void): ShowReply {
  return (reply, label) => {
    if (label) write(`${label}\n`);
    write(print(reply));
    // An archive is shown as its files: its own bytes mean nothing on a screen.
    if (reply.document) write(`\n${reply.document.files ? reply.document.files.map((f) => `${f.filename}\n\n${f.text}`).join('\n') : reply.document.text}\n`);
  };
}

export class TerminalChat {
  /** The actions the next number refers to. */
  actions: readonly Action[] = [];
  understood = true;
  /** What this session has picked in the current multi-select: the next pick adds to it. */
  picked: readonly string[] = [];

  constructor(
    private readonly advisor: Pick<AdvisorFace, 'handle'>,
    private readonly asker: Asker,
    private readonly display: ShowReply,
    private readonly guided: boolean,
  ) {}

  /** Asks the core and shows its answer; a failure is the caller's to report. */
  async send(input: Input): Promise<void> {
    this.carryOut(await this.ask(input));
  }

  /** What the core answers to `input`, as effects still to be shown. */
  ask(input: Input): Promise<Effect[]> {
    // Only picks keep a selection; any other click (Done, Skip, Back...) ends it, as it does in the core.
    if (input.type === 'action') this.picked = input.values ?? [];
    return this.advisor.handle(input, this.asker, { guided: this.guided });
  }

  carryOut(effects: readonly Effect[]): void {
    for (const effect of effects) this.show(effect);
  }

  /** Something the advisor says on its own (a revisit alert), shown as a post in the channel. */
  announce(announcement: Announcement): void {
    this.showReply(announcement.reply, '(posted to the channel by the advisor)');
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
    this.display(reply, label);
    if (reply.card.actions.length > 0) this.actions = reply.card.actions;
    this.understood &&= reply.understood;
  }
}
