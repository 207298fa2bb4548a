/**
 * A reply as a Discord message: the rendered card, plus the files that go
 * with it. The decision record is a file because Discord has no place for a
 * long Markdown document inside a message; the chart is a file because an
 * embed can only show a picture by URL, and `attachment://<name>` points at a
 * file sent with the message, so the picture lives and dies with the card
 * (and an ephemeral card's picture stays as private as the card).
 */
import type { APIEmbed } from 'discord.js';
import type { ChartImage } from '../../charts/chart-image.js';
import { shorten, type Reply } from '../../core/index.js';
import type { DiscordMessagePayload } from './limits.js';
import { cardToDiscordPayload } from './render.js';

export interface OutgoingFile {
  name: string;
  data: Buffer;
  contentType: string;
  /** Shown to screen readers as the attachment's alt text. */
  description?: string;
}

export interface Outgoing {
  payload: DiscordMessagePayload;
  document?: OutgoingFile;
  /** Shown as the embed's image. */
  chart?: OutgoingFile;
}

/** Discord caps an attachment's description at 1024 characters. */
const DESCRIPTION_MAX = 1024;

/** The files in the order they are sent, as `files[n]` of the multipart body. */
export const filesOf = (out: Outgoing): OutgoingFile[] => [out.document, out.chart].filter((f): f is OutgoingFile => f !== undefined);

function showing(embeds: APIEmbed[], filename: string): APIEmbed[] {
  const [first, ...rest] = embeds;
  return first ? [{ ...first, image: { url: `attachment://${filename}` } }, ...rest] : embeds;
}

export function outgoing(reply: Reply, chart?: ChartImage): Outgoing {
  const card = cardToDiscordPayload(reply.card);
  const out: Outgoing = { payload: chart ? { ...card, embeds: showing(card.embeds, chart.filename) } : card };
  if (reply.document) {
    const { filename, mimeType, text } = reply.document;
    out.document = { name: filename, data: Buffer.from(text, 'utf8'), contentType: mimeType };
  }
  if (chart) out.chart = { name: chart.filename, data: chart.png, contentType: 'image/png', description: shorten(chart.altText, DESCRIPTION_MAX, { atWord: 'near' }) };
  return out;
}
