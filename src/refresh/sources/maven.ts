/**
 * Maven Central versions through deps.dev, GET {DEPS_DEV_URL}/v3/systems/maven/packages/{group:artifact}
 * (documented at https://docs.deps.dev/api/v3/, GetPackage): versions[] with versionKey.version,
 * publishedAt and isDefault (the version deps.dev treats as current). No download counts.
 */
import { z } from 'zod';
import { dayOf, type Reading } from '../readings.js';
import { SourceFailure } from '../source-failure.js';
import type { SourceContext } from './context.js';
import { compareVersions, isStable } from '../versions.js';

export const DepsDevPackage = z.object({
  packageKey: z.object({ system: z.string(), name: z.string() }),
  versions: z.array(
    z.object({
      versionKey: z.object({ system: z.string(), name: z.string(), version: z.string() }),
      publishedAt: z.string().nullish(),
      isDefault: z.boolean().optional(),
    }),
  ),
});

export const DEPS_DEV_SOURCE = { id: 'deps-dev', title: 'deps.dev API v3 (Maven Central versions and publication times)', url: 'https://docs.deps.dev/api/v3/', publisher: 'Google Open Source Insights' };

export async function readMaven(ctx: SourceContext, coordinates: string): Promise<Reading> {
  const url = `${ctx.config.baseUrls.DEPS_DEV_URL}/v3/systems/maven/packages/${encodeURIComponent(coordinates)}`;
  const body = await ctx.http.getJson(url, DepsDevPackage);
  const chosen =
    body.versions.find((v) => v.isDefault) ??
    body.versions.filter((v) => isStable(v.versionKey.version)).sort((a, b) => compareVersions(b.versionKey.version, a.versionKey.version))[0];
  if (!chosen) throw new SourceFailure('malformed', 'no version listed');
  return { kind: 'latest-version', version: chosen.versionKey.version, ...(chosen.publishedAt ? { released: dayOf(chosen.publishedAt) } : {}), source: DEPS_DEV_SOURCE, readAt: url };
}
