/**
 * A reply as a Discord message: the rendered card, plus the reply's document
 * (the decision record) as a file attachment, since Discord has no place for a
 * long Markdown document inside a message.
 */
import type { Reply } from '../../core/reply.js';
import type { DiscordMessagePayload } from './limits.js';
import { cardToDiscordPayload } from './render.js';

export interface OutgoingFile {
  name: string;
  data: Buffer;
  contentType: string;
}

export interface Outgoing {
  payload: DiscordMessagePayload;
  file?: OutgoingFile;
}

export function outgoing(reply: Reply): Outgoing {
  const payload = cardToDiscordPayload(reply.card);
  if (!reply.document) return { payload };
  const { filename, mimeType, text } = reply.document;
  return { payload, file: { name: filename, data: Buffer.from(text, 'utf8'), contentType: mimeType } };
}
