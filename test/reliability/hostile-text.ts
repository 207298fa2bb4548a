/**
 * Command texts as hostile as people (and scripts) can type them: mention and
 * link markup for Slack and Discord, Markdown and mrkdwn formatting, control,
 * zero-width and right-to-left characters, any Unicode, and 10 KB strings,
 * mixed with real command words and framework names so the parser goes deep
 * into every branch instead of stopping at the first word.
 */
import fc from 'fast-check';

/** Would ping or link if sent as typed. */
export const PINGS = ['<!channel>', '<!here>', '<!everyone>', '<@U123>', '<@U123|bob>', '<#C123|general>', '<!subteam^S123>', '<https://evil.example|click me>', '@everyone', '@here', '<@&987654321098765432>', '<@987654321098765432>', '<#987654321098765432>', '<t:0:R>', '&lt;!channel&gt;'];

/** Would format in Slack's mrkdwn if sent as typed; each marks the word "pwned", so a check can look for it left as typed. */
export const SLACK_FORMATTING = ['*pwned*', '_pwned_', '~pwned~', '`pwned`', '```pwned```'];
/** The same for Discord's Markdown. */
export const DISCORD_FORMATTING = [...SLACK_FORMATTING, '**pwned**', '__pwned__', '~~pwned~~', '||pwned||', '[pwned](https://evil.example)'];

const LINE_MARKERS = ['> quote', '# heading', '-# small', '1. item', '- item', '>>> block'];

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u061c', '\u00ad'];

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat('\u007f', '\u0085', '\u2028', '\u2029');

const WORDS = ['compare', 'recommend', 'info', 'top', 'list', 'help', 'weights', 'history', 'export', 'reset', 'vs', 'and', ',', 'django', 'fastapi', 'rails', 'spring boot', 'asp.net', 'nestjs', 'language=', 'project=', 'priorities=', 'performance', 'security=3', '=', 'python', 'djnago'];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...PINGS, ...DISCORD_FORMATTING, ...LINE_MARKERS), weight: 4 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
  { arbitrary: fc.constantFrom(...INVISIBLE, ...CONTROL, '\\', '&', '&amp;', '<', '>', '"', "'", '😀', '👩🏽‍💻', 'é', 'ß', '中文', 'עברית', 'العربية'), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\t', ', ', '  ');

/** A line of mixed pieces, sometimes padded out to about 10 KB. */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(piece, separator), { maxLength: 24 }), fc.nat(19))
  .map(([parts, roll]) => {
    const text = parts.map(([p, s]) => p + s).join('');
    // One in twenty is a 10 KB wall: the same pieces, repeated.
    return roll === 0 && text.length > 0 ? text.repeat(Math.ceil(10_240 / text.length)).slice(0, 10_240) : text;
  });

/** Display names are echoed back too ("alice is choosing a backend framework"). */
export const hostileName: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...PINGS, ...DISCORD_FORMATTING, 'alice'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }));

/** A fixed sample of `count` texts, the same on every run of a seed. */
export function hostileTexts(count: number, seed: number): string[] {
  return fc.sample(hostileText, { numRuns: count, seed });
}
