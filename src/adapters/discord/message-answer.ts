/**
 * Answering a message that mentions the bot, or a DM. There is no ephemeral
 * reply to a message, so every answer is a message in the same channel or
 * thread, shown as a reply to the user's message.
 */
import type { Reply } from '../../core/index.js';
import { apology } from './apology.js';
import type { Answer } from './replies.js';
import type { DiscordChannels } from './channels.js';
import type { Outbox } from './outbox.js';
import { channelFor, type Place } from './place.js';

export class MessageAnswer implements Answer {
  readonly #messageId: string;
  readonly #place: Place;
  readonly #channels: DiscordChannels;
  readonly #outbox: Outbox;

  constructor(messageId: string, place: Place, channels: DiscordChannels, outbox: Outbox) {
    this.#messageId = messageId;
    this.#place = place;
    this.#channels = channels;
    this.#outbox = outbox;
  }

  async respond(reply: Reply): Promise<void> {
    await this.#outbox.send(reply, (out) => this.#channels.send(this.#place.channelId, out, this.#messageId));
  }

  update(reply: Reply): Promise<void> {
    return this.respond(reply);
  }

  async post(where: 'thread' | 'channel', reply: Reply): Promise<void> {
    await this.#outbox.send(reply, (out) => this.#channels.send(channelFor(this.#place, where), out));
  }

  async startThread(parent: Reply, first: Reply, name: string): Promise<void> {
    const sent = await this.#outbox.send(parent, (out) => this.#channels.send(this.#place.channelId, out, this.#messageId));
    // Threads cannot hold threads and DMs have none: there the flow continues in place.
    const where = this.#place.canStartThread ? await this.#channels.threadOn(sent.channel_id, sent.id, name) : this.#place.channelId;
    await this.#outbox.send(first, (out) => this.#channels.send(where, out));
  }

  // A message needs no acknowledgement: nothing times out.
  async defer(): Promise<void> {}
  async acknowledge(): Promise<void> {}
  async finish(): Promise<void> {}

  async apologise(): Promise<void> {
    await this.#channels.send(this.#place.channelId, apology(), this.#messageId);
  }
}
