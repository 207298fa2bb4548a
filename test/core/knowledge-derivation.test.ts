/**
 * Every criterion score is derived from the evidence beside it, by the method
 * the README publishes. This test recomputes each one independently (its own
 * copy of the reference points and weights, as written in the README) and
 * fails on any difference, and shows a file cannot carry a typed score.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/core/knowledge/load.js';
import { DATA_DIR } from '../../src/paths.js';
import { knowledge } from '../support/knowledge.js';

type Json = Record<string, any>;
const files: Json[] = readdirSync(join(DATA_DIR, 'frameworks')).map((f) => JSON.parse(readFileSync(join(DATA_DIR, 'frameworks', f), 'utf8')));
const round1 = (x: number) => Math.round(x * 10) / 10;

// The README's "How scores are made", restated.
const TOP: Record<number, Record<string, number>> = {
  23: { json: 3_200_000, 'single-query': 1_400_000, fortunes: 1_400_000, 'multiple-queries': 90_000, updates: 64_000 },
  22: { json: 1_300_000, 'single-query': 630_000, fortunes: 590_000 },
};
const TEST_WEIGHT: Record<string, number> = { fortunes: 0.4, 'single-query': 0.2, 'multiple-queries': 0.15, updates: 0.15, json: 0.1 };
const RUBRIC_WEIGHT: Record<string, Record<string, number>> = {
  scalability: { concurrencyModel: 0.4, statelessScaling: 0.3, largeDeployments: 0.3 },
  performance: { runtime: 0.4, ioModel: 0.3, frameworkOverhead: 0.3 },
  community: { ecosystem: 0.4, maintainers: 0.3, helpAvailable: 0.3 },
};
const SIGNAL: Record<string, { top: number; floor: number; weight: number }> = {
  'stackoverflow-survey': { top: 25, floor: 0.25, weight: 0.6 },
  'github-stars': { top: 100_000, floor: 1_000, weight: 0.2 },
  'weekly-downloads': { top: 100_000_000, floor: 10_000, weight: 0.2 },
};

function rubric(items: Json, weights: Record<string, number> = {}): number {
  const entries = Object.entries(items);
  const w = (k: string) => weights[k] ?? 1;
  return round1((10 * entries.reduce((s, [k, i]) => s + w(k) * i.value, 0)) / (4 * entries.reduce((s, [k]) => s + w(k), 0)));
}

function performance(file: Json): number {
  const scorable = (file.benchmarks as Json[]).filter((b) => TOP[b.round]?.[b.test] !== undefined);
  if (scorable.length === 0) return rubric(file.rubrics.performance, RUBRIC_WEIGHT.performance);
  const round = Math.max(...scorable.map((b) => b.round));
  const used = scorable.filter((b) => b.round === round);
  const weight = used.reduce((s, b) => s + TEST_WEIGHT[b.test]!, 0);
  const mean = used.reduce((s, b) => s + TEST_WEIGHT[b.test]! * ((10 * (3 + Math.log10(b.requestsPerSecond / TOP[round]![b.test]!))) / 3), 0) / weight;
  return round1(Math.min(10, Math.max(0, mean)));
}

function community(file: Json): number {
  const pick = (measure: string) =>
    (file.adoption as Json[])
      .filter((a) => a.measure === measure && (measure !== 'stackoverflow-survey' || a.slice === '2025, all respondents'))
      .sort((a, b) => (measure === 'weekly-downloads' ? b.value - a.value : String(b.asOf).localeCompare(String(a.asOf))))[0];
  const signals = Object.keys(SIGNAL).map((m) => [m, pick(m)] as const).filter(([, a]) => a !== undefined);
  if (signals.length === 0) return rubric(file.rubrics.community, RUBRIC_WEIGHT.community);
  const score = (m: string, v: number) => Math.min(10, Math.max(0, (10 * Math.log10(v / SIGNAL[m]!.floor)) / Math.log10(SIGNAL[m]!.top / SIGNAL[m]!.floor)));
  const weight = signals.reduce((s, [m]) => s + SIGNAL[m]!.weight, 0);
  return round1(signals.reduce((s, [m, a]) => s + SIGNAL[m]!.weight * score(m, a!.value), 0) / weight);
}

describe('derived scores', () => {
  it.each(files.map((f) => [f.id, f] as const))('%s: every criterion score follows from its evidence', (id, file) => {
    const scores = knowledge().require(id).scores;
    expect({
      performance: scores.performance.value,
      scalability: scores.scalability.value,
      ease: scores.ease.value,
      security: scores.security.value,
      community: scores.community.value,
    }).toEqual({
      performance: performance(file),
      scalability: rubric(file.rubrics.scalability, RUBRIC_WEIGHT.scalability),
      ease: rubric(file.rubrics.ease),
      security: rubric(file.rubrics.security),
      community: community(file),
    });
  });

  it('finds no score typed into any file', () => {
    for (const file of files) expect(Object.keys(file), file.id).not.toContain('scores');
  });

  it('refuses a file that types a score by hand', () => {
    const dir = mkdtempSync(join(tmpdir(), 'advisor-kb-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    const path = join(dir, 'frameworks', 'flask.json');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    json.scores = { performance: { value: 9, source: 'advisor', asOf: '2026-11-29', confidence: 'high', note: 'typed by hand, which is not allowed' } };
    writeFileSync(path, JSON.stringify(json));
    expect(() => loadKnowledgeBase(dir)).toThrowError(/flask\.json[\s\S]*scores/);
  });

  it('moves a score when its evidence moves: ten times the fortunes rate is a full third of the scale higher on that test', () => {
    const dir = mkdtempSync(join(tmpdir(), 'advisor-kb-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    const path = join(dir, 'frameworks', 'django.json');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    for (const b of json.benchmarks) if (b.test === 'fortunes') b.requestsPerSecond *= 10;
    writeFileSync(path, JSON.stringify(json));
    const before = knowledge().require('django').scores.performance.value;
    const after = loadKnowledgeBase(dir).require('django').scores.performance.value;
    // Fortunes weighs 0.4 of 1.0 and a tenfold rate is 10/3 points on its own scale: 0.4 x 3.33 = 1.33.
    expect(after - before).toBeCloseTo(1.3, 1);
  });

  it('says "no benchmark" and gives low confidence where no round has a figure', () => {
    for (const f of knowledge().frameworks) {
      const s = f.scores.performance;
      if (f.benchmarks.length === 0) {
        expect(s.noBenchmark, f.id).toBe(true);
        expect(s.confidence, f.id).toBe('low');
        expect(s.note, f.id).toMatch(/^No benchmark/);
      } else expect(s.noBenchmark, f.id).toBe(false);
    }
  });

  it('trusts an earlier round less: Actix Web has only Round 22 figures (it failed to start in Round 23)', () => {
    const actix = knowledge().require('actix-web').scores.performance;
    expect(actix.derivation).toMatchObject({ method: 'benchmark', round: 22 });
    expect(actix.confidence).not.toBe('high');
    expect(actix.note).toMatch(/Round 22.*earlier round/);
  });
});
