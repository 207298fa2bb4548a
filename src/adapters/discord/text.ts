/**
 * Plain card text made safe for Discord markdown: whatever a user typed (a
 * framework name in "I don't know ...", a thread name) shows as typed and can
 * neither ping (@everyone, <@id>, <@&role>, <#channel>) nor change formatting.
 */
import { shorten, wellFormed } from '../../core/index.js';
export { ELLIPSIS } from '../../core/index.js';

/** Characters that format anywhere in a line, plus "<" which opens mentions, channels, emoji and timestamps. */
const INLINE = /[\\*_~`|[\]<]/g;
/** Markers that only format at the start of a line: headings, "-#" subtext, quotes, lists. */
const LINE_START = /^(\s*)([#>+-]|\d+(?=\.\s))/gm;
/** A zero-width space after "@" keeps the word visible but unable to ping or highlight. */
const MASS_MENTION = /@(everyone|here)/gi;
/** Any character the three rules above could change; most card text has none, and is returned as it is. */
const MAY_NEED_ESCAPING = /[\\*_~`|[\]<@#>+-]|^\s*\d/m;

export function escapeMarkdown(plain: string): string {
  // A lone surrogate, however it got into a card, must not reach Discord.
  const text = wellFormed(plain);
  // Every string of every card passes through here: the common case must cost one scan.
  if (!MAY_NEED_ESCAPING.test(text)) return text;
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .replace(LINE_START, (_, space: string, marker: string) => (/^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`))
    .replace(MASS_MENTION, '@\u200b$1');
}

/**
 * Text for inside a ``` code block, where nothing renders but a backtick could
 * end the block early: backticks become a look-alike.
 */
export function codeSafe(text: string): string {
  return wellFormed(text).replace(/`/g, 'ˋ');
}


/** Plain text in at most `max` characters, cut between graphemes at a word when one is near, marked with an ellipsis. */
export function truncate(text: string, max: number): string {
  return shorten(text, max, { atWord: 'near' });
}

/**
 * Escaped text in at most `max` characters. The cut is made in the plain text
 * and then escaped, so no escape sequence is ever split.
 */
export function escapeWithin(text: string, max: number): string {
  const whole = escapeMarkdown(text);
  if (whole.length <= max) return whole;
  // The escaped length grows with the prefix: find the longest plain prefix that fits.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (escapeMarkdown(truncate(text, mid)).length <= max) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : escapeMarkdown(truncate(text, low));
}

/** A Discord id (a snowflake): digits only, so nothing in it can be markup. */
const SNOWFLAKE = /^\d{1,20}$/;
/** A channel that is not a snowflake is shown as text, bounded. */
const CHANNEL_TEXT_MAX = 80;

/**
 * A conversation as Discord markdown: a channel id becomes `<#123>`, which
 * Discord shows as a clickable #name (a channel mention never notifies);
 * anything else is escaped text, so it can neither link nor ping.
 */
export function channelMention(id: string): string {
  return SNOWFLAKE.test(id) ? `<#${id}>` : escapeWithin(`#${id}`, CHANNEL_TEXT_MAX);
}
