/**
 * Message text as Slack delivers it, turned back into what the person typed:
 * the bot's own mention removed, Slack's link markup (<url|label>, <#C1|name>,
 * <!here>) reduced to its visible text, and &amp; &lt; &gt; decoded. The
 * command language itself is the core's business.
 */
import { type MentionForm, withoutMention } from '../kit/mentions.js';

/** <@U123>, or <@U123|name> as older clients send it. */
const SLACK_MENTION: MentionForm = (id) => `<@${id}(?:\\|[^>]*)?>`;

const LINK = /<([@#!]?)([^>|]*)(?:\|([^>]*))?>/g;

function visible(kind: string, target: string, label: string | undefined): string {
  if (label) return kind === '#' ? `#${label}` : kind === '@' ? `@${label}` : label;
  if (kind === '!') return `@${target.split('^')[0]}`;
  return kind ? `${kind}${target}` : target;
}

export function incomingText(text: string, botUserId?: string): string {
  return withoutMention(text, botUserId, SLACK_MENTION)
    .replace(LINK, (_, kind: string, target: string, label: string | undefined) => visible(kind, target, label))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
