/**
 * RubyGems, GET {RUBYGEMS_URL}/api/v1/gems/{gem}.json (documented at
 * https://guides.rubygems.org/rubygems-org-api/, "GET - /api/v1/gems/[GEM NAME].(json|yaml)"):
 * version and version_created_at. RubyGems publishes total downloads only, so no weekly figure.
 */
import { z } from 'zod';
import { dayOf, type Reading } from '../readings.js';
import { segment, type SourceContext } from './context.js';

export const RubygemsGem = z.object({
  name: z.string(),
  version: z.string().min(1),
  version_created_at: z.string().nullish(),
  downloads: z.number().int().nonnegative(),
});

export const RUBYGEMS_SOURCE = { id: 'rubygems', title: 'RubyGems.org API (latest version of a gem)', url: 'https://guides.rubygems.org/rubygems-org-api/', publisher: 'RubyGems.org' };

export async function readRubygems(ctx: SourceContext, gem: string): Promise<Reading> {
  const url = `${ctx.config.baseUrls.RUBYGEMS_URL}/api/v1/gems/${segment(gem)}.json`;
  const body = await ctx.http.getJson(url, RubygemsGem);
  return { kind: 'latest-version', version: body.version, ...(body.version_created_at ? { released: dayOf(body.version_created_at) } : {}), source: RUBYGEMS_SOURCE, readAt: url };
}
