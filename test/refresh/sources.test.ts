/** Each source client against a loopback fake answering with its documented example. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshConfigFrom, type RefreshConfig } from '../../src/refresh/config.js';
import { PoliteHttp } from '../../src/refresh/polite-http.js';
import { readCrates } from '../../src/refresh/sources/crates.js';
import { readEndoflife } from '../../src/refresh/sources/endoflife.js';
import { readGithubLatestRelease, readGithubStars } from '../../src/refresh/sources/github.js';
import { readHex } from '../../src/refresh/sources/hex.js';
import { readMaven } from '../../src/refresh/sources/maven.js';
import { readNpmDownloads, readNpmLatest } from '../../src/refresh/sources/npm.js';
import { readNuget } from '../../src/refresh/sources/nuget.js';
import { readPackagist } from '../../src/refresh/sources/packagist.js';
import { readPypiDownloads, readPypiLatest } from '../../src/refresh/sources/pypi.js';
import { readRubygems } from '../../src/refresh/sources/rubygems.js';
import { assertLoopbackOnly, FakeApi, fixture, loopbackEnvironment } from './fake-sources.js';

let api: FakeApi;
let config: RefreshConfig;
let ctx: { http: PoliteHttp; config: RefreshConfig };

beforeAll(async () => {
  api = await FakeApi.start({
    '/eol/products/symfony': { json: fixture('endoflife-symfony.json') },
    '/gh/repos/symfony/symfony': { json: fixture('github-repository-symfony.json') },
    '/gh/repos/gin-gonic/gin/releases/latest': { json: fixture('github-release-latest-gin.json') },
    '/npmdl/downloads/point/last-week/express': { json: fixture('npm-downloads-point-express.json') },
    '/npm/fastify': { json: fixture('npm-package-document-fastify.json') },
    '/pypi/pypi/fastapi/json': { json: fixture('pypi-project-fastapi.json') },
    '/stats/api/packages/fastapi/recent': { json: fixture('pypistats-recent-fastapi.json') },
    '/packagist/packages/symfony/http-kernel.json': { json: fixture('packagist-package-http-kernel.json') },
    '/gems/api/v1/gems/sinatra.json': { json: fixture('rubygems-gem-sinatra.json') },
    '/crates/api/v1/crates/axum': { json: fixture('crates-crate-axum.json') },
    '/nuget/query?q=packageid%3AMicrosoft.AspNetCore.App.Ref&prerelease=false&semVerLevel=2.0.0&take=1': { json: fixture('nuget-search-aspnetcore.json') },
    '/hex/api/packages/phoenix': { json: fixture('hex-package-phoenix.json') },
    '/depsdev/v3/systems/maven/packages/io.ktor%3Aktor-server-core': { json: fixture('depsdev-maven-ktor.json') },
  });
  const at = (p: string) => `${api.url}/${p}`;
  config = refreshConfigFrom(
    loopbackEnvironment(
      {
        ENDOFLIFE_API_URL: at('eol'),
        GITHUB_API_URL: at('gh'),
        NPM_DOWNLOADS_URL: at('npmdl'),
        NPM_REGISTRY_URL: at('npm'),
        PYPI_URL: at('pypi'),
        PYPISTATS_URL: at('stats'),
        PACKAGIST_URL: at('packagist'),
        RUBYGEMS_URL: at('gems'),
        CRATES_URL: at('crates'),
        NUGET_SEARCH_URL: at('nuget/query'),
        HEX_URL: at('hex'),
        DEPS_DEV_URL: at('depsdev'),
      },
      { GITHUB_TOKEN: 'ghp_test_token_never_printed' },
    ),
  );
  assertLoopbackOnly(config.baseUrls);
  ctx = { http: new PoliteHttp(config), config };
});
afterAll(() => api.close());

describe('source clients read the documented answers', () => {
  it('endoflife.date: every line with its dates, LTS flag and latest release', async () => {
    const reading = await readEndoflife(ctx, 'symfony');
    expect(reading.kind).toBe('release-lines');
    if (reading.kind !== 'release-lines') return;
    expect(reading.lines[0]).toEqual({ line: '8.2', released: '2026-11-27', endOfLife: '2027-07-31', lts: false, maintained: true, latest: { version: '8.2.0', released: '2026-11-27' } });
    expect(reading.lines.find((l) => l.line === '7.4')).toMatchObject({ lts: true, bugfixUntil: '2028-11-30', endOfLife: '2029-11-30' });
    expect(reading.source.id).toBe('endoflife-api');
  });

  it('GitHub: stars, archived flag, licence; the latest release tag as a version', async () => {
    expect(await readGithubStars(ctx, 'symfony/symfony')).toMatchObject({ kind: 'stars', repository: 'symfony/symfony', stars: 30912, archived: false, license: 'MIT' });
    expect(await readGithubLatestRelease(ctx, 'gin-gonic/gin')).toMatchObject({ kind: 'latest-version', version: '1.12.1', released: '2026-11-20' });
    // The token goes in the header GitHub documents, and only to GitHub.
    const github = api.requests.filter((r) => r.path.startsWith('/gh/'));
    expect(github.every((r) => r.headers.authorization === 'Bearer ghp_test_token_never_printed')).toBe(true);
    expect(api.requests.filter((r) => !r.path.startsWith('/gh/')).some((r) => r.headers.authorization)).toBe(false);
  });

  it('npm: last-week downloads and the latest dist-tag with its publication day', async () => {
    expect(await readNpmDownloads(ctx, 'express')).toMatchObject({ kind: 'weekly-downloads', registry: 'npm', package: 'express', perWeek: 51234567 });
    expect(await readNpmLatest(ctx, 'fastify')).toMatchObject({ version: '5.13.0', released: '2026-11-18' });
  });

  it('PyPI and pypistats: latest version with its upload day, last-week downloads', async () => {
    expect(await readPypiLatest(ctx, 'fastapi')).toMatchObject({ version: '0.142.0', released: '2026-11-30' });
    expect(await readPypiDownloads(ctx, 'fastapi')).toMatchObject({ registry: 'pypi', perWeek: 9876543 });
  });

  it('Packagist: the newest stable version (not dev branches or RCs) and a week of its monthly downloads', async () => {
    const [version, downloads] = await readPackagist(ctx, 'symfony/http-kernel');
    expect(version).toMatchObject({ version: '8.2.0', released: '2026-11-27' });
    expect(downloads).toMatchObject({ registry: 'packagist', perWeek: 3500000 });
  });

  it('RubyGems, crates.io, NuGet, Hex and deps.dev: latest stable versions', async () => {
    expect(await readRubygems(ctx, 'sinatra')).toMatchObject({ version: '4.2.2', released: '2026-11-12' });
    const [crate, crateDownloads] = await readCrates(ctx, 'axum');
    expect(crate).toMatchObject({ version: '0.8.10', released: '2026-11-21' });
    expect(crateDownloads).toMatchObject({ registry: 'crates', perWeek: 3500000 });
    const nuget = await readNuget(ctx, 'Microsoft.AspNetCore.App.Ref');
    expect(nuget).toMatchObject({ version: '10.0.12' });
    expect(nuget).not.toHaveProperty('released');
    const [hex, hexDownloads] = await readHex(ctx, 'phoenix');
    expect(hex).toMatchObject({ version: '1.8.13', released: '2026-11-19' });
    expect(hexDownloads).toMatchObject({ registry: 'hex', perWeek: 312345 });
    expect(await readMaven(ctx, 'io.ktor:ktor-server-core')).toMatchObject({ version: '3.6.0', released: '2026-12-02' });
  });

  it('every request names the project and its repository in the User-Agent', () => {
    expect(api.requests.length).toBeGreaterThan(10);
    for (const r of api.requests) expect(r.headers['user-agent']).toMatch(/^framework-advisor-data-refresh\/\S+ \(.*\+https:\/\/github\.com\/example\/framework-advisor\)$/);
  });
});
