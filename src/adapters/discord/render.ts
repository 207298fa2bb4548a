/**
 * cardToDiscordPayload: the neutral card as one Discord embed plus action
 * rows, always within the limits table (limits.ts). A pure function on plain
 * JSON, so the CLI can print it and tests can check it without a client.
 *
 * Layout: the title is the embed title; the subtitle and any leading text
 * without a heading form the description; every other block is a field named
 * by its heading, in card order; notes (sources, weights) are the footer,
 * which Discord shows as small print.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Block, Card } from '../../core/index.js';
import { shareBudget } from './embed-budget.js';
import { DISCORD_LIMITS, embedLength, type DiscordMessagePayload } from './limits.js';
import { channelMention, escapeMarkdown, escapeWithin, truncate } from './text.js';
import { actionsToRows } from './render-components.js';
import { labelPrefix, linesText, type Line } from './render-lines.js';
import { renderTable } from './render-table.js';

/** Discord rejects empty field names; a zero-width space shows nothing. */
const BLANK = '\u200b';
/** Blue, so replies read as the bot's and not as a warning. */
const EMBED_COLOUR = 0x5865f2;

interface Part {
  place: 'description' | 'field' | 'footer';
  /** Field name, already escaped and within its limit. */
  name: string;
  full: string;
  fit(max: number): string;
  /** Fields the text may spread over, split between lines. */
  spread: number;
}

const capOf = (part: Part) =>
  part.place === 'description' ? DISCORD_LIMITS.description : part.place === 'footer' ? DISCORD_LIMITS.footer : part.spread * DISCORD_LIMITS.fieldValue;

const fieldName = (heading: string | undefined) => (heading ? escapeWithin(heading, DISCORD_LIMITS.fieldName) || BLANK : BLANK);

function prosePart(place: Part['place'], heading: string | undefined, text: string): Part {
  return { place, name: fieldName(heading), full: escapeMarkdown(text), fit: (max) => escapeWithin(text, max), spread: 1 };
}

function linesPart(heading: string | undefined, lines: Line[]): Part {
  const text = linesText(lines);
  return { place: 'field', name: fieldName(heading), full: text.full, fit: text.fit, spread: 3 };
}

function blockPart(block: Exclude<Block, { type: 'notes' | 'divider' }>): Part {
  switch (block.type) {
    case 'text':
      return prosePart('field', block.heading, block.text);
    case 'list':
      return linesPart(block.heading, block.items.map((text) => ({ prefix: '• ', text })));
    case 'channel-items':
      // The mention is part of the prefix, which a cut keeps whole: a line never ends in half of "<#123>".
      return linesPart(block.heading, block.items.map((item) => ({ prefix: `• ${channelMention(item.channel)} · `, text: item.text })));
    case 'fields':
      return linesPart(block.heading, block.fields.map((f) => ({ prefix: labelPrefix(f.label), text: f.value })));
    case 'table': {
      const table = renderTable(block.columns, block.rows);
      if (table.kind === 'lines') return linesPart(block.heading, table.lines);
      return { place: 'field', name: fieldName(block.heading), full: table.full, fit: table.fit, spread: 1 };
    }
  }
}

/** The card's blocks as embed parts, in the order they will appear. */
function partsOf(card: Card): Part[] {
  const lead: string[] = card.subtitle ? [card.subtitle] : [];
  const notes: string[] = [];
  const parts: Part[] = [];
  for (const block of card.blocks) {
    if (block.type === 'notes') notes.push(...block.items);
    else if (block.type === 'divider') continue;
    else if (block.type === 'text' && !block.heading && parts.length === 0) lead.push(block.text);
    else parts.push(blockPart(block));
  }
  if (lead.length > 0) parts.unshift(prosePart('description', undefined, lead.join('\n\n')));
  // Footers are plain text on Discord (no markdown), so notes are only shortened.
  const footer = notes.join('\n');
  if (footer) parts.push({ place: 'footer', name: '', full: footer, fit: (max) => truncate(footer, max), spread: 1 });
  return parts;
}

/** Splits a field's text between lines into values of at most 1024 characters. */
function fieldValues(text: string, spread: number): string[] {
  const values: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length <= DISCORD_LIMITS.fieldValue) current = next;
    else {
      if (current) values.push(current);
      current = line.slice(0, DISCORD_LIMITS.fieldValue);
    }
  }
  if (current) values.push(current);
  return values.filter((v) => v.trim() !== '').slice(0, spread);
}

function assemble(title: string, parts: readonly Part[], allowances: readonly number[]): APIEmbed {
  const embed: APIEmbed = { title, color: EMBED_COLOUR };
  const fields: APIEmbedField[] = [];
  parts.forEach((part, i) => {
    const text = part.fit(allowances[i]!);
    if (text.trim() === '') return;
    if (part.place === 'description') embed.description = text;
    else if (part.place === 'footer') embed.footer = { text };
    else fieldValues(text, part.spread).forEach((value, k) => fields.push({ name: k === 0 ? part.name : BLANK, value }));
  });
  if (fields.length > 0) embed.fields = fields.slice(0, DISCORD_LIMITS.fields);
  return embed;
}

export function cardToEmbed(card: Card): APIEmbed {
  const title = escapeWithin(card.title, DISCORD_LIMITS.title) || BLANK;
  const parts = partsOf(card);
  const wanted = parts.map((p) => Math.min(p.full.length, capOf(p)));
  const names = parts.reduce((n, p) => n + (p.place === 'field' ? p.name.length : 0), 0);
  let budget = DISCORD_LIMITS.embedTotal - title.length - names;
  // Continuation fields add a one-character name each: shrink the budget by any overshoot and share again.
  for (;;) {
    const embed = assemble(title, parts, shareBudget(wanted, budget));
    const over = embedLength(embed) - DISCORD_LIMITS.embedTotal;
    if (over <= 0) return embed;
    budget -= over;
  }
}

export function cardToDiscordPayload(card: Card): DiscordMessagePayload {
  return { embeds: [cardToEmbed(card)], components: actionsToRows(card.actions), allowed_mentions: { parse: [] } };
}

