/**
 * Answering an interaction (a slash command or a click) the way Discord
 * expects: exactly one initial response within 3 seconds (reply, update or a
 * deferral), then edits and follow-ups through the interaction's webhook.
 * Private replies are ephemeral; a click's "update" edits the clicked message.
 */
import { type ChatInputCommandInteraction, type MessageComponentInteraction, type MessageContextMenuCommandInteraction, MessageFlags } from 'discord.js';
import type { Reply } from '../../core/index.js';
import { apology } from './apology.js';
import type { Answer } from './replies.js';
import type { DiscordChannels } from './channels.js';
import type { Outbox } from './outbox.js';
import { filesOf, type Outgoing } from './outgoing.js';
import { channelFor, type Place } from './place.js';

/** A slash command, "Ask Framework Advisor" on a message, or a click. */
export type AnswerableInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | MessageComponentInteraction;

/** The message in discord.js's option names; an edit cannot change ephemerality, so only new messages carry flags. */
function edit(out: Outgoing) {
  const { payload } = out;
  return {
    content: payload.content ?? '',
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: { parse: [] },
    // Always a list, empty included: an edit replaces the old message's files (and its chart) with these.
    files: filesOf(out).map((f) => ({ attachment: f.data, name: f.name, ...(f.description ? { description: f.description } : {}) })),
  };
}

function message(out: Outgoing, ephemeral: boolean) {
  return { ...edit(out), ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) };
}

export class InteractionAnswer implements Answer {
  readonly #interaction: AnswerableInteraction;
  readonly #place: Place;
  readonly #channels: DiscordChannels;
  readonly #outbox: Outbox;
  /** open: nothing sent yet; deferred: acknowledged without content; answered: a reply or an update was sent. */
  #state: 'open' | 'deferred' | 'answered' = 'open';
  /** A slash command's deferred ephemeral "thinking" message that no reply has filled yet. */
  #placeholder = false;

  constructor(interaction: AnswerableInteraction, place: Place, channels: DiscordChannels, outbox: Outbox) {
    this.#interaction = interaction;
    this.#place = place;
    this.#channels = channels;
    this.#outbox = outbox;
  }

  async respond(reply: Reply): Promise<void> {
    const ephemeral = reply.visibility === 'private';
    if (this.#state === 'open') {
      await this.#outbox.send(reply, (out) => this.#interaction.reply(message(out, ephemeral)));
      this.#state = 'answered';
    } else if (this.#placeholder && ephemeral) {
      await this.#outbox.send(reply, (out) => this.#interaction.editReply(edit(out)));
      this.#placeholder = false;
    } else {
      await this.#outbox.send(reply, (out) => this.#interaction.followUp(message(out, ephemeral)));
    }
  }

  async update(reply: Reply): Promise<void> {
    const interaction = this.#interaction;
    if (!interaction.isMessageComponent()) return this.respond(reply);
    if (this.#state === 'open') {
      await this.#outbox.send(reply, (out) => interaction.update(edit(out)));
      this.#state = 'answered';
    } else {
      // After update() or deferUpdate(), the original response is the clicked message itself.
      await this.#outbox.send(reply, (out) => interaction.editReply(edit(out)));
    }
  }

  async post(where: 'thread' | 'channel', reply: Reply): Promise<void> {
    await this.#outbox.send(reply, (out) => this.#channels.send(channelFor(this.#place, where), out));
  }

  async startThread(parent: Reply, first: Reply, name: string): Promise<void> {
    if (!this.#place.canStartThread) {
      // Threads cannot hold threads and DMs have none: both messages go where the user is.
      await this.respond({ ...parent, visibility: 'public' });
      await this.post('thread', first);
      return;
    }
    const { id, channelId } = await this.#publicMessage(parent);
    const thread = await this.#channels.threadOn(channelId, id, name);
    await this.#outbox.send(first, (out) => this.#channels.send(thread, out));
  }

  /** The parent of a thread: the interaction's reply when still possible, else a channel message. */
  async #publicMessage(parent: Reply): Promise<{ id: string; channelId: string }> {
    if (this.#state !== 'open') {
      const sent = await this.#outbox.send(parent, (out) => this.#channels.send(this.#place.channelId, out));
      return { id: sent.id, channelId: sent.channel_id };
    }
    await this.#outbox.send(parent, (out) => this.#interaction.reply(message(out, false)));
    this.#state = 'answered';
    const reply = await this.#interaction.fetchReply();
    return { id: reply.id, channelId: reply.channelId };
  }

  async defer(): Promise<void> {
    if (this.#state !== 'open') return;
    if (this.#interaction.isMessageComponent()) await this.#interaction.deferUpdate();
    else {
      // Ephemeral, because most answers are private; a public one becomes a follow-up.
      await this.#interaction.deferReply({ flags: MessageFlags.Ephemeral });
      this.#placeholder = true;
    }
    this.#state = 'deferred';
  }

  acknowledge(): Promise<void> {
    return this.defer();
  }

  async finish(): Promise<void> {
    if (!this.#placeholder) return;
    this.#placeholder = false;
    await this.#interaction.deleteReply();
  }

  async apologise(): Promise<void> {
    const sorry = apology();
    if (this.#state === 'open') await this.#interaction.reply(message(sorry, true));
    else if (this.#placeholder) await this.#interaction.editReply(edit(sorry));
    else await this.#interaction.followUp(message(sorry, true));
    this.#state = 'answered';
    this.#placeholder = false;
  }
}
