/**
 * npm: the downloads point API, GET {NPM_DOWNLOADS_URL}/downloads/point/last-week/{package}
 * (documented at https://github.com/npm/registry/blob/main/docs/download-counts.md), and the
 * registry's package document, GET {NPM_REGISTRY_URL}/{package}
 * (https://github.com/npm/registry/blob/main/docs/REGISTRY-API.md): dist-tags.latest and time.
 */
import { z } from 'zod';
import { dayOf, type Reading } from '../readings.js';
import { SourceFailure } from '../source-failure.js';
import type { SourceContext } from './context.js';

export const NpmDownloadsPoint = z.object({
  downloads: z.number().int().nonnegative(),
  start: z.string(),
  end: z.string(),
  package: z.string(),
});

export const NpmPackageDocument = z.object({
  name: z.string(),
  'dist-tags': z.object({ latest: z.string().min(1) }),
  time: z.record(z.string(), z.string()),
});

export const NPM_DOWNLOADS_SOURCE = {
  id: 'npm-registry',
  title: 'npm registry download counts (api.npmjs.org)',
  url: 'https://api.npmjs.org/downloads',
  publisher: 'npm',
};
export const NPM_DOCUMENT_SOURCE = {
  id: 'npm-package-documents',
  title: 'npm registry package documents (latest version and its publication time)',
  url: 'https://github.com/npm/registry/blob/main/docs/REGISTRY-API.md',
  publisher: 'npm',
};

/** Scoped names keep their @ and encode the slash, as the registry expects ("@nestjs%2Fcore"). */
const npmPath = (name: string) => (name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name));

export async function readNpmDownloads(ctx: SourceContext, name: string): Promise<Reading> {
  // The downloads API takes the scoped name with its slash as it is.
  const url = `${ctx.config.baseUrls.NPM_DOWNLOADS_URL}/downloads/point/last-week/${name}`;
  const body = await ctx.http.getJson(url, NpmDownloadsPoint);
  return { kind: 'weekly-downloads', registry: 'npm', package: body.package, perWeek: body.downloads, source: NPM_DOWNLOADS_SOURCE, readAt: url };
}

export async function readNpmLatest(ctx: SourceContext, name: string): Promise<Reading> {
  const url = `${ctx.config.baseUrls.NPM_REGISTRY_URL}/${npmPath(name)}`;
  const body = await ctx.http.getJson(url, NpmPackageDocument);
  const version = body['dist-tags'].latest;
  const published = body.time[version];
  if (!published) throw new SourceFailure('malformed', `the document has no publication time for its latest version ${version}`);
  return { kind: 'latest-version', version, released: dayOf(published), source: NPM_DOCUMENT_SOURCE, readAt: url };
}
