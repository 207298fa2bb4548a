import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeBaseError, loadKnowledgeBase } from '../../src/core/knowledge/load.js';
import { CRITERIA, PROJECT_TYPES } from '../../src/core/vocabulary.js';
import { DATA_DIR } from '../../src/paths.js';
import { knowledge } from '../support/knowledge.js';

/** A scratch copy of data/ to break on purpose. */
function scratchData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'advisor-kb-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

function editFramework(dir: string, id: string, edit: (json: Record<string, any>) => void): void {
  const path = join(dir, 'frameworks', `${id}.json`);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json));
}

const SEED_FRAMEWORKS = ['express', 'django', 'flask', 'fastapi', 'spring-boot', 'laravel', 'nestjs', 'aspnet-core', 'fastify', 'phoenix', 'rails', 'gin', 'adonisjs', 'koa', 'cakephp'];

describe('knowledge base', () => {
  it('covers every framework named in the seeds and at least 24 in all', () => {
    const ids = knowledge().frameworks.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(SEED_FRAMEWORKS));
    expect(ids.length).toBeGreaterThanOrEqual(24);
  });

  it('gives every framework all five scores and a fit for every project type, each with source and date', () => {
    for (const f of knowledge().frameworks) {
      for (const c of CRITERIA) expect(f.scores[c].date, `${f.id}.${c}`).toMatch(/^\d{4}/);
      for (const p of PROJECT_TYPES) expect(f.projectFit[p].source, `${f.id}.${p}`).toBeTruthy();
    }
  });

  it('rejects a broken file, naming the file and the field at fault', () => {
    const dir = scratchData();
    editFramework(dir, 'flask', (json) => (json.rubrics.security.csrf.value = 'strong'));
    expect(() => loadKnowledgeBase(dir)).toThrowError(KnowledgeBaseError);
    expect(() => loadKnowledgeBase(dir)).toThrowError(/frameworks\/flask\.json[\s\S]*rubrics\.security\.csrf\.value/);
  });

  it('rejects a rating of our own that gives no reasoning', () => {
    const dir = scratchData();
    editFramework(dir, 'flask', (json) => (json.projectFit.api = { value: 8, asOf: '2026-11-21', confidence: 'low' }));
    expect(() => loadKnowledgeBase(dir)).toThrowError(/flask\.json[\s\S]*projectFit\.api\.note/);
  });

  it('rejects a fact that cites a source missing from the register', () => {
    const dir = scratchData();
    editFramework(dir, 'gin', (json) => (json.firstRelease.source = 'a-blog'));
    expect(() => loadKnowledgeBase(dir)).toThrowError(/gin\.json[\s\S]*firstRelease\.source: unknown source/);
  });

  it('rejects a file whose id does not match its name', () => {
    const dir = scratchData();
    editFramework(dir, 'koa', (json) => (json.id = 'koa-two'));
    expect(() => loadKnowledgeBase(dir)).toThrowError(/koa\.json[\s\S]*does not match the file name/);
  });

  it.each([
    ['dotnet', 'aspnet-core'],
    ['asp.net', 'aspnet-core'],
    ['ASP.NET Core', 'aspnet-core'],
    ['ror', 'rails'],
    ['ruby on rails', 'rails'],
    ['Ruby-on-Rails', 'rails'],
    ['nest', 'nestjs'],
    ['spring', 'spring-boot'],
    ['Spring Boot', 'spring-boot'],
    ['expressjs', 'express'],
    ['Express.js', 'express'],
    ['fast api', 'fastapi'],
    ['FASTAPI', 'fastapi'],
    ['koajs', 'koa'],
  ])('resolves "%s" to %s', (text, id) => {
    const r = knowledge().resolve(text);
    expect(r.found && r.framework.id).toBe(id);
  });

  it.each([
    ['djnago', 'django'],
    ['fastapy', 'fastapi'],
    ['laravell', 'laravel'],
    ['sprng', 'spring-boot'],
  ])('suggests, never guesses, for a misspelling: "%s" -> %s', (text, id) => {
    const r = knowledge().resolve(text);
    expect(r.found).toBe(false);
    expect(!r.found && r.suggestions.map((f) => f.id)).toContain(id);
  });

  it('has no suggestion for a word that looks like no framework', () => {
    const r = knowledge().resolve('zzzzqqq');
    expect(r.found).toBe(false);
    expect(!r.found && r.suggestions).toEqual([]);
  });
});

/**
 * Index.dev's 2026 ranking publishes an overall per framework. We keep its five
 * numbers as a published rating (not as our scores) and compute the overall as
 * their mean; these are its printed overalls, to show where the two disagree.
 */
const SEED_002_PUBLISHED_OVERALL: Record<string, number> = {
  phoenix: 7.6, koa: 7.7, flask: 7.7, fastapi: 7.8, gin: 7.8, laravel: 8.0,
  nestjs: 8.1, rails: 8.5, express: 8.75, 'spring-boot': 9, 'aspnet-core': 9.3, django: 9.35,
};

describe('seed 002 overall scores', () => {
  const mean = (id: string) => {
    const rating = knowledge().require(id).publishedRatings.find((r) => r.source === 'seed-002')!;
    return CRITERIA.reduce((sum, c) => sum + rating.scores[c], 0) / CRITERIA.length;
  };

  it('agrees with the mean of its own five numbers for ten frameworks', () => {
    const agreeing = Object.keys(SEED_002_PUBLISHED_OVERALL).filter((id) => Math.abs(mean(id) - SEED_002_PUBLISHED_OVERALL[id]!) < 0.005);
    expect(agreeing).toHaveLength(10);
  });

  it('differs for Koa (published 7.7, mean 7.5) and Spring Boot (published 9, mean 9.2)', () => {
    const differing = Object.keys(SEED_002_PUBLISHED_OVERALL).filter((id) => Math.abs(mean(id) - SEED_002_PUBLISHED_OVERALL[id]!) >= 0.005);
    expect(differing.sort()).toEqual(['koa', 'spring-boot']);
    expect(mean('koa')).toBeCloseTo(7.5, 5);
    expect(mean('spring-boot')).toBeCloseTo(9.2, 5);
  });

  it('keeps the five numbers of the twelve rated frameworks as a published rating, and derives our own scores from evidence', () => {
    for (const id of Object.keys(SEED_002_PUBLISHED_OVERALL)) {
      const f = knowledge().require(id);
      expect(f.publishedRatings.map((r) => r.source), id).toEqual(['seed-002']);
      for (const c of CRITERIA) expect(f.scores[c].source, `${id}.${c}`).not.toBe('seed-002');
    }
  });
});
