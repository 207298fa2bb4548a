/**
 * Plain card text made safe for Slack's mrkdwn. Cards carry plain text, some
 * of it typed by users; in mrkdwn `<!channel>`, `<@U123>` and `<https://x|y>`
 * are pings and links, and `*`, `_`, `~`, `` ` `` format. Escaping &, < and >
 * removes the first kind; formatting characters are swapped for look-alikes
 * only where Slack would read them as formatting, so "C++", "snake_case" and
 * URLs are left as they are. "@channel", "@here" and "@everyone" as typed
 * (or as Slack's <!channel> markup reads once decoded) get an invisible word
 * joiner after the "@", so no rendering of them can notify a channel.
 * Renderers also set `verbatim: true` on every mrkdwn text object, which
 * stops Slack's own parsing of mentions and names; links are then made
 * explicit (`<https://…>`) so that cited sources stay clickable.
 */
import { ELLIPSIS, shorten, wellFormed } from '../../core/index.js';

/** Look-alikes that Slack does not treat as formatting. */
const LOOK_ALIKE: Record<string, string> = {
  '*': '\u2217', // ∗ asterisk operator
  _: '\uFF3F', // ＿ fullwidth low line
  '~': '\u223C', // ∼ tilde operator
  '`': '\u02CB', // ˋ modifier letter grave accent
};

const FORMATTING = /[*_~`]/;
const URL = /^<?https?:\/\/\S+$/;
/** Text without any of these is already inert: most card text, so it is returned as it is. */
const NEEDS_ESCAPING = /[*_~`&<>@]|https?:\/\//i;
/** The broadcast mentions Slack may turn into a notification for everyone in a conversation. */
const BROADCAST = /@(?=channel|here|everyone)/gi;
const WORD_JOINER = '\u2060';
/** A web address standing as a word, without the punctuation that ends a sentence after it. */
const BARE_URL = /(^|\s)(https?:\/\/[^\s<>|]+?)([.,;:!?)\]]*)(?=\s|$)/gi;
const ENTITY = /[&<>]/;
const WORD = /\S+/g;
const WHITESPACE = /\s/;
const BOUNDARY_PUNCTUATION = new Set('.,;:!?()[]{}"\'/\\|<>=+-');

/** Whitespace or punctuation around a formatting character lets Slack read it as an opener or closer. */
const isBoundary = (ch: string | undefined) => ch === undefined || BOUNDARY_PUNCTUATION.has(ch) || WHITESPACE.test(ch);

function neutraliseWord(word: string): string {
  if (!FORMATTING.test(word) || URL.test(word)) return word;
  let out = '';
  for (let i = 0; i < word.length; i += 1) {
    const ch = word[i]!;
    const look = LOOK_ALIKE[ch];
    if (look === undefined) {
      out += ch;
      continue;
    }
    const opens = isBoundary(word[i - 1]) && word[i + 1] !== undefined && !/\s/.test(word[i + 1]!);
    const closes = word[i - 1] !== undefined && isBoundary(word[i + 1]);
    // A run like "**" or "``" formats too; inside a word ("a*b") Slack leaves it alone.
    const run = FORMATTING.test(word[i - 1] ?? '') || FORMATTING.test(word[i + 1] ?? '');
    out += opens || closes || run ? look : ch;
  }
  return out;
}

/** Makes plain text inert in mrkdwn: no pings, no links, no formatting. */
export function escapeMrkdwn(plain: string): string {
  // A lone surrogate, however it got into a card, must not reach Slack (its Web API client throws URIError on one).
  const text = wellFormed(plain);
  // The renderers escape every string of every card: the common case must cost one scan.
  if (!NEEDS_ESCAPING.test(text)) return text;
  // A line starting with ">" would become a block quote.
  const unquoted = text.replace(/^(\s*)>/gm, '$1\u203A');
  // Word by word (runs without whitespace), and only when there is formatting to neutralise.
  const neutral = FORMATTING.test(unquoted) ? unquoted.replace(WORD, neutraliseWord) : unquoted;
  return escapeEntities(neutral).replace(BROADCAST, `@${WORD_JOINER}`).replace(BARE_URL, '$1<$2>$3');
}

/** "@channel", "@here", "@everyone" made unable to notify, for text that is not mrkdwn (plain_text, notifications). */
export function neutraliseBroadcasts(text: string): string {
  return text.replace(BROADCAST, `@${WORD_JOINER}`);
}

/** The three characters Slack requires escaped in every text it parses. */
export function escapeEntities(plain: string): string {
  const text = wellFormed(plain);
  if (!ENTITY.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Bold, for headings and labels we place ourselves; the text is escaped first. */
export function bold(text: string): string {
  const safe = escapeMrkdwn(text.trim());
  return safe ? `*${safe}*` : '';
}

/**
 * Shortens escaped text to `max` characters (UTF-16 units, which never
 * undercount Slack's characters), ending with an ellipsis. Cuts between
 * graphemes (core/text/shorten.ts), and never through an entity such as `&amp;`.
 */
export function truncate(text: string, max: number): string {
  const cut = shorten(text, max);
  return cut.endsWith(ELLIPSIS) && cut.length < wellFormed(text).length ? cut.replace(/&[a-z#0-9]*…$/i, ELLIPSIS) : cut;
}

/**
 * Splits text into pieces of at most `max` characters, at line breaks where
 * possible, then at spaces; a single overlong word is truncated.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const push = () => {
    // Slack refuses text that is only whitespace.
    if (current.trim()) pieces.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    push();
    if (line.length <= max) {
      current = line;
      continue;
    }
    for (const word of line.split(' ')) {
      const next = current ? `${current} ${word}` : word;
      if (next.length <= max) current = next;
      else {
        push();
        current = truncate(word, max);
      }
    }
  }
  push();
  return pieces;
}

/** A channel's id as Slack gives it: C (public), G (private, older ones); D is a direct message. */
const CHANNEL_ID = /^[CG][A-Z0-9]{2,20}$/;
const DM_ID = /^D[A-Z0-9]{2,20}$/;

/**
 * A conversation as mrkdwn. Only a well-formed channel id becomes Slack's
 * `<#C123>` markup, which Slack shows as a clickable "#general" (in the
 * reader's own view of that channel's name); a direct message is named, not
 * linked (it is someone else's); anything else is shown escaped, as text.
 */
export function channelLink(id: string): string {
  if (CHANNEL_ID.test(id)) return `<#${id}>`;
  if (DM_ID.test(id)) return 'a direct message';
  return escapeMrkdwn(`#${id}`);
}
