/**
 * Messages and threads through discord.js's REST client (its rate limiting
 * and retries included), by channel id. The bot does not depend on the
 * client's caches holding the channel: a thread made a second ago, a DM or a
 * channel in a guild that is still loading all work the same.
 */
import { DiscordAPIError, type REST, Routes } from 'discord.js';
import { DISCORD_LIMITS } from './limits.js';
import { truncate } from './text.js';
import { filesOf, type Outgoing } from './outgoing.js';

export interface SentMessage {
  id: string;
  channel_id: string;
}

/** One day of inactivity before a flow's thread is archived: long enough for a team to finish it. */
const THREAD_ARCHIVE_MINUTES = 1440;

export class DiscordChannels {
  readonly #rest: REST;

  constructor(rest: REST) {
    this.#rest = rest;
  }

  /** Posts a message; `replyTo` shows it as a reply to the user's message (without pinging them). */
  async send(channelId: string, message: Outgoing, replyTo?: string): Promise<SentMessage> {
    const files = filesOf(message);
    const body = {
      ...message.payload,
      ...(replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
      // files[n] is described by attachments[n]: that is where a chart's alt text goes.
      ...(files.length > 0 ? { attachments: files.map((f, id) => ({ id, filename: f.name, ...(f.description ? { description: f.description } : {}) })) } : {}),
    };
    return (await this.#rest.post(Routes.channelMessages(channelId), { body, ...(files.length > 0 ? { files } : {}) })) as SentMessage;
  }

  /**
   * Starts a public thread on a message and returns its id (a thread is a
   * channel). When Discord refuses (the bot may not create threads there),
   * returns the channel itself, so a flow carries on in place instead of stopping.
   */
  async threadOn(channelId: string, messageId: string, name: string): Promise<string> {
    const body = { name: truncate(name, DISCORD_LIMITS.threadName) || 'Framework Advisor', auto_archive_duration: THREAD_ARCHIVE_MINUTES };
    try {
      return ((await this.#rest.post(Routes.threads(channelId, messageId), { body })) as { id: string }).id;
    } catch (error) {
      if (error instanceof DiscordAPIError && (error.status === 400 || error.status === 403)) return channelId;
      throw error;
    }
  }
}
