/**
 * Frameworks endoflife.date does not cover get their current version from
 * their registry (PyPI for FastAPI) or, with no registry version, from
 * GitHub's latest release (Gin); a new line opens when the version starts one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/core/knowledge/load.js';
import { refreshConfigFrom } from '../../src/refresh/config.js';
import { refresh } from '../../src/refresh/refresh.js';
import { formatSummary } from '../../src/refresh/summary.js';
import { assertLoopbackOnly, FakeApi, fixture, loopbackEnvironment } from './fake-sources.js';
import { frameworkJson, scratchData } from './scratch-data.js';

let pypi: FakeApi;
let github: FakeApi;
beforeAll(async () => {
  pypi = await FakeApi.start({
    '/pypi/fastapi/json': { json: fixture('pypi-project-fastapi.json') },
    '/api/packages/fastapi/recent': { json: fixture('pypistats-recent-fastapi.json') },
  });
  github = await FakeApi.start({ '/repos/gin-gonic/gin/releases/latest': { json: fixture('github-release-latest-gin.json') } });
});
afterAll(async () => {
  await Promise.all([pypi.close(), github.close()]);
});

describe('current versions from registries and GitHub releases', () => {
  it('FastAPI 0.142.0 from PyPI opens line 0.142; Gin v1.12.1 from GitHub stays on line 1', async () => {
    const data = scratchData();
    const config = refreshConfigFrom(loopbackEnvironment({ PYPI_URL: pypi.url, PYPISTATS_URL: pypi.url, GITHUB_API_URL: github.url }));
    assertLoopbackOnly(config.baseUrls);
    const report = await refresh({ dataDir: data, only: ['fastapi', 'gin'], sources: ['pypi', 'github'], dryRun: false, today: '2026-12-05' }, config);
    const summary = formatSummary(report);

    const fastapi = frameworkJson(data, 'fastapi');
    expect(fastapi.releases.current).toEqual({ version: '0.142.0', released: '2026-11-30' });
    expect(fastapi.releases.lines[0]).toEqual({ line: '0.142', released: '2026-11-30', lts: false });
    expect(fastapi.releases).toMatchObject({ source: 'pypi-json', asOf: '2026-12-05' });
    expect(fastapi.adoption).toContainEqual(expect.objectContaining({ measure: 'weekly-downloads', registry: 'pypi', package: 'fastapi', value: 9876543, source: 'pypistats' }));
    expect(summary).toContain('downloads pypi fastapi: (none) -> 9,876,543/week');

    const gin = frameworkJson(data, 'gin');
    expect(gin.releases.current).toEqual({ version: '1.12.1', released: '2026-11-20' });
    expect(gin.releases.lines.map((l: { line: string }) => l.line)).toEqual(['1']);
    expect(gin.releases.source).toBe('github-api');

    // fastapi's and gin's star requests were not answered: listed, and the rest still written.
    expect(summary).toContain('- fastapi, github fastapi/fastapi (stars): not found there (HTTP 404)');
    expect(report.exitCode).toBe(0);
    expect(loadKnowledgeBase(data).get('fastapi')?.releases.current.version).toBe('0.142.0');
  });
});
