/**
 * Shortening text for people. Every cut in the product goes through here, so
 * none can split what a person sees as one character: a flag, a family emoji,
 * an accented letter or a surrogate pair stays whole, and the result is always
 * well-formed UTF-16 (a lone surrogate makes Slack's client throw URIError and
 * shows as a replacement box everywhere else).
 *
 * Lengths are UTF-16 code units, the unit of String.length: they never
 * undercount what Slack or Discord count, so a limit met here is met there.
 */

export const ELLIPSIS = '…';

export interface ShortenOptions {
  /**
   * Cut at the last blank before the limit, so no word is cut into a
   * misleading fragment: 'always' whenever there is a blank, 'near' only when
   * that keeps at least 70% of the room (long prose, where a few more words
   * beat a clean edge). A single long word is still cut between graphemes.
   */
  atWord?: 'always' | 'near';
  /** The mark of the cut; defaults to "…". It counts toward the limit. */
  ellipsis?: string;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Lone surrogates (from a JSON "\ud83d" escape or an earlier careless cut) become U+FFFD. */
export function wellFormed(text: string): string {
  return text.isWellFormed() ? text : text.toWellFormed();
}

/** The longest prefix of whole graphemes within `room` code units. */
function graphemePrefix(text: string, room: number): string {
  if (room >= text.length) return text;
  // The grapheme holding the first unit that does not fit starts where the cut goes. A boundary at or
  // before `room` depends only on the code points up to the one at `room` (two units at most), so the rest of a long text is never segmented.
  const straddling = graphemes.segment(text.slice(0, room + 2)).containing(Math.max(0, room));
  return text.slice(0, straddling?.index ?? room);
}

function atWordBoundary(prefix: string, mode: ShortenOptions['atWord']): string {
  if (!mode) return prefix;
  const blank = prefix.search(/\s\S*$/);
  if (blank <= 0) return prefix;
  return mode === 'always' || blank >= prefix.length * 0.7 ? prefix.slice(0, blank) : prefix;
}

/**
 * `text` in at most `max` code units, well-formed, cut between graphemes and
 * ended with an ellipsis when anything was cut.
 */
export function shorten(text: string, max: number, options: ShortenOptions = {}): string {
  const whole = wellFormed(text);
  if (whole.length <= max) return whole;
  const mark = options.ellipsis ?? ELLIPSIS;
  if (max < mark.length) return graphemePrefix(mark, Math.max(0, max));
  const kept = atWordBoundary(graphemePrefix(whole, max - mark.length), options.atWord).trimEnd();
  return `${kept}${mark}`;
}
