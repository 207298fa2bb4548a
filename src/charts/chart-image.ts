/**
 * What a chat adapter attaches next to a card: the PNG, a file name safe for
 * `attachment://` URLs and upload APIs, and alt text. Undefined when the
 * reply has no chart, so callers send the card alone.
 */
import type { ChartData } from '../core/charts/chart-data.js';
import type { Reply } from '../core/reply.js';
import { altText } from './alt-text.js';
import { chartToPngAsync } from './chart-to-png.js';
import { chartToSvg } from './chart-to-svg.js';

export interface ChartImage {
  png: Buffer;
  /** e.g. "compare-django-fastapi.png": lowercase letters, digits and dashes only. */
  filename: string;
  altText: string;
}

/** Named after what it shows, so it reads well in Slack's file list and in a Discord embed URL. */
export function chartFilename(chart: ChartData): string {
  if (chart.kind === 'radar') return 'tech-radar.png';
  const ids = chart.kind === 'compare' ? chart.frameworks.map((f) => f.id) : chart.bars.slice(0, 3).map((b) => b.id);
  const slug = [chart.kind === 'compare' ? 'compare' : 'recommend', ...ids]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${slug}.png`;
}

/** Renders off the event loop; rejects only if resvg fails, which adapters log and then send the card without the picture. */
export async function chartImage(reply: Reply): Promise<ChartImage | undefined> {
  if (!reply.chart) return undefined;
  return { png: await chartToPngAsync(chartToSvg(reply.chart)), filename: chartFilename(reply.chart), altText: altText(reply) };
}
