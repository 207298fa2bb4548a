/**
 * Text that breaks careless cutting: astral emoji (surrogate pairs), ZWJ
 * sequences, skin tones, flags, combining marks, lone surrogates, and plain
 * words and blanks between them, sometimes long enough to be cut anywhere.
 */
import fc from 'fast-check';

export const TRICKY_PIECES = ['😀', '🎉', '👩‍👩‍👧‍👦', '👩🏽‍💻', '🏳️‍🌈', '🇫🇷', '🇯🇵', 'e\u0301', 'a\u0308\u0323', 'Zoë', '\ud83d', '\ude00', '中文', ' ', ' ', 'django', 'vs', ',', '=', '@everyone', '<@123>', '*', '&', '\\'];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY_PIECES), weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
);

/** Up to about `max` code units of tricky pieces; one in eight is repeated past `max`, so it must be cut. */
export function trickyText(max = 200): fc.Arbitrary<string> {
  return fc.tuple(fc.array(piece, { maxLength: 40 }), fc.nat(7)).map(([parts, roll]) => {
    const text = parts.join('');
    return roll === 0 && text.length > 0 ? text.repeat(Math.ceil((max * 2) / text.length)) : text.slice(0, max);
  });
}

/** Display names with emoji, flags and lone surrogates, as platforms deliver them. */
export const trickyName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Zoë 🇫🇷', '👩🏽‍💻 dev', 'Ana\u0301', 'bob\ud83d', '🏳️‍🌈'),
  trickyText(40).filter((t) => t.trim() !== ''),
);

/** Every string in a JSON-like value that is not well-formed UTF-16, with where it was. */
export function illFormed(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return value.isWellFormed() ? [] : [`${path}: ${JSON.stringify(value)}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => illFormed(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => illFormed(v, `${path}.${k}`));
  return [];
}
