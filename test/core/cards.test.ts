import { describe, expect, it } from 'vitest';
import { BEST_MARK, type Block, type Card } from '../../src/core/cards/card.js';
import { parseAction } from '../../src/core/actions.js';
import { advisor } from '../support/knowledge.js';

const blocksOf = <T extends Block['type']>(card: Card, type: T) => card.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
const allText = (card: Card) => JSON.stringify(card);

describe('compare card', () => {
  const reply = advisor().answer('compare django fastapi');

  it('puts the five scores side by side and marks the best of each row', () => {
    const [scores] = blocksOf(reply.card, 'table');
    expect(scores!.columns).toEqual(['Django', 'FastAPI']);
    const row = (label: string) => scores!.rows.find((r) => r.label === label)!;
    // Derived from evidence: Round 23 puts FastAPI ahead on performance; the security rubric puts Django ahead.
    expect(row('Performance')).toEqual({ label: 'Performance', cells: ['4.8', '7.1'], best: [1] });
    expect(row('Security')).toEqual({ label: 'Security', cells: ['9.6', '4.3'], best: [0] });
    expect(row('Overall').best).toEqual([0]);
  });

  it('shows language, kind, built-ins, best fit, strengths, watchouts and dated sources', () => {
    expect(reply.card.subtitle).toMatch(/Django: Python, full-stack · FastAPI: Python/);
    const builtins = blocksOf(reply.card, 'table')[1]!;
    expect(builtins.rows.find((r) => r.label === 'Admin UI')!.cells[0]).toBe('yes');
    expect(blocksOf(reply.card, 'fields').map((f) => f.heading)).toEqual(['Best fit', 'Strengths', 'Watch out for']);
    const notes = blocksOf(reply.card, 'notes')[0]!.items.join('\n');
    expect(notes).toMatch(/TechEmpower Framework Benchmarks, Round 23”, 2025-02-24, https:\/\/www\.techempower\.com/);
    expect(notes).not.toMatch(/\d{3}_[0-9a-f]{16}|seed/);
  });

  it('carries a plain-text fallback with the overall scores', () => {
    expect(reply.card.fallback).toMatch(/^Django vs FastAPI\nOverall: Django \d\.\d\d, FastAPI \d\.\d\d/);
  });

  it('fits four frameworks', () => {
    const four = advisor().answer('compare express nestjs fastify koa');
    expect(blocksOf(four.card, 'table')[0]!.columns).toHaveLength(4);
  });
});

describe('recommendation card', () => {
  const reply = advisor().answer('recommend language=typescript project=api priorities=performance scale=millions team=senior builtins=none');
  const text = allText(reply.card);

  it('shows the top three with their contributions and totals', () => {
    const [table] = blocksOf(reply.card, 'table');
    expect(table!.columns).toHaveLength(3);
    expect(table!.rows.at(-1)!.label).toBe('Total /10');
    expect(table!.rows.some((r) => r.label.startsWith('Project fit'))).toBe(true);
  });

  it('says why #1, why not #2, what would flip it and how sure it is', () => {
    const headings = blocksOf(reply.card, 'text').map((b) => b.heading);
    const [first, second] = (reply.data.ranking ?? []).map((r) => r.id);
    expect(headings).toEqual(expect.arrayContaining([expect.stringMatching(/^Why /), expect.stringMatching(/^Why not /), 'What would change it', 'How sure']));
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(text).toMatch(/if [a-z &]+ mattered \d+(\.\d)?% instead of \d+(\.\d)?%, .+ would lead|already level with|No change of a single priority puts another framework first/);
    expect(text).toMatch(/[A-Za-z.]+ comes first in \d+(\.\d)?% of 2,000 plausible variations \(weights around yours, each score within its confidence\)|comes first in more of 2,000 plausible variations/);
  });

  it('lists the excluded frameworks with reasons, and the answers it used', () => {
    const excluded = blocksOf(reply.card, 'list').find((b) => b.heading?.startsWith('Excluded'))!;
    expect(excluded.items.at(-1)).toMatch(/^\d+ not written in TypeScript: .*Django/);
    expect(reply.card.subtitle).toBe('JSON/REST API · TypeScript · priorities: performance · no must-haves · millions of users · team: senior');
  });

  it('offers to compare the top three with a stateless action', () => {
    const compare = reply.card.actions.find((a) => a.type === 'button' && a.label === 'Compare top 3')!;
    const top3 = (reply.data.ranking ?? []).slice(0, 3).map((r) => r.id);
    expect(parseAction(compare.id)).toEqual({ kind: 'compare', frameworks: top3 });
  });

  it('explains when nothing is left', () => {
    const none = advisor().answer('recommend language=go builtins=admin');
    expect(none.card.title).toBe('No framework meets every must-have');
    expect(allText(none.card)).toMatch(/Gin: no admin UI out of the box/);
  });
});

describe('profile and ranking cards', () => {
  it('profiles a framework with dated, sourced scores and its reasoning where the rating is ours', () => {
    const card = advisor().answer('info litestar').card;
    expect(card.title).toBe('Litestar');
    const scores = blocksOf(card, 'list').find((b) => b.heading === 'Scores (0-10)')!;
    // Litestar has no TechEmpower figure (its Round 23 entry predates the rename): the card says so.
    expect(scores.items[0]).toMatch(/^Performance \d+(\.\d+)?: no benchmark, our own estimate, as of 2026-11-29, low confidence\. .{15,}/);
    expect(scores.items[3]).toMatch(/^Security \d+(\.\d+)?: our own rating from 7 rubric items, as of 2026-11-29, (high|medium|low) confidence\. Rubric: CSRF protection \d\/4/);
  });

  it('names the benchmark run with every figure', () => {
    const text = allText(advisor().answer('info gin').card);
    expect(text).toMatch(/TechEmpower Round 23 \(run 91a66052\), fortunes: 110,596 requests\/s, variant gin \(MySQL, ORM Raw\)/);
  });

  it('ranks by a criterion and marks the language filter', () => {
    const reply = advisor().answer('top performance language=python');
    expect(reply.card.title).toBe('Top frameworks by performance');
    expect(reply.card.subtitle).toBe('Only Python');
    const items = blocksOf(reply.card, 'list')[0]!.items;
    expect(items.every((i) => /\(Python\)$/.test(i))).toBe(true);
  });

  it('lists every framework, grouped by language', () => {
    const reply = advisor().answer('list');
    const names = blocksOf(reply.card, 'fields')[0]!.fields.flatMap((f) => f.value.split(', '));
    expect(names).toHaveLength(reply.data.frameworks!.length);
  });

  it('answers help with every command of the spec', () => {
    const card = advisor().answer('help').card;
    expect(blocksOf(card, 'fields')[0]!.fields.map((f) => f.label.split(' ')[0])).toEqual(['compare', 'recommend', 'info', 'top', 'list', 'history', 'decide', 'decision', 'radar', 'alerts', 'vote', 'weights', 'help']);
  });

});
