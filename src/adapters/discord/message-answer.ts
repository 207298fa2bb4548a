/**
 * Answering a message that mentions the bot, or a DM. There is no ephemeral
 * reply to a message, so every answer is a message in the same channel or
 * thread, shown as a reply to the user's message.
 */
import type { Reply } from '../../core/reply.js';
import { apologyPayload } from './apology.js';
import type { Answer } from './carry-out.js';
import type { DiscordChannels } from './channels.js';
import { channelFor, type Place } from './place.js';
import { cardToDiscordPayload } from './render.js';

const payloadOf = (reply: Reply) => cardToDiscordPayload(reply.card);

export class MessageAnswer implements Answer {
  readonly #messageId: string;
  readonly #place: Place;
  readonly #channels: DiscordChannels;

  constructor(messageId: string, place: Place, channels: DiscordChannels) {
    this.#messageId = messageId;
    this.#place = place;
    this.#channels = channels;
  }

  async respond(reply: Reply): Promise<void> {
    await this.#channels.send(this.#place.channelId, payloadOf(reply), this.#messageId);
  }

  update(reply: Reply): Promise<void> {
    return this.respond(reply);
  }

  async post(where: 'thread' | 'channel', reply: Reply): Promise<void> {
    await this.#channels.send(channelFor(this.#place, where), payloadOf(reply));
  }

  async startThread(parent: Reply, first: Reply, name: string): Promise<void> {
    const sent = await this.#channels.send(this.#place.channelId, payloadOf(parent), this.#messageId);
    // Threads cannot hold threads and DMs have none: there the flow continues in place.
    const where = this.#place.canStartThread ? (await this.#channels.startThread(sent.channel_id, sent.id, name)).id : this.#place.channelId;
    await this.#channels.send(where, payloadOf(first));
  }

  // A message needs no acknowledgement: nothing times out.
  async defer(): Promise<void> {}
  async acknowledge(): Promise<void> {}
  async finish(): Promise<void> {}

  async apologise(): Promise<void> {
    await this.#channels.send(this.#place.channelId, apologyPayload(), this.#messageId);
  }
}
