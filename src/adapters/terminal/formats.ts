/**
 * `--format`: how the CLI prints a reply. Text and JSON live here; each
 * platform adapter adds the payload it would send (`--format slack`, `--format discord`).
 */
import type { Reply } from '../../core/reply.js';
import { cardToDiscordPayload } from '../discord/render.js';
import { cardToBlocks } from '../slack/blocks.js';
import { cardToText } from './render-text.js';

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
