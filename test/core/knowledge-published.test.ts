/**
 * Index.dev's "What's the Best Backend Framework in 2026?" rates 12 frameworks
 * on five criteria and prints an overall. We keep its numbers as a published
 * rating, never as our score, and `top source=seed-002` reproduces its table.
 */
import { describe, expect, it } from 'vitest';
import { advisor, knowledge } from '../support/knowledge.js';

/** The article's table: its printed overall per framework. */
const PRINTED_OVERALL: Record<string, number> = {
  django: 9.35, 'aspnet-core': 9.3, 'spring-boot': 9, express: 8.75, rails: 8.5, nestjs: 8.1,
  laravel: 8.0, fastapi: 7.8, gin: 7.8, flask: 7.7, koa: 7.7, phoenix: 7.6,
};

describe('top source=seed-002', () => {
  const reply = advisor().answer('top source=seed-002');

  it('ranks the twelve frameworks it rates by the mean of its five numbers', () => {
    const ids = reply.data.ranking!.map((r) => r.id);
    expect(ids.sort()).toEqual(Object.keys(PRINTED_OVERALL).sort());
    expect(reply.data.ranking!.slice(0, 4).map((r) => r.id)).toEqual(['django', 'aspnet-core', 'spring-boot', 'express']);
    expect(reply.data.ranking!.at(-1)).toEqual({ id: 'koa', score: 7.5 });
  });

  it('agrees with its printed overall for ten of them, and documents the two where its arithmetic differs', () => {
    const mean = new Map(reply.data.ranking!.map((r) => [r.id, r.score]));
    const differing = Object.keys(PRINTED_OVERALL).filter((id) => Math.abs(mean.get(id)! - PRINTED_OVERALL[id]!) >= 0.005);
    expect(differing.sort()).toEqual(['koa', 'spring-boot']);
    expect(mean.get('koa')).toBe(7.5); // printed 7.7
    expect(mean.get('spring-boot')).toBe(9.2); // printed 9
    const items = JSON.stringify(reply.card);
    expect(items).toMatch(/Koa 7\.50 \(JavaScript\/TypeScript\); it printed 7\.7 as the overall/);
    expect(items).toMatch(/Spring Boot 9\.20 \(Java\/Kotlin\); it printed 9 as the overall/);
  });

  it('names the publisher and title, never the seed file, and says the numbers are opinions', () => {
    const text = JSON.stringify(reply.card);
    expect(reply.card.title).toBe("Index.dev's ranking");
    expect(text).toMatch(/What's the Best Backend Framework in 2026\?/);
    expect(text).toMatch(/opinions, not evidence/);
    expect(text).not.toMatch(/002_|seed/i);
  });

  it('gives --json the same ranking shape as top, and honours a language filter', () => {
    const python = advisor().answer('top source=index.dev language=python');
    expect(python.data).toEqual({ kind: 'top', ranking: [{ id: 'django', score: 9.35 }, { id: 'fastapi', score: 7.8 }, { id: 'flask', score: 7.7 }] });
  });

  it('refuses an unknown source with a friendly hint', () => {
    const r = advisor().answer('top source=gartner');
    expect(r.understood).toBe(false);
    expect(r.card.blocks.map((b) => JSON.stringify(b)).join()).toMatch(/source=seed-002/);
  });

  it('keeps the article as a published rating, never as our score', () => {
    for (const id of Object.keys(PRINTED_OVERALL)) {
      const f = knowledge().require(id);
      expect(f.publishedRatings.map((r) => r.source), id).toEqual(['seed-002']);
      for (const s of Object.values(f.scores)) expect(s.source, id).not.toBe('seed-002');
    }
  });
});
