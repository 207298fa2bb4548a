/**
 * Message text as Slack delivers it, turned back into what the person typed:
 * the bot's own mention removed, Slack's link markup (<url|label>, <#C1|name>,
 * <!here>) reduced to its visible text, and &amp; &lt; &gt; decoded. The
 * command language itself is the core's business.
 */

const LINK = /<([@#!]?)([^>|]*)(?:\|([^>]*))?>/g;

function visible(kind: string, target: string, label: string | undefined): string {
  if (label) return kind === '#' ? `#${label}` : kind === '@' ? `@${label}` : label;
  if (kind === '!') return `@${target.split('^')[0]}`;
  return kind ? `${kind}${target}` : target;
}

export function incomingText(text: string, botUserId?: string): string {
  const bot = botUserId?.replace(/[^A-Za-z0-9]/g, '');
  const withoutBot = bot ? text.replace(new RegExp(`<@${bot}(?:\\|[^>]*)?>`, 'g'), ' ') : text;
  return withoutBot
    .replace(LINK, (_, kind: string, target: string, label: string | undefined) => visible(kind, target, label))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
