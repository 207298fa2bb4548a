/**
 * Every card the advisor can produce renders within every Slack limit in
 * SLACK_LIMITS: comparisons of any 2 to 4 frameworks, recommendations for any
 * answers, profiles, rankings, lists, help, flow steps, votes, and arbitrary
 * cards with hostile text. A message over a limit is rejected by Slack whole.
 * Arbitrary cards holding any Unicode (astral characters, ZWJ sequences,
 * combining marks, the lone surrogates of half-typed emoji) also pass the
 * fake Slack's Block Kit rules, which refuse ill-formed text as Slack does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardToBlocks, documentToBlocks } from '../../src/adapters/slack/render.js';
import { limitProblems } from '../../src/adapters/slack/limits.js';
import type { Card } from '../../src/core/cards/card.js';
import { answeredCard, stepCard } from '../../src/core/cards/flow-card.js';
import { historyCard } from '../../src/core/cards/history-card.js';
import { voteCard } from '../../src/core/cards/vote-card.js';
import { COMMAND_NAMES } from '../../src/core/commands/spec.js';
import { FLOW_STEPS, type FlowRecord, type VoteRecord } from '../../src/core/team/records.js';
import { CRITERIA, LANGUAGES } from '../../src/core/vocabulary.js';
import { advisor, knowledge } from '../support/knowledge.js';
import { anyAnswers } from '../support/arbitrary-answers.js';
import { channelId } from '../support/arbitrary-cards.js';
import { messageRefusal } from '../fakes/slack-block-kit.js';

const kb = knowledge();
const ids = kb.frameworks.map((f) => f.id);
function within(card: Card): void {
  expect(limitProblems(cardToBlocks(card)), card.title).toEqual([]);
}

const answers = anyAnswers;

/** Text as hostile as users and data can make it: long, markup-laden, any Unicode. */
const hostile = fc.string({ unit: fc.constantFrom('<', '>', '&', '*', '_', '~', '`', '!', '@', ' ', '\n', 'a', '😀', '\uD83D'), maxLength: 300 });
/** Pieces of text Unicode makes hard to cut: astral, ZWJ sequences, flags, combining marks, bidi controls and lone surrogates. */
const unicodePiece = fc.oneof(
  fc.constantFrom('👩🏽‍💻', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇫🇷', 'e\u0301', 'a\u0308\u0301\u0323', '\u200D', '\uFE0F', '𝔘𝔫𝔦', '漢字', '\u202E', '\uD83D', '\uDE00', '&', '<!here>', '@channel'),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
  // Any code unit at all, surrogates included: what a client cutting text carelessly can send.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 3 }),
);
const unicode = fc.oneof(
  { arbitrary: fc.array(unicodePiece, { maxLength: 60 }).map((pieces) => pieces.join('')), weight: 3 },
  // Long runs around the 75, 150, 2000 and 3000 limits, so cuts land inside sequences.
  { arbitrary: fc.tuple(unicodePiece, fc.integer({ min: 10, max: 1600 })).map(([piece, times]) => piece.repeat(times)), weight: 1 },
);

const text = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 4 },
  { arbitrary: unicode, weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 2 },
  { arbitrary: hostile, weight: 2 },
  // Long text around the 2000 and 3000 limits, built by repetition (cheap to generate).
  { arbitrary: fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), fc.integer({ min: 60, max: 400 })).map(([unit, times]) => unit.repeat(times)), weight: 1 },
);

const anyCard: fc.Arbitrary<Card> = fc.record({
  title: text,
  subtitle: fc.option(text, { nil: undefined }),
  fallback: text,
  blocks: fc.array(
    fc.oneof(
      fc.record({ type: fc.constant('text' as const), heading: fc.option(text, { nil: undefined }), text }),
      fc.record({ type: fc.constant('fields' as const), heading: fc.option(text, { nil: undefined }), fields: fc.array(fc.record({ label: text, value: text }), { maxLength: 25 }) }),
      fc.record({
        type: fc.constant('table' as const),
        heading: fc.option(text, { nil: undefined }),
        columns: fc.array(text, { minLength: 1, maxLength: 6 }),
        rows: fc.array(fc.record({ label: text, cells: fc.array(text, { maxLength: 6 }), best: fc.option(fc.array(fc.nat(5)), { nil: undefined }) }), { maxLength: 25 }),
      }),
      fc.record({ type: fc.constant('list' as const), heading: fc.option(text, { nil: undefined }), items: fc.array(text, { maxLength: 60 }) }),
      fc.record({ type: fc.constant('notes' as const), items: fc.array(text, { maxLength: 30 }) }),
      fc.record({ type: fc.constant('channel-items' as const), heading: fc.option(text, { nil: undefined }), items: fc.array(fc.record({ text, channel: channelId }), { maxLength: 60 }) }),
      fc.constant({ type: 'divider' as const }),
    ),
    { maxLength: 70 },
  ),
  actions: fc.array(
    fc.oneof(
      fc.record({ type: fc.constant('button' as const), id: fc.string({ maxLength: 300 }), label: text, style: fc.option(fc.constantFrom('primary' as const, 'danger' as const), { nil: undefined }) }),
      fc.record({
        type: fc.constant('select' as const),
        id: fc.string({ maxLength: 300 }),
        placeholder: text,
        options: fc.array(fc.record({ label: text, value: fc.string({ maxLength: 90 }) }), { maxLength: 130 }),
        maxChoices: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      }),
    ),
    { maxLength: 60 },
  ),
});

