/**
 * End to end through the command a maintainer runs: a fake endoflife.date
 * announces Symfony 8.2, and `data:refresh --only symfony` writes the new
 * current version and support lines into a copy of data/, prints the diff,
 * leaves the result loadable, and changes nothing on a second run.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/core/knowledge/load.js';
import { preferencesFrom } from '../../src/core/scoring/preferences.js';
import { recommend } from '../../src/core/scoring/recommendation.js';
import { refreshConfigFrom } from '../../src/refresh/config.js';
import { assertLoopbackOnly, FakeApi, fixture, loopbackEnvironment } from './fake-sources.js';
import { frameworkJson, frameworkText, scratchData } from './scratch-data.js';

const TODAY = '2026-12-05';
let endoflife: FakeApi;
let github: FakeApi;
let packagist: FakeApi;
let env: NodeJS.ProcessEnv;

function dataRefresh(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['src/refresh/main.ts', ...args], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const snapshot = (dir: string) => Object.fromEntries(['sources.json', ...readdirSync(join(dir, 'frameworks')).map((f) => `frameworks/${f}`)].map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

beforeAll(async () => {
  endoflife = await FakeApi.start({ '/api/v1/products/symfony': { json: fixture('endoflife-symfony.json') } });
  github = await FakeApi.start({ '/repos/symfony/symfony': { json: fixture('github-repository-symfony.json') } });
  packagist = await FakeApi.start({ '/packages/symfony/http-kernel.json': { json: fixture('packagist-package-http-kernel.json') } });
  env = loopbackEnvironment(
    { ENDOFLIFE_API_URL: `${endoflife.url}/api/v1`, GITHUB_API_URL: github.url, PACKAGIST_URL: packagist.url },
    { GITHUB_TOKEN: 'ghp_secret_for_the_test' },
  );
  assertLoopbackOnly(refreshConfigFrom(env).baseUrls);
});
afterAll(async () => {
  await Promise.all([endoflife.close(), github.close(), packagist.close()]);
});

describe('npm run data:refresh -- --only symfony', () => {
  it('writes the new line and current version, prints the diff, and the result loads and recommends', async () => {
    const data = scratchData();
    const before = frameworkJson(data, 'symfony');
    const { code, out, err } = await dataRefresh('--only', 'symfony', '--data', data, '--today', TODAY);
    expect(err).toBe('');
    expect(code).toBe(0);

    // The summary shows old -> new per fact.
    expect(out).toContain('releases.current: 8.1.4 (2026-08-07) -> 8.2.0 (2026-11-27)');
    expect(out).toContain('+ 8.2, released 2026-11-27, end of life 2027-07-31');
    expect(out).toContain('downloads packagist symfony/http-kernel: (none) -> 3,500,000/week');
    expect(out).toContain('stars symfony/symfony: (none) -> 30,912');
    expect(out).toMatch(/symfony Community & ecosystem: [\d.]+ -> [\d.]+ \(\+[\d.]+\)/);
    expect(out).not.toContain('ghp_secret_for_the_test');
    expect(out).toContain('Written: data/frameworks/symfony.json, data/sources.json');

    const after = frameworkJson(data, 'symfony');
    expect(after.releases.current).toEqual({ version: '8.2.0', released: '2026-11-27' });
    // 7.3 ended in the last year and stays (a team may still be on it); 6.3, ended in 2024, is not added.
    expect(after.releases.lines.map((l: { line: string }) => l.line)).toEqual(['8.2', '8.1', '8.0', '7.4', '7.3', '6.4', '5.4']);
    expect(after.releases.lines[3]).toEqual({ line: '7.4', released: '2025-11-27', endOfLife: '2029-11-30', bugfixUntil: '2028-11-30', lts: true });
    expect(after.releases).toMatchObject({ source: 'endoflife-api', asOf: TODAY, readAt: `${endoflife.url}/api/v1/products/symfony` });
    // Our judgements and the frozen benchmark figures are untouched.
    for (const field of ['rubrics', 'benchmarks', 'projectFit', 'builtins', 'publishedRatings', 'registry']) expect(after[field]).toEqual(before[field]);
    expect(after.adoption.filter((a: { measure: string }) => a.measure === 'stackoverflow-survey')).toEqual(before.adoption.filter((a: { measure: string }) => a.measure === 'stackoverflow-survey'));

    // The result loads through the core's loader and the recommender still answers.
    const kb = loadKnowledgeBase(data);
    expect(kb.get('symfony')?.releases.current.version).toBe('8.2.0');
    expect(kb.source('endoflife-api')?.url).toBe('https://endoflife.date/docs/api/v1/');
    expect(recommend(kb.frameworks, preferencesFrom({ languages: ['php'] })).ranked.length).toBeGreaterThan(0);

    // A second run with the same answers changes nothing.
    const written = snapshot(data);
    const again = await dataRefresh('--only', 'symfony', '--data', data, '--today', TODAY);
    expect(again.code).toBe(0);
    expect(again.out).toContain('No file changed.');
    expect(again.out).toContain('No changes.');
    expect(snapshot(data)).toEqual(written);
  });

  it('--dry-run prints the same diff and writes nothing', async () => {
    const data = scratchData();
    const untouched = snapshot(data);
    const { code, out } = await dataRefresh('--only', 'symfony', '--sources', 'endoflife', '--dry-run', '--data', data, '--today', TODAY);
    expect(code).toBe(0);
    expect(out).toContain('(dry run: nothing written)');
    expect(out).toContain('releases.current: 8.1.4 (2026-08-07) -> 8.2.0 (2026-11-27)');
    expect(out).toContain('Would write: data/frameworks/symfony.json, data/sources.json');
    expect(snapshot(data)).toEqual(untouched);
    expect(frameworkText(data, 'symfony')).toBe(untouched['frameworks/symfony.json']);
  });

  it('--help documents the sources, options and environment variables', async () => {
    const { code, out } = await dataRefresh('--help');
    expect(code).toBe(0);
    for (const word of ['--dry-run', '--only', '--sources', 'endoflife', 'crates', 'maven', 'ENDOFLIFE_API_URL', 'GITHUB_TOKEN', 'NPM_DOWNLOADS_URL', 'DEPS_DEV_URL']) expect(out).toContain(word);
  });

  it('an unknown framework or source is a usage error, not a crash', async () => {
    const data = scratchData();
    const framework = await dataRefresh('--only', 'symfonyy', '--data', data);
    expect(framework.code).toBe(2);
    expect(framework.err).toContain('no framework with id symfonyy');
    const source = await dataRefresh('--sources', 'maven-central', '--data', data);
    expect(source.code).toBe(2);
    expect(source.err).toContain('unknown source maven-central');
  });
});
