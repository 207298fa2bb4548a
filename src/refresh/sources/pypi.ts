/**
 * PyPI JSON API, GET {PYPI_URL}/pypi/{project}/json (documented at https://docs.pypi.org/api/json/):
 * info.version and the upload time of its files (urls). Weekly downloads from pypistats,
 * GET {PYPISTATS_URL}/api/packages/{project}/recent (documented at https://pypistats.org/api/).
 */
import { z } from 'zod';
import { dayOf, type Reading } from '../readings.js';
import { SourceFailure } from '../source-failure.js';
import { segment, type SourceContext } from './context.js';

export const PypiProject = z.object({
  info: z.object({ name: z.string(), version: z.string().min(1) }),
  urls: z.array(z.object({ filename: z.string(), upload_time_iso_8601: z.string() })),
});

export const PypistatsRecent = z.object({
  data: z.object({ last_day: z.number().int().nonnegative(), last_week: z.number().int().nonnegative(), last_month: z.number().int().nonnegative() }),
  package: z.string(),
  type: z.literal('recent_downloads'),
});

export const PYPI_SOURCE = { id: 'pypi-json', title: 'PyPI JSON API (latest release and its upload time)', url: 'https://docs.pypi.org/api/json/', publisher: 'Python Software Foundation' };
export const PYPISTATS_SOURCE = { id: 'pypistats', title: 'pypistats.org recent downloads (PyPI download counts, without mirrors)', url: 'https://pypistats.org/api/', publisher: 'pypistats.org' };

export async function readPypiLatest(ctx: SourceContext, project: string): Promise<Reading> {
  const url = `${ctx.config.baseUrls.PYPI_URL}/pypi/${segment(project)}/json`;
  const body = await ctx.http.getJson(url, PypiProject);
  const uploaded = body.urls.map((u) => u.upload_time_iso_8601).sort()[0];
  if (!uploaded) throw new SourceFailure('malformed', `release ${body.info.version} lists no files, so no upload date`);
  return { kind: 'latest-version', version: body.info.version, released: dayOf(uploaded), source: PYPI_SOURCE, readAt: url };
}

export async function readPypiDownloads(ctx: SourceContext, project: string): Promise<Reading> {
  // pypistats keys projects by their normalised, lower-case name.
  const url = `${ctx.config.baseUrls.PYPISTATS_URL}/api/packages/${segment(project.toLowerCase())}/recent`;
  const body = await ctx.http.getJson(url, PypistatsRecent);
  return { kind: 'weekly-downloads', registry: 'pypi', package: project, perWeek: body.data.last_week, source: PYPISTATS_SOURCE, readAt: url };
}