describe('every card fits in one Slack message', () => {
  it('compares every pair of frameworks', () => {
    for (const a of ids) for (const b of ids) if (a < b) within(advisor().compare([a, b]).card);
  });

  it('compares any three or four frameworks', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 3, maxLength: 4 }), (picked) => within(advisor().compare(picked).card)), { numRuns: 400 });
  });

  it('recommends for any answers, with and without channel priorities', () => {
    const importance = fc.option(fc.dictionary(fc.constantFrom(...CRITERIA), fc.integer({ min: 0, max: 10 })), { nil: undefined });
    fc.assert(fc.property(answers, importance, (a, i) => within(advisor().recommendation(a, i).reply.card)), { numRuns: 100 });
  });

  it('profiles every framework, ranks by every criterion and language, lists, and helps', () => {
    for (const id of ids) within(advisor().info(id).card);
    for (const criterion of ['overall' as const, ...CRITERIA]) {
      within(advisor().top(criterion, []).card);
      for (const language of LANGUAGES) within(advisor().top(criterion, [language]).card);
    }
    within(advisor().list([]).card);
    for (const language of LANGUAGES) within(advisor().list([language]).card);
    within(advisor().answer('help').card);
    for (const topic of COMMAND_NAMES) within(advisor().answer(`help ${topic}`).card);
  });

  it('answers any typed text, understood or not', () => {
    fc.assert(fc.property(text, (typed) => within(advisor().answer(typed).card)), { numRuns: 200 });
  });

  it('shows every flow step and every vote, whatever the names of the people in them', () => {
    const person = fc.record({ id: fc.string({ minLength: 1, maxLength: 64 }), name: fc.string({ unit: 'grapheme', maxLength: 120 }) });
    fc.assert(
      fc.property(person, answers, fc.constantFrom(...FLOW_STEPS), (owner, given, step) => {
        const flow: FlowRecord = { id: 'abcdef123456', tenant: 'slack:T1', channel: 'C1', owner, answers: given, visited: [], pending: [], version: 0, createdAt: 0, expiresAt: 1 };
        within(stepCard(flow, step));
        within(answeredCard(flow));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(person, fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 5 }), fc.array(person, { maxLength: 40 }), fc.boolean(), (starter, options, voters, closed) => {
        const ballots = Object.fromEntries(voters.map((v, i) => [v.id, options[i % options.length]!]));
        const names = Object.fromEntries(voters.map((v) => [v.id, v.name]));
        const vote: VoteRecord = { id: 'vote123456', tenant: 'slack:T1', channel: 'C1', startedBy: starter, options, ballots, voters: names, createdAt: 0, ...(closed ? { closedAt: 1 } : {}) };
        within(voteCard(kb, vote));
      }),
      { numRuns: 200 },
    );
  });

  it('shows a long decision history', () => {
    const decisions = Array.from({ length: 10 }, (_, i) => ({
      id: `decision${i}00`,
      tenant: 'slack:T1',
      channel: 'C1',
      kind: 'closed-vote' as const,
      by: { id: 'U1', name: 'n'.repeat(120) },
      options: ids.slice(0, 5).map((id) => ({ id, score: 7.5 })),
      decision: ids[0]!,
      tally: { [ids[0]!]: 3 },
      weights: {},
      createdAt: 0,
    }));
    within(historyCard(kb, decisions));
  });

  it('shows any document as text within the limits', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 40 }), (filename, lines) => {
        expect(limitProblems(documentToBlocks({ filename, mimeType: 'text/markdown', text: lines.join('\n') }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('renders any card within the limits', () => {
    fc.assert(fc.property(anyCard, (card) => within(card)), { numRuns: 500 });
  });

  it("renders any card, whatever Unicode it holds, to a message Slack's Block Kit rules accept", () => {
    fc.assert(
      fc.property(anyCard, (card) => {
        expect(messageRefusal(cardToBlocks(card))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it("shows any document as a message Slack's Block Kit rules accept", () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 40 }), (filename, lines) => {
        expect(messageRefusal(documentToBlocks({ filename, mimeType: 'text/markdown', text: lines.join('\n') }))).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
