/**
 * Faults from a source (429 with Retry-After, 500, no answer, a body that is
 * not the documented shape, an unknown product) each give one clear line in
 * the summary, the sources that did answer are still written, and no file is
 * left corrupted. When nothing answers, nothing is written and the exit status says so.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/core/knowledge/load.js';
import { refreshConfigFrom } from '../../src/refresh/config.js';
import { refresh } from '../../src/refresh/refresh.js';
import { formatSummary } from '../../src/refresh/summary.js';
import { assertLoopbackOnly, FakeApi, fixture, loopbackEnvironment, type Route } from './fake-sources.js';
import { frameworkJson, scratchData } from './scratch-data.js';

const TODAY = '2026-12-05';
const PRODUCT = '/api/v1/products/symfony';
let endoflife: FakeApi;
let github: FakeApi;
let data: string;

beforeEach(async () => {
  endoflife = await FakeApi.start({});
  github = await FakeApi.start({ '/repos/symfony/symfony': { json: fixture('github-repository-symfony.json') } });
  data = scratchData();
});
afterEach(async () => {
  await Promise.all([endoflife.close(), github.close()]);
});

async function refreshSymfony(route: Route | undefined, extra: Record<string, string> = {}) {
  if (route) endoflife.route(PRODUCT, route);
  const config = refreshConfigFrom(loopbackEnvironment({ ENDOFLIFE_API_URL: `${endoflife.url}/api/v1`, GITHUB_API_URL: github.url }, extra));
  assertLoopbackOnly(config.baseUrls);
  const report = await refresh({ dataDir: data, only: ['symfony'], sources: ['endoflife', 'github'], dryRun: false, today: TODAY }, config);
  return { report, summary: formatSummary(report) };
}

/** Every file still parses and the whole knowledge base still loads. */
function expectIntact(): void {
  for (const f of readdirSync(join(data, 'frameworks'))) expect(() => JSON.parse(readFileSync(join(data, 'frameworks', f), 'utf8'))).not.toThrow();
  expect(() => loadKnowledgeBase(data)).not.toThrow();
}

describe('a failing source gives a clear line and leaves the files whole', () => {
  it('429 with Retry-After on every attempt: rate limited, and the stars from GitHub are still written', async () => {
    const releases = frameworkJson(data, 'symfony').releases;
    const { report, summary } = await refreshSymfony({ status: 429, headers: { 'retry-after': '1' }, json: { message: 'Too Many Requests' } });
    expect(summary).toContain('- symfony, endoflife symfony: rate limited (HTTP 429, Retry-After 1 s), 2 attempts');
    expect(report.exitCode).toBe(0);
    expect(endoflife.requests).toHaveLength(2);
    const after = frameworkJson(data, 'symfony');
    expect(after.releases).toEqual(releases);
    expect(after.adoption.find((a: { measure: string }) => a.measure === 'github-stars')).toMatchObject({ value: 30912, asOf: TODAY });
    expectIntact();
  });

  it('a 429 is waited out as Retry-After asks, then the answer is used', async () => {
    const { report, summary } = await refreshSymfony((count) => (count === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { json: fixture('endoflife-symfony.json') }));
    expect(report.failures).toEqual([]);
    expect(endoflife.requests).toHaveLength(2);
    expect(summary).toContain('releases.current: 8.1.4 (2026-08-07) -> 8.2.0 (2026-11-27)');
    expectIntact();
  });

  it('a Retry-After longer than we wait is reported at once, without retrying', async () => {
    const { summary } = await refreshSymfony({ status: 429, headers: { 'retry-after': '3600' } }, { REFRESH_MAX_RETRY_AFTER_S: '60' });
    expect(summary).toContain('symfony, endoflife symfony: rate limited (HTTP 429, Retry-After 3600 s, longer than the 60 s we wait)');
    expect(endoflife.requests).toHaveLength(1);
  });

  it('500: server error after the bounded retries', async () => {
    const { summary } = await refreshSymfony({ status: 500, text: '<html>oops</html>' });
    expect(summary).toContain('- symfony, endoflife symfony: server error (HTTP 500), 2 attempts');
    expect(endoflife.requests).toHaveLength(2);
    expectIntact();
  });

  it('no answer: a timeout per request', async () => {
    const { summary } = await refreshSymfony('no answer', { REFRESH_TIMEOUT_MS: '300' });
    expect(summary).toContain('- symfony, endoflife symfony: no answer within 0.3 s, 2 attempts');
    expectIntact();
  });

  it('a body that is not the documented shape, or not JSON at all', async () => {
    const wrongShape = await refreshSymfony({ json: { schema_version: '1.2.0', result: { name: 'symfony', label: 'Symfony', releases: [{ name: '8.2', isLts: 'no' }] } } });
    expect(wrongShape.summary).toContain('- symfony, endoflife symfony: the answer does not have the documented shape (result.releases.0.isLts:');
    const notJson = await refreshSymfony({ text: '{"result": [' });
    expect(notJson.summary).toContain('- symfony, endoflife symfony: the answer is not JSON');
    expect(frameworkJson(data, 'symfony').releases.current.version).toBe('8.1.4');
    expectIntact();
  });

  it('an unknown product: not found, named with the product asked for', async () => {
    const path = join(data, 'frameworks', 'symfony.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.registry.endoflife = 'symfony-php';
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    const { summary } = await refreshSymfony(undefined);
    expect(summary).toContain('- symfony, endoflife symfony-php: not found there (HTTP 404)');
    expect(endoflife.requests.map((r) => r.path)).toEqual(['/api/v1/products/symfony-php']);
    expectIntact();
  });

  it('nothing answers: exit status 1 and every file byte for byte as it was', async () => {
    await github.close();
    github = await FakeApi.start({ '/repos/symfony/symfony': { status: 503 } });
    const before = readdirSync(join(data, 'frameworks')).map((f) => readFileSync(join(data, 'frameworks', f), 'utf8'));
    const sources = readFileSync(join(data, 'sources.json'), 'utf8');
    const { report, summary } = await refreshSymfony({ status: 500 });
    expect(report.exitCode).toBe(1);
    expect(summary).toContain('Requests answered: 0 of 2; 2 failed');
    expect(summary).toContain('No file changed.');
    expect(readdirSync(join(data, 'frameworks')).map((f) => readFileSync(join(data, 'frameworks', f), 'utf8'))).toEqual(before);
    expect(readFileSync(join(data, 'sources.json'), 'utf8')).toBe(sources);
  });
});
