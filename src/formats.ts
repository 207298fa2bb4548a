/**
 * `--format`: how the CLI prints a reply. It sits beside main.ts, not in an adapter,
 * because it knows every platform's renderer; text and JSON live here, and each
 * platform adapter adds the payload it would send (`--format slack`, `--format discord`).
 */
import type { Reply } from './core/index.js';
import { cardToDiscordPayload } from './adapters/discord/render.js';
import { cardToBlocks } from './adapters/slack/render.js';
import { cardToText } from './adapters/kit/render-text.js';

export type Printer = (reply: Reply) => string;

export function printers(colour: boolean, width: number): Record<string, Printer> {
  return {
    text: (reply) => cardToText(reply.card, { colour, width }),
    json: (reply) => `${JSON.stringify(reply.data, null, 2)}\n`,
    // The message the Slack bot would send, ready to paste into Block Kit Builder.
    slack: (reply) => `${JSON.stringify(cardToBlocks(reply.card), null, 2)}\n`,
    // The message body the Discord bot would send (embeds, action rows, allowed_mentions).
    discord: (reply) => `${JSON.stringify(cardToDiscordPayload(reply.card), null, 2)}\n`,
  };
}
