/**
 * Carries out the core's effects in Slack, for one request. The core says
 * what to say and where in neutral terms; this decides the Slack call:
 * response_url for private answers and for replacing ephemeral messages,
 * chat.update for the bot's own messages, chat.postMessage with thread_ts for
 * threads and the channel (with the reply's chart and document beside it).
 */
import type { RespondFn, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Effect, Reply } from '../../core/index.js';
import { applyEffect, type EffectTarget } from '../kit/effects.js';
import { apologyFor } from './apology.js';
import { cardToBlocks, documentToBlocks, type SlackMessage } from './render.js';
import { limitProblems } from './limits.js';
import { SlackFiles } from './slack-files.js';
import { withRateLimitWait } from './web-api.js';

/** Where a request came from, as far as replying to it goes. */
export interface Place {
  channel: string;
  /** The thread the request was made in (a click or a mention inside a thread). */
  thread?: string;
  /** Where answers to a mention go when it was not in a thread: a thread on the mention itself. */
  replyThread?: string;
  /** The message clicked: updated in place, and the root for "post in its thread". */
  clicked?: { ts: string; ephemeral: boolean };
  /** Present for slash commands and clicks: the only way to answer privately or touch an ephemeral message. */
  respond?: RespondFn;
}

/** The Block Kit message for a reply; a renderer bug degrades to the text fallback rather than a rejected message. */
export function slackMessage(reply: Reply, logger: Logger): SlackMessage {
  const message = cardToBlocks(reply.card);
  const problems = limitProblems(message);
  if (problems.length === 0) return message;
  logger.error({ problems: problems.slice(0, 5), kind: reply.kind }, 'rendered card exceeds Slack limits; sending its text only');
  return { text: message.text, blocks: [] };
}

/** Slack wants text with blocks; an empty block list is left out rather than sent. */
const withBlocks = (message: SlackMessage) => (message.blocks.length > 0 ? message : { text: message.text });

export class SlackReplies implements EffectTarget {
  private readonly files: SlackFiles;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly place: Place,
    private readonly logger: Logger,
  ) {
    this.files = new SlackFiles(client, place.channel, logger);
  }

  /** Carries out every effect in order; a failed one is logged and apologised for once, and the rest still run. */
  async carryOut(effects: readonly Effect[]): Promise<void> {
    let apologised = false;
    for (const effect of effects) {
      try {
        await applyEffect(effect, this);
      } catch (error) {
        this.logger.error({ err: error, effect: effect.type }, 'could not deliver a reply to Slack');
        if (!apologised) await this.apologise(error);
        apologised = true;
      }
    }
  }

  /** Tells the person something went wrong, privately where Slack allows it. Never throws. */
  async apologise(error: unknown): Promise<void> {
    const text = apologyFor(error);
    try {
      if (this.place.respond) await this.place.respond({ response_type: 'ephemeral', replace_original: false, text });
      else await this.postMessage({ text, blocks: [] }, this.place.thread ?? this.place.replyThread);
    } catch (failure) {
      this.logger.error({ err: failure }, 'could not deliver the apology either');
    }
  }

  /**
   * What follows a slash command's ack that carried `reply`: its files when
   * the ack was public, or the document as text when it was private (files
   * cannot go with an ephemeral message).
   */
  async followAck(reply: Reply): Promise<void> {
    if (reply.visibility === 'public') return this.files.attach(reply, undefined, (m, t) => this.postMessage(m, t));
    if (reply.document && this.place.respond) await this.place.respond({ response_type: 'ephemeral', replace_original: false, ...documentToBlocks(reply.document) });
  }

  private render(reply: Reply): SlackMessage {
    return slackMessage(reply, this.logger);
  }

  async respond(reply: Reply): Promise<void> {
    if (reply.visibility === 'private' && this.place.respond) {
      await this.place.respond({ response_type: 'ephemeral', replace_original: false, ...withBlocks(this.render(reply)) });
      if (reply.document) await this.place.respond({ response_type: 'ephemeral', replace_original: false, ...documentToBlocks(reply.document) });
      return;
    }
    await this.postReply(reply, this.place.thread ?? this.place.replyThread);
  }

  async post(where: 'thread' | 'channel', reply: Reply): Promise<void> {
    await this.postReply(reply, where === 'channel' ? undefined : this.threadRoot());
  }

  async startThread(parent: Reply, first: Reply): Promise<void> {
    const parentTs = await this.postReply(parent, this.place.thread);
    // Inside an existing thread (Slack has no nested threads) the flow continues there.
    await this.postReply(first, this.place.thread ?? parentTs);
  }

  /** A reply as a new message, with its files (chart, document) beside it. */
  private async postReply(reply: Reply, threadTs: string | undefined): Promise<string> {
    const ts = await this.postMessage(this.render(reply), threadTs);
    await this.files.attach(reply, threadTs, (m, t) => this.postMessage(m, t));
    return ts;
  }

  async update(reply: Reply): Promise<void> {
    const clicked = this.place.clicked;
    if (!clicked) return this.respond(reply);
    const message = this.render(reply);
    // Ephemeral messages are not in the channel's history: only their response_url can replace them.
    if (clicked.ephemeral && this.place.respond) {
      await this.place.respond({ replace_original: true, ...withBlocks(message) });
      return;
    }
    // An empty block list is sent on purpose here: it clears the old message's buttons.
    await withRateLimitWait(() => this.client.chat.update({ channel: this.place.channel, ts: clicked.ts, ...message }));
  }

  /** The thread a "post in the thread" effect goes to: the one acted in, or the clicked message's own. */
  private threadRoot(): string | undefined {
    const clicked = this.place.clicked;
    return this.place.thread ?? (clicked && !clicked.ephemeral ? clicked.ts : undefined) ?? this.place.replyThread;
  }

  private async postMessage(message: SlackMessage, threadTs: string | undefined): Promise<string> {
    const result = await withRateLimitWait(() =>
      this.client.chat.postMessage({
        channel: this.place.channel,
        ...withBlocks(message),
        ...(threadTs ? { thread_ts: threadTs } : {}),
        // Cards cite sources by URL; a preview of each would bury the answer.
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    if (!result.ts) throw new Error('chat.postMessage answered without a message ts');
    return result.ts;
  }
}
