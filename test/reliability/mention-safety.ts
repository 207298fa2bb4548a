/**
 * What "echoed back escaped" means, checked on what is actually sent. Slack:
 * no `<` anywhere in mrkdwn text (every ping, link and channel reference
 * starts with one; the renderer sends it as &lt;), no bare `&` that could
 * start an entity, and no formatting pair such as `*pwned*` left as typed.
 * Discord: outside code blocks no unescaped `<`, no live @everyone or @here,
 * no formatting pair left as typed, no line starting a heading or quote; and
 * every message says that nothing it contains may ping (allowed_mentions).
 */
import type { SlackMessage } from '../../src/adapters/slack/render.js';
import type { DiscordMessagePayload } from '../../src/adapters/discord/limits.js';
import { DISCORD_FORMATTING, SLACK_FORMATTING } from './hostile-text.js';

interface TextObject {
  type?: string;
  text?: string | { type?: string; text?: string };
}

/** Every mrkdwn string of a Slack message, with where it is. */
function mrkdwnTexts(message: SlackMessage): Array<[string, string]> {
  const texts: Array<[string, string]> = [['text', message.text]];
  message.blocks.forEach((block, b) => {
    const parts = block as { text?: TextObject; fields?: TextObject[]; elements?: TextObject[] };
    const add = (where: string, t: TextObject | undefined) => {
      if (t?.type === 'mrkdwn' && typeof t.text === 'string') texts.push([`blocks[${b}].${where}`, t.text]);
    };
    add('text', parts.text);
    parts.fields?.forEach((f, i) => add(`fields[${i}]`, f));
    if (block.type === 'context') parts.elements?.forEach((e, i) => add(`elements[${i}]`, e));
  });
  return texts;
}

/** Whitespace or punctuation: where Slack reads a formatting character as an opener or closer (inside a word it does not). */
const SLACK_BOUNDARY = /[\s.,;:!?()[\]{}"'/\\|<>=+-]/;

/** True when `marker` occurs in `text` between boundaries, where Slack would format it. */
function formatsInSlack(text: string, marker: string): boolean {
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    const before = text[at - 1];
    const after = text[at + marker.length];
    if ((before === undefined || SLACK_BOUNDARY.test(before)) && (after === undefined || SLACK_BOUNDARY.test(after))) return true;
  }
  return false;
}

export function slackEscapingProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  for (const [where, text] of mrkdwnTexts(message)) {
    // A web address the renderer links explicitly (<https://…>, no label) is no ping: verbatim mrkdwn is not auto-linked.
    const unlinked = text.replace(/<https?:\/\/[^\s<>|]+>/g, '');
    if (unlinked.includes('<') || unlinked.includes('>')) problems.push(`${where}: raw < or > in ${JSON.stringify(text.slice(0, 120))}`);
    if (/&(?!amp;|lt;|gt;)/.test(text)) problems.push(`${where}: bare & in ${JSON.stringify(text.slice(0, 120))}`);
    for (const marker of SLACK_FORMATTING) if (formatsInSlack(text, marker)) problems.push(`${where}: ${marker} left as typed`);
  }
  return problems;
}

const outsideCode = (text: string) => text.replace(/```[\s\S]*?```/g, '');

/** Text fields that Discord renders as Markdown (titles and footers do not ping or format). */
function markdownTexts(payload: DiscordMessagePayload): Array<[string, string]> {
  const texts: Array<[string, string]> = payload.content ? [['content', payload.content]] : [];
  payload.embeds.forEach((embed, e) => {
    if (embed.description) texts.push([`embeds[${e}].description`, embed.description]);
    embed.fields?.forEach((f, i) => texts.push([`embeds[${e}].fields[${i}].value`, f.value], [`embeds[${e}].fields[${i}].name`, f.name]));
  });
  return texts;
}

export function discordEscapingProblems(payload: DiscordMessagePayload): string[] {
  const problems: string[] = [];
  if (JSON.stringify(payload.allowed_mentions) !== JSON.stringify({ parse: [] })) problems.push(`allowed_mentions is ${JSON.stringify(payload.allowed_mentions)}`);
  for (const [where, raw] of markdownTexts(payload)) {
    const text = outsideCode(raw);
    if (/(?<!\\)</.test(text)) problems.push(`${where}: unescaped < in ${JSON.stringify(text.slice(0, 120))}`);
    if (/@(everyone|here)/i.test(text)) problems.push(`${where}: live mass mention in ${JSON.stringify(text.slice(0, 120))}`);
    if (/^\s*(#{1,3} |-# |>)/m.test(text)) problems.push(`${where}: a line starts a heading or quote in ${JSON.stringify(text.slice(0, 120))}`);
    for (const marker of DISCORD_FORMATTING) if (text.includes(marker)) problems.push(`${where}: ${marker} left as typed`);
  }
  return problems;
}
