/**
 * Every sentence of the explanation is true: the leader shown is the one
 * explained, reasons are advantages, flips happen when tried, ties are ties,
 * priorities only add, and the order of answers never matters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommendationCard } from '../../src/core/cards/recommendation-card.js';
import type { Block, Card } from '../../src/core/cards/card.js';
import { parseCommand } from '../../src/core/commands/parse.js';
import { shiftWeight, strictLeader } from '../../src/core/scoring/flip-point.js';
import { preferencesFrom } from '../../src/core/scoring/preferences.js';
import type { Answers } from '../../src/core/team/answers.js';
import { rank } from '../../src/core/scoring/rank.js';
import { recommend, TIE_MARGIN } from '../../src/core/scoring/recommendation.js';
import { equalCriteriaWeights, normalise, type Dimension } from '../../src/core/scoring/weights.js';
import { CRITERIA, type Criterion } from '../../src/core/vocabulary.js';
import { anyAnswers } from '../support/arbitrary-answers.js';
import { advisor, knowledge } from '../support/knowledge.js';
import { even, madeUp, madeUpKnowledge, prefsWith } from '../support/made-up-frameworks.js';

const textOf = (card: Card, heading: string) => {
  const block = card.blocks.find((b): b is Extract<Block, { type: 'text' }> => b.type === 'text' && b.heading === heading);
  return block?.text ?? '';
};
const RUNS = { numRuns: 60 };

describe('properties over random answers (real data)', () => {
  it('adding a priority never costs #1 to a framework at least as good on it', () => {
    const start = anyAnswers.filter((a) => (a.priorities ?? []).length < 2);
    fc.assert(
      fc.property(start, fc.constantFrom(...CRITERIA), (answers, added) => {
        fc.pre(!(answers.priorities ?? []).includes(added));
        const before = rank(knowledge().frameworks, preferencesFrom(answers)).ranked[0];
        fc.pre(before !== undefined);
        const after = rank(knowledge().frameworks, preferencesFrom({ ...answers, priorities: [...(answers.priorities ?? []), added] })).ranked[0]!;
        // Whoever takes first place must be strictly better on the criterion just added.
        if (after.framework.id !== before!.framework.id) expect(after.scores[added]).toBeGreaterThan(before!.scores[added]);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same card and the same JSON for the same answers in any order', () => {
    fc.assert(
      fc.property(anyAnswers, fc.integer(), (answers, shuffleSeed) => {
        const shuffled = (list: readonly string[] | undefined) => list && [...list].sort((a, b) => ((a.charCodeAt(0) * shuffleSeed) % 7) - ((b.charCodeAt(0) * shuffleSeed) % 7) || b.localeCompare(a));
        const reordered = { ...answers, languages: shuffled(answers.languages), priorities: shuffled(answers.priorities), mustHaves: shuffled(answers.mustHaves) } as Answers;
        const a = advisor().recommendation(answers).reply;
        const b = advisor().recommendation(reordered).reply;
        expect(b.card).toEqual(a.card);
        expect(b.data).toEqual(a.data);
      }),
      { numRuns: 25 },
    );
  });

  it('explains the leader it shows, cites only advantages, and makes every printed flip true', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { rec, reply } = advisor().recommendation(answers);
        const [leader, runnerUp] = rec.ranked;
        fc.pre(leader !== undefined && runnerUp !== undefined);
        const data = reply.data;
        // One leader everywhere: table, title, "Why", JSON.
        expect(data.ranking![0]!.id).toBe(leader!.framework.id);
        expect(data.confidence!.leader).toBe(leader!.framework.id);
        expect(data.leader).toBe(rec.tie ? null : leader!.framework.id);
        expect(reply.card.title).toMatch(rec.tie ? `Too close to call: ${leader!.framework.name}` : `Recommended: ${leader!.framework.name}`);
        expect(reply.card.blocks.some((b) => b.type === 'text' && b.heading === `Why ${leader!.framework.name}`)).toBe(true);
        // Reasons are advantages: never a criterion on which the leader trails #2.
        for (const why of data.explanation!.why) {
          expect(leader!.scores[why.criterion as Dimension]).toBeGreaterThan(runnerUp!.scores[why.criterion as Dimension]);
          expect(why.gain).toBeGreaterThan(0);
        }
        for (const whyNot of data.explanation!.whyNot) expect(runnerUp!.scores[whyNot.criterion as Dimension]).toBeLessThan(leader!.scores[whyNot.criterion as Dimension]);
        // A flip, applied at the printed weight, puts the challenger strictly first; a point less does not.
        const flip = data.explanation!.flip;
        expect(flip).toEqual(data.flip);
        if (flip) {
          const prefs = preferencesFrom(answers);
          const criterion = flip.criterion as Dimension;
          expect(flip.to).toBeGreaterThan(0);
          expect(flip.to).toBeLessThan(1);
          const exact = rec.flip!.to;
          expect(strictLeader(rec.ranked, shiftWeight(prefs.weights, criterion, exact))?.framework.id).toBe(flip.challenger);
          if (Math.abs(exact - rec.flip!.from) >= 0.01) {
            const smaller = exact - Math.sign(exact - rec.flip!.from) * 0.01;
            expect(strictLeader(rec.ranked, shiftWeight(prefs.weights, criterion, smaller))?.framework.id).not.toBe(flip.challenger);
          }
          expect(textOf(reply.card, 'What would change it')).toContain(`${advisor().kb.require(flip.challenger).name} would lead`);
        }
        if (rec.pairFlip) expect(strictLeader(rec.ranked, rec.pairFlip.weights)?.framework.id).toBe(rec.pairFlip.challenger.framework.id);
        // Level leaders are a tie: no "Recommended", no star, no invented lead.
        if (leader!.total - runnerUp!.total < TIE_MARGIN) {
          expect(rec.tie).toBe(true);
          expect(textOf(reply.card, 'What would change it')).toMatch(/already level with/);
        }
      }),
      RUNS,
    );
  });

  it('never stars a tie in a comparison, and says it is too close to call', () => {
    const ids = knowledge().frameworks.map((f) => f.id);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 4 }), (chosen) => {
        const reply = advisor().compare(chosen);
        const totals = reply.data.ranking!.map((r) => r.score);
        const table = reply.card.blocks.find((b) => b.type === 'table');
        const overall = table && table.type === 'table' ? table.rows.find((r) => r.label === 'Overall')! : undefined;
        if (totals[0]! - totals[1]! < TIE_MARGIN - 0.001) {
          expect(overall!.best).toEqual([]);
          expect(reply.data.tie).toBe(true);
          expect(reply.data.leader).toBeNull();
          expect(JSON.stringify(reply.card)).toMatch(/too close to call overall/);
        } else if (totals[0]! - totals[1]! > TIE_MARGIN + 0.001) {
          expect(overall!.best).toHaveLength(1);
          expect(reply.data.leader).toBe(reply.data.ranking![0]!.id);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('what was seen, fixed (made-up frameworks where the numbers matter)', () => {
  const weights = normalise({ performance: 0.3, scalability: 0.2, ease: 0.2, security: 0.15, community: 0.15 });

  it('names advantages, not the largest contributions: a leader\'s big but weaker ease of use is not a reason', () => {
    const nest = madeUp({ id: 'nest', name: 'Nest', scores: { performance: 9, scalability: 9, ease: 7.5, security: 9, community: 9 } });
    const express = madeUp({ id: 'express', name: 'Express', scores: { performance: 7, scalability: 7, ease: 10, security: 7, community: 8 } });
    const rec = recommend([nest, express], prefsWith(weights));
    const card = recommendationCard(madeUpKnowledge([nest, express]), rec, {}, 'from your answers', []);
    const why = textOf(card, 'Why Nest');
    expect(why).toMatch(/^Over Express, Nest gains most on performance \(9 vs 7, \+0\.60 points\) and scalability \(9 vs 7, \+0\.40 points\)\.$/);
    expect(why).not.toMatch(/ease/);
    expect(textOf(card, 'Why not Express')).toMatch(/It is ahead on ease of use \(10 vs 7\.5, \+0\.50 points\), which does not make up for it\./);
  });

  it('calls identical frameworks a tie: no "scores highest", no star, no leader in JSON', () => {
    const kb = madeUpKnowledge([madeUp({ id: 'actix', name: 'Actix', scores: even(8) }), madeUp({ id: 'axum', name: 'Axum', scores: even(8) })]);
    const reply = new (advisor().constructor as new (k: typeof kb) => ReturnType<typeof advisor>)(kb).compare(['actix', 'axum']);
    expect(JSON.stringify(reply.card)).toContain('Actix and Axum are too close to call overall (8.00 and 8.00/10, within 0.05 points).');
    expect(JSON.stringify(reply.card)).not.toMatch(/scores highest/);
    expect(reply.data).toMatchObject({ tie: true, leader: null });
  });

  it('says a recommendation with equal totals is too close to call, already level, and asks about languages and hiring for Go against Rust', () => {
    const gin = madeUp({ id: 'gin', name: 'Gin', languages: ['go'], scores: { performance: 9, scalability: 8, ease: 8, security: 7, community: 8 } });
    const actix = madeUp({ id: 'actix', name: 'Actix', languages: ['rust'], scores: { performance: 10, scalability: 8, ease: 7, security: 7, community: 8 } });
    const rec = recommend([gin, actix], prefsWith(equalCriteriaWeights()));
    const card = recommendationCard(madeUpKnowledge([gin, actix]), rec, {}, 'from your answers', []);
    expect(card.title).toBe('Too close to call: Actix or Gin');
    expect(textOf(card, 'What would change it')).toBe('Actix is already level with Gin (within 0.05 points): no change of priorities is needed for Gin to come first.');
    expect(textOf(card, 'How sure')).toMatch(/That is too close to call: Which language does your team know best and can hire for: Rust \(Actix\) or Go \(Gin\)\?$/);
  });

  it('asks about a built-in only when the team has not said which it needs, else about what differs next', () => {
    const full = madeUp({ id: 'full', name: 'Full', kind: 'full-stack', scores: even(8) });
    const micro = madeUp({ id: 'micro', name: 'Micro', scores: even(8), builtins: { admin: 'none' } });
    const unanswered = recommend([full, micro], prefsWith(equalCriteriaWeights()));
    expect(unanswered.tieBreaker).toBe('Do you need admin UI out of the box? Full has it; Micro does not.');
    const answered = recommend([full, micro], prefsWith(equalCriteriaWeights(), { mustHavesAnswered: true }));
    expect(answered.tieBreaker).toBe('Do you want a full-stack framework with most pieces included (Full) or a micro framework you assemble yourself (Micro)?');
  });

  it('reports no flip that only ties at 100%, and says no single change puts another first', () => {
    // Beta catches Alpha only when ease counts 100%, where they tie: that is not a flip.
    const alpha = madeUp({ id: 'a', name: 'Alpha', scores: { performance: 9, scalability: 8, ease: 8, security: 8, community: 8 } });
    const beta = madeUp({ id: 'b', name: 'Beta', scores: { performance: 7, scalability: 8, ease: 8, security: 8, community: 8 } });
    const rec = recommend([alpha, beta], prefsWith(equalCriteriaWeights()));
    expect(rec.flip).toBeUndefined();
    const card = recommendationCard(madeUpKnowledge([alpha, beta]), rec, {}, 'from your answers', []);
    expect(textOf(card, 'What would change it')).toBe('No change of a single priority puts another framework first. Alpha is at least as good as every other on what counts.');
  });

  it('rounds the printed weight past the crossing (scoring.md\'s example: 22.2% prints as 22%), and names who leads there', () => {
    const nest = madeUp({ id: 'nest', name: 'NestJS', scores: { performance: 6, scalability: 8, ease: 6, security: 8, community: 8 } });
    const fastify = madeUp({ id: 'fastify', name: 'Fastify', scores: { performance: 9, scalability: 8, ease: 6, security: 6, community: 6 } });
    const express = madeUp({ id: 'express', name: 'Express', scores: { performance: 4, scalability: 6, ease: 9, security: 5, community: 10 } });
    const rec = recommend([nest, fastify, express], prefsWith(weights));
    const card = recommendationCard(madeUpKnowledge([nest, fastify, express]), rec, {}, 'from your answers', []);
    expect(textOf(card, 'What would change it')).toBe('Fastify leads NestJS by 0.30 points; if performance mattered 22% instead of 30%, NestJS would lead.');
  });

  it('checks a two-criterion change before offering it', () => {
    // Beta's only edge (ease, by 0.001) needs ease at 99.6%, which prints as 100%: no single change can happen.
    const alpha = madeUp({ id: 'a', name: 'Alpha', scores: { performance: 9, scalability: 8, ease: 8, security: 8, community: 8 } });
    const beta = madeUp({ id: 'b', name: 'Beta', scores: { performance: 8, scalability: 8, ease: 8.001, security: 8, community: 8 } });
    const rec = recommend([alpha, beta], prefsWith(equalCriteriaWeights()));
    expect(rec.flip).toBeUndefined();
    // Moving weight from performance to ease only helps Beta once performance is all but gone: at 0% it would be a tie-in-waiting, not a change to offer.
    expect(rec.pairFlip).toBeUndefined();
  });
});

describe('what was seen, fixed (real data, as properties)', () => {
  const data = (text: string) => advisor().answer(text).data;

  it('does not star Gin against Echo when they tie, nor Actix Web against Axum', () => {
    for (const text of ['compare gin echo', 'compare actix-web axum']) {
      const d = data(text);
      const [a, b] = d.ranking!;
      if (a!.score - b!.score < TIE_MARGIN) expect(d).toMatchObject({ tie: true, leader: null });
      else expect(d.leader).toBe(a!.id);
    }
  });

  it('gives language=csharp,java and language=java,csharp the same verdict', () => {
    const a = advisor().answer('recommend language=csharp,java');
    const b = advisor().answer('recommend language=java,csharp');
    expect(b.card).toEqual(a.card);
    expect(b.data).toEqual(a.data);
  });

  it('keeps the leader when a priority it is best on is added (the two sweeps quoted in the issue)', () => {
    for (const [before, added] of [
      ['recommend project=microservices language=python,go priorities=community builtins=none team=senior', 'scalability'],
      ['recommend language=any priorities=ease team=junior', 'community'],
    ] as const) {
      const first = data(before).ranking![0]!.id;
      const after = data(before.replace(/priorities=(\w+)/, `priorities=$1,${added}`)).ranking![0]!.id;
      const score = (id: string) => knowledge().require(id).scores[added as Criterion].value;
      if (after !== first) expect(score(after)).toBeGreaterThan(score(first));
    }
  });

  it('never prints "leads by" for leaders level on totals', () => {
    const reply = advisor().answer('recommend language=any builtins=none team=senior');
    const [a, b] = reply.data.ranking!;
    const text = textOf(reply.card, 'What would change it');
    if (a!.score - b!.score < TIE_MARGIN) {
      expect(text).toMatch(/already level with/);
      expect(reply.data.explanation!.flip).toBeNull();
    }
  });
});

describe('channel weights', () => {
  it('reads "performance=3, security=2" with commas and spaces', () => {
    for (const text of ['weights performance=3, security=2', 'weights performance = 3 , security = 2', 'weights performance=3,security=2']) {
      expect(parseCommand(knowledge(), text)).toEqual({ ok: true, command: { kind: 'weights', change: { action: 'set', importance: { performance: 3, security: 2 } } } });
    }
  });

  it('keeps unnamed criteria at 1, as the priorities answer does', () => {
    const prefs = preferencesFrom({}, { performance: 3, security: 2 });
    expect(prefs.weights.performance).toBeCloseTo(3 / 8, 10);
    expect(prefs.weights.security).toBeCloseTo(2 / 8, 10);
    expect(prefs.weights.ease).toBeCloseTo(1 / 8, 10);
  });

  it('names the channel\'s priorities on top, and says equal weights without them', () => {
    const under = advisor().top('overall', [], { channelImportance: { performance: 3 } });
    expect(under.card.title).toBe("Top frameworks by overall score under this channel's priorities (performance 3, the others 1)");
    const plain = advisor().top('overall', []);
    expect(plain.card.title).toBe('Top frameworks by overall score (equal weights on the five criteria)');
    expect(JSON.stringify(plain.card)).toContain('Weights (equal weights)');
  });
});
