/** The one way text is cut: between graphemes, well-formed, ellipsis inside the limit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/core/text/shorten.js';

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

/** Astral emoji, ZWJ families, skin tones, flags, combining marks, lone surrogates, blanks. */
const tricky = fc
  .array(fc.oneof(fc.constantFrom('😀', '👩‍👩‍👧‍👦', '👩🏽‍💻', '🇫🇷', 'e\u0301', 'a\u0308\u0323', '\ud83d', '\ude00', 'é', '中', ' ', 'word', '&amp;'), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('shorten', () => {
  it('keeps short text as it is', () => {
    expect(shorten('django vs fastapi', 40)).toBe('django vs fastapi');
  });

  it('never splits an emoji, a ZWJ family or an accented letter', () => {
    expect(shorten('ab😀😀', 4)).toBe('ab…');
    expect(shorten('x👩‍👩‍👧‍👦y', 10)).toBe('x…');
    expect(shorten('cafe\u0301 au lait', 5)).toBe('caf…');
  });

  it('cuts at a word when asked, so no echoed word is a fragment', () => {
    expect(shorten('compare djangoooo fastapi', 20, { atWord: 'always' })).toBe('compare djangoooo…');
    expect(shorten('supercalifragilistic', 10, { atWord: 'always' })).toBe('supercali…');
  });

  it('for any text and any limit: within the limit, well-formed, a prefix of whole graphemes', () => {
    fc.assert(
      fc.property(tricky, fc.nat(80), fc.constantFrom(undefined, 'always' as const, 'near' as const), (text, max, atWord) => {
        const out = shorten(text, max, atWord ? { atWord } : {});
        expect(out.length).toBeLessThanOrEqual(Math.max(max, 0));
        expect(out.isWellFormed()).toBe(true);
        const fixed = text.toWellFormed();
        if (fixed.length <= max) {
          expect(out).toBe(fixed);
          return;
        }
        expect(out.endsWith('…') || max === 0).toBe(true);
        const kept = out.slice(0, -1);
        const whole = graphemes(fixed);
        const keptGraphemes = graphemes(kept);
        // Every kept grapheme is one of the original's, in order: none was cut open.
        expect(keptGraphemes).toEqual(whole.slice(0, keptGraphemes.length));
      }),
      { numRuns: 500 },
    );
  });
});
