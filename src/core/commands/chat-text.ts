/**
 * Chat text as words: mention markup, links, emoji and stray quotes removed,
 * cut to a bounded length at a word boundary (never mid-word, so a cut can
 * not turn "django" into a guess about "dj"), then split into tokens that
 * keep the punctuation names need (".NET", "C#", "next.js", "e-commerce").
 */

/** About a kilobyte of question: more than anyone types, and it bounds the work. */
export const MAX_QUESTION_CHARS = 1000;
/** A bound on tokens too, for text made of one-letter words. */
export const MAX_QUESTION_TOKENS = 200;

export interface Token {
  /** Lower case, curly apostrophes straightened; punctuation tokens are the mark itself. */
  word: string;
  /** True when the person wrote it with a capital ("Go", "Spring"): a hint that a name is meant. */
  capitalised: boolean;
  /** A mark (",", "&", "/", "?", ".", "!") rather than a word. */
  mark: boolean;
  /** First word of the text or of a sentence. */
  sentenceStart: boolean;
}

/** Slack and Discord markup: <@U123>, <@!123>, <@&role>, <#C1|general>, <!here>, <:emoji:1>, <t:1:R>, <https://…|label>. */
const MARKUP = /<[@#!][^<>]{0,100}>|<a?:\w{1,64}:\d{1,25}>|<t:-?\d{1,20}(?::\w)?>|<(?:https?|mailto):[^<>]{0,500}>/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
/** :rocket: and :+1: shortcodes: "rocket" is a framework name, an emoji is not a question. */
const SHORTCODE = /:[a-z0-9_+-]{1,40}:/gi;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const QUOTES = /["“”„«»`´‘‚‹›]/g;

/** Cut at the last blank before `max` characters: a partial last word is dropped, not guessed at. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /\s/.test(text[max] ?? ' ') ? cut : cut.replace(/\S+$/u, '');
}

export function withoutChatMarkup(text: string): string {
  return text
    .replace(MARKUP, ' ')
    .replace(URL, ' ')
    .replace(SHORTCODE, ' ')
    .replace(INVISIBLE, ' ')
    .replace(QUOTES, ' ')
    .replace(/’/g, "'");
}

/** A word: letters and digits (so emoji and other symbols fall between words), with . ' - inside when more follow, and trailing # or + (C#, C++); or one mark. */
const TOKEN = /\.?[\p{L}\p{N}](?:[\p{L}\p{N}_]|[.'-](?=[\p{L}\p{N}]))*[#+]*|[,&/?!.;:()]/gu;
const CONTRACTED = new Set(["let's", "it's", "what's", "that's", "there's", "here's", "he's", "she's", "who's", "how's", "where's", "which's"]);
const SENTENCE_END = new Set(['.', '!', '?', ';', ':']);
const MARKS = new Set([',', '&', '/', '?', '!', '.', ';', ':', '(', ')']);
const POSSESSIVE = /'s$/;

function startsWithCapital(raw: string): boolean {
  const first = raw[0] === '.' ? raw[1] : raw[0];
  return first !== undefined && first !== first.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const prepared = withoutChatMarkup(cutAtWord(String(text), MAX_QUESTION_CHARS)).replace(/(\d),(\d{3})\b/g, '$1$2');
  const tokens: Token[] = [];
  let sentenceStart = true;
  for (const match of prepared.matchAll(TOKEN)) {
    if (tokens.length >= MAX_QUESTION_TOKENS) break;
    const raw = match[0];
    const mark = MARKS.has(raw);
    // "django's" is about django; "let's" and "we're" stay words of their own.
    const lower = raw.toLowerCase();
    const word = CONTRACTED.has(lower) || !lower.endsWith("'s") ? lower : lower.replace(POSSESSIVE, '');
    tokens.push({ word, capitalised: startsWithCapital(raw), mark, sentenceStart: sentenceStart && !mark });
    if (!mark) sentenceStart = false;
    else if (SENTENCE_END.has(raw)) sentenceStart = true;
  }
  return tokens;
}
