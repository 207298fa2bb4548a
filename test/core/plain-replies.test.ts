/** What a plain question's reply carries: the reading on the card, `understood` and `answers` for --json, top's count, help's examples. */
import { describe, expect, it } from 'vitest';
import { helpCard, PLAIN_QUESTION_EXAMPLES } from '../../src/core/cards/help-card.js';
import type { Card } from '../../src/core/cards/card.js';
import { advisor, knowledge } from '../support/knowledge.js';

const textOf = (card: Card) => card.blocks.flatMap((b) => ('text' in b ? [b.text] : b.type === 'list' ? b.items : [])).join('\n');

describe('replies to plain questions', () => {
  it('open with the reading, and carry understood for --json', () => {
    const reply = advisor().answer('should we use go or rust for our API');
    expect(reply.card.blocks[0]).toEqual({ type: 'text', text: 'I read this as: recommend · project: API · languages: Go, Rust' });
    expect(reply.data.understood).toEqual({ command: 'recommend', frameworks: [], answers: { project: 'api', language: ['go', 'rust'] }, unused: [] });
    expect(reply.data.answers).toEqual({ project: 'api', language: ['go', 'rust'] });
    expect(reply.data.ranking!.every((r) => ['go', 'rust'].some((l) => knowledge().require(r.id).languages.includes(l as never)))).toBe(true);
  });

  it('a recommend command carries the answers it used too, and no understood', () => {
    const reply = advisor().answer('recommend language=python priorities=performance');
    expect(reply.data.answers).toEqual({ language: ['python'], priorities: ['performance'] });
    expect(reply.data.understood).toBeUndefined();
  });

  it('weights a comparison for the project it names', () => {
    const plain = advisor().answer('compare rails django');
    const forShop = advisor().answer('rails or django for a marketplace');
    expect(forShop.data.understood).toMatchObject({ command: 'compare', frameworks: ['rails', 'django'], answers: { project: 'ecommerce' } });
    expect(forShop.data.ranking!.map((r) => r.score)).not.toEqual(plain.data.ranking!.map((r) => r.score));
  });

  it('top says how many were left out, and top 5 shows five', () => {
    const total = knowledge().frameworks.length;
    const reply = advisor().answer('top 5');
    const list = reply.card.blocks.find((b) => b.type === 'list') as { items: string[] };
    expect(list.items).toHaveLength(6);
    expect(list.items.at(-1)).toBe(`… and ${total - 5} more; \`list\` shows all`);
    expect(reply.data.ranking).toHaveLength(5);
  });

  it('top realtime ranks by fit for real-time apps', () => {
    const reply = advisor().answer('top realtime');
    expect(reply.card.title).toBe('Top frameworks by fit for real-time app');
  });

  it('help mentions plain questions with two examples', () => {
    const text = textOf(helpCard());
    expect(PLAIN_QUESTION_EXAMPLES).toHaveLength(2);
    for (const q of PLAIN_QUESTION_EXAMPLES) expect(text).toContain(q);
    // And both are read as questions, not rejected.
    for (const q of PLAIN_QUESTION_EXAMPLES) expect(advisor().answer(q).understood).toBe(true);
  });
});
