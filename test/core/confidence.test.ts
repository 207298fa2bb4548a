/** How sure: score uncertainty counts, the leader's own share is reported, and nothing depends on order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidence } from '../../src/core/scoring/confidence.js';
import { rank } from '../../src/core/scoring/rank.js';
import { recommend } from '../../src/core/scoring/recommendation.js';
import { equalCriteriaWeights, normalise } from '../../src/core/scoring/weights.js';
import { advisor } from '../support/knowledge.js';
import { even, madeUp, prefsWith } from '../support/made-up-frameworks.js';

describe('confidence over weights and scores', () => {
  it('never gives more than 80% to one of two frameworks half a point apart on low-confidence scores', () => {
    fc.assert(
      fc.property(fc.double({ min: 3, max: 9, noNaN: true }), fc.integer(), fc.constantFrom('firm' as const, 'rough' as const, 'none' as const), (base, seed, firmness) => {
        const ahead = madeUp({ id: 'a', name: 'Alpha', scores: even(base + 0.5), confidence: 'low' });
        const behind = madeUp({ id: 'b', name: 'Beta', scores: even(base), confidence: 'low' });
        const prefs = prefsWith(equalCriteriaWeights(), { firmness });
        const conf = confidence(rank([ahead, behind], prefs).ranked, prefs.weights, firmness, seed);
        expect(conf.firstShare.get('a')!).toBeLessThanOrEqual(0.8);
        expect(conf.firstShare.get('a')!).toBeGreaterThan(0.5);
      }),
      { numRuns: 40 },
    );
  });

  it('is surer of the same half point when the scores are rated with high confidence', () => {
    const share = (level: 'high' | 'low') => {
      const frameworks = [madeUp({ id: 'a', name: 'Alpha', scores: even(7.5), confidence: level }), madeUp({ id: 'b', name: 'Beta', scores: even(7), confidence: level })];
      return recommend(frameworks, prefsWith(equalCriteriaWeights())).leaderShare;
    };
    expect(share('high')).toBeGreaterThan(0.95);
    expect(share('low')).toBeLessThan(0.8);
  });

  it('splits draws between identical frameworks instead of giving them to the first listed', () => {
    const twins = [madeUp({ id: 'a', name: 'Alpha', scores: even(8) }), madeUp({ id: 'b', name: 'Beta', scores: even(8) })];
    const rec = recommend(twins, prefsWith(equalCriteriaWeights()));
    expect(rec.confidence.firstShare.get('a')).toBeGreaterThan(0.4);
    expect(rec.confidence.firstShare.get('b')).toBeGreaterThan(0.4);
    expect(rec.tie).toBe(true);
  });

  it('reports the leader at the team\'s own weights, and says so plainly when another wins more draws', () => {
    // Alpha is first at the stated weights by a hair on a certain criterion; Beta's uncertain scores make it win more draws.
    const alpha = madeUp({ id: 'a', name: 'Alpha', scores: { performance: 9, scalability: 7, ease: 7, security: 7, community: 7 } });
    const frameworks = [alpha, madeUp({ id: 'b', name: 'Beta', scores: { performance: 7, scalability: 9, ease: 7, security: 7, community: 6.9 }, confidence: 'low' })];
    const rec = recommend(frameworks, prefsWith(normalise({ performance: 1, scalability: 1, ease: 1, security: 1, community: 1 }), { firmness: 'rough' }));
    expect(rec.ranked[0]!.framework.id).toBe('a');
    expect(rec.leaderShare).toBe(rec.confidence.firstShare.get('a') ?? 0);
    expect(rec.tie).toBe(true);
  });
});

describe('confidence on the real data', () => {
  const json = (text: string) => advisor().answer(text).data;

  it('is not certain for an enterprise team when scores are only medium or low confidence', () => {
    const data = json('recommend project=enterprise');
    expect(data.confidence!.share).toBeLessThan(0.99);
  });

  it('gives a framework whose real-time fit is 10 some share of first places for real-time chat at millions of users', () => {
    const data = json('recommend project=realtime scale=millions');
    const shares = data.confidence!.shares;
    expect(Object.keys(shares).length).toBeGreaterThan(1);
  });

  it('keeps the header, the table, the JSON and "how sure" on the same leader (recommend team=junior)', () => {
    const reply = advisor().answer('recommend team=junior');
    const first = reply.data.ranking![0]!.id;
    const name = reply.data.ranking && advisor().kb.require(first).name;
    expect(reply.data.confidence!.leader).toBe(first);
    expect(reply.card.title).toMatch(new RegExp(`^(Recommended|Too close to call): ${name}`));
    const sure = reply.card.blocks.find((b) => b.type === 'text' && b.heading === 'How sure');
    const text = sure && sure.type === 'text' ? sure.text : '';
    expect(text.startsWith(`${name} `)).toBe(true);
    const shares = Object.entries(reply.data.confidence!.shares);
    const most = shares.sort((a, b) => b[1] - a[1])[0]!;
    if (most[0] !== first) {
      expect(reply.data.tie).toBe(true);
      expect(text).toContain(`but ${advisor().kb.require(most[0]).name} comes first in more of 2,000 plausible variations`);
      expect(text).toContain('That is too close to call');
    }
  });
});
