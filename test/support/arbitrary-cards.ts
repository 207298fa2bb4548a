/**
 * Arbitrary cards built to overflow every part of a message: long text, any
 * Unicode (astral emoji, ZWJ sequences, combining marks, lone surrogates),
 * markup, too many fields, rows, buttons and options, ids near the limits.
 */
import fc from 'fast-check';
import type { Action, Block, Card } from '../../src/core/cards/card.js';
import { trickyText } from './tricky-text.js';

// size 'max': lengths spread up to the maximum, not fast-check's usual short strings, so parts really overflow.
const text = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: max, size: 'max' }),
    fc.string({ unit: 'grapheme', maxLength: max, size: 'max' }),
    fc.string({ maxLength: 20 }),
    fc.constantFrom('', ' ', '\n', '`'.repeat(10), '*'.repeat(50), '\\'.repeat(30), '@everyone'),
    trickyText(max),
  );
/** Channel ids as platforms give them (Slack's, Discord's snowflakes) and text that only pretends to be one. */
export const channelId = fc.oneof(
  fc.stringMatching(/^[CGD][A-Z0-9]{8,12}$/),
  fc.stringMatching(/^\d{17,20}$/),
  fc.constantFrom('C999> <!channel', '<#C1>', '@everyone', '', 'terminal'),
  fc.string({ maxLength: 120 }),
);
const id = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ minLength: 95, maxLength: 110 }));

const blockArb: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), heading: fc.option(text(300), { nil: undefined }), text: text(3000) }),
  fc.record({ type: fc.constant('fields' as const), heading: fc.option(text(300), { nil: undefined }), fields: fc.array(fc.record({ label: text(300), value: text(1500) }), { maxLength: 12, size: 'max' }) }),
  fc.record({ type: fc.constant('list' as const), heading: fc.option(text(300), { nil: undefined }), items: fc.array(text(1200), { maxLength: 20, size: 'max' }) }),
  fc.record({ type: fc.constant('notes' as const), items: fc.array(text(1500), { maxLength: 5 }) }),
  fc.record({ type: fc.constant('channel-items' as const), heading: fc.option(text(300), { nil: undefined }), items: fc.array(fc.record({ text: text(1200), channel: channelId }), { maxLength: 20, size: 'max' }) }),
  fc.constant({ type: 'divider' as const }),
  fc.integer({ min: 1, max: 5 }).chain((n) =>
    fc.record({
      type: fc.constant('table' as const),
      heading: fc.option(text(100), { nil: undefined }),
      columns: fc.array(text(40), { minLength: n, maxLength: n }),
      rows: fc.array(fc.record({ label: text(60), cells: fc.array(text(80), { minLength: n, maxLength: n }), best: fc.subarray([0, 1, 2, 3, 4]) }), { maxLength: 12, size: 'max' }),
    }),
  ),
);

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ type: fc.constant('button' as const), id, label: text(120), style: fc.constantFrom(undefined, 'primary' as const, 'danger' as const) }).map(({ style, ...b }) => (style ? { ...b, style } : b)),
  fc.record({
    type: fc.constant('select' as const),
    id,
    placeholder: text(200),
    options: fc.array(fc.record({ label: text(150), value: fc.string({ minLength: 1, maxLength: 120 }) }), { maxLength: 40, size: 'max' }),
    maxChoices: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  }).map(({ maxChoices, ...s }) => (maxChoices === undefined ? s : { ...s, maxChoices })),
);

export const anyCard: fc.Arbitrary<Card> = fc.record({
  title: text(600),
  subtitle: fc.option(text(5000), { nil: undefined }),
  blocks: fc.array(blockArb, { maxLength: 40, size: 'max' }),
  actions: fc.array(actionArb, { maxLength: 40, size: 'max' }),
  fallback: fc.constant(''),
});
