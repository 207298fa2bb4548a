/**
 * NuGet search query service, GET {NUGET_SEARCH_URL}?q=packageid:{id}&prerelease=false
 * (documented at https://learn.microsoft.com/en-us/nuget/api/search-query-service-resource):
 * data[].version. The search result carries no publication date and only total downloads,
 * so it yields a version without a date (used as a cross-check, never to set a release date).
 */
import { z } from 'zod';
import type { Reading } from '../readings.js';
import { SourceFailure } from '../source-failure.js';
import type { SourceContext } from './context.js';

export const NugetSearch = z.object({
  totalHits: z.number().int().nonnegative(),
  data: z.array(
    z.object({
      id: z.string(),
      version: z.string().min(1),
      totalDownloads: z.number().int().nonnegative().optional(),
      versions: z.array(z.object({ version: z.string(), downloads: z.number().int().nonnegative() })).optional(),
    }),
  ),
});

export const NUGET_SOURCE = { id: 'nuget-search', title: 'NuGet search query service (latest stable version of a package)', url: 'https://learn.microsoft.com/en-us/nuget/api/search-query-service-resource', publisher: 'Microsoft' };

export async function readNuget(ctx: SourceContext, id: string): Promise<Reading> {
  const query = new URLSearchParams({ q: `packageid:${id}`, prerelease: 'false', semVerLevel: '2.0.0', take: '1' });
  const url = `${ctx.config.baseUrls.NUGET_SEARCH_URL}?${query}`;
  const body = await ctx.http.getJson(url, NugetSearch);
  const hit = body.data.find((d) => d.id.toLowerCase() === id.toLowerCase());
  if (!hit) throw new SourceFailure('not-found', `no package with id ${id}`);
  return { kind: 'latest-version', version: hit.version, source: NUGET_SOURCE, readAt: url };
}
