/**
 * endoflife.date API v1: GET {ENDOFLIFE_API_URL}/products/{product}.
 * Documented at https://endoflife.date/docs/api/v1/ (ProductResponse, ProductRelease).
 * Dates are YYYY-MM-DD; a date not announced is null.
 */
import { z } from 'zod';
import type { LineReading, Reading } from '../readings.js';
import { segment, type SourceContext } from './context.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const EndoflifeRelease = z.object({
  name: z.string().min(1),
  label: z.string().nullish(),
  releaseDate: day.nullish(),
  isLts: z.boolean(),
  ltsFrom: day.nullish(),
  isEoas: z.boolean().nullish(),
  eoasFrom: day.nullish(),
  isEol: z.boolean(),
  eolFrom: day.nullish(),
  isMaintained: z.boolean(),
  latest: z.object({ name: z.string().min(1), date: day.nullish(), link: z.string().nullish() }).nullish(),
});

export const EndoflifeProductResponse = z.object({
  schema_version: z.string(),
  result: z.object({
    name: z.string(),
    label: z.string(),
    releases: z.array(EndoflifeRelease),
  }),
});

export const ENDOFLIFE_SOURCE = {
  id: 'endoflife-api',
  title: 'endoflife.date API v1: release lines, support and end-of-life dates per product',
  url: 'https://endoflife.date/docs/api/v1/',
  publisher: 'endoflife.date',
};

function lineOf(r: z.infer<typeof EndoflifeRelease>): LineReading {
  // End of active support before end of life is the end of bug fixes.
  const bugfix = r.eoasFrom && r.eolFrom && r.eoasFrom < r.eolFrom ? r.eoasFrom : undefined;
  return {
    line: r.name,
    ...(r.releaseDate ? { released: r.releaseDate } : {}),
    ...(r.eolFrom ? { endOfLife: r.eolFrom } : {}),
    ...(bugfix ? { bugfixUntil: bugfix } : {}),
    lts: r.isLts,
    maintained: r.isMaintained,
    ...(r.latest ? { latest: { version: r.latest.name, ...(r.latest.date ? { released: r.latest.date } : {}) } } : {}),
  };
}

export async function readEndoflife(ctx: SourceContext, product: string): Promise<Reading> {
  const url = `${ctx.config.baseUrls.ENDOFLIFE_API_URL}/products/${segment(product)}`;
  const body = await ctx.http.getJson(url, EndoflifeProductResponse);
  return { kind: 'release-lines', product, lines: body.result.releases.map(lineOf), source: ENDOFLIFE_SOURCE, readAt: url };
}
