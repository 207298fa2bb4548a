/**
 * The radar picture: a PNG of the chart's own size with a blip per framework
 * in its ring, a list beside it with the same numbers, and alt text that names
 * every entry and says how a framework several decisions name is placed.
 */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { ALT_TEXT_MAX, altText } from '../../src/charts/alt-text.js';
import { CHART_WIDTH } from '../../src/charts/canvas.js';
import { chartImage } from '../../src/charts/chart-image.js';
import { chartToSvg } from '../../src/charts/chart-to-svg.js';
import type { RadarChart } from '../../src/core/charts/chart-data.js';
import { PLACEMENT_RULE } from '../../src/core/decisions/radar.js';
import { sampleTeamRadar } from '../support/sample-radar.js';
import { elements } from './svg-query.js';

const svgHeight = (svg: string) => Number(/<svg [^>]*height="(\d+)"/.exec(svg)![1]);

describe('the radar picture', () => {
  it('is a PNG of the chart width, as tall as its SVG, with something drawn on it', async () => {
    const reply = await sampleTeamRadar();
    const image = (await chartImage(reply))!;
    expect(image.filename).toBe('tech-radar.png');
    const png = PNG.sync.read(image.png);
    expect(png.width).toBe(CHART_WIDTH);
    expect(png.height).toBe(svgHeight(chartToSvg(reply.chart!)));
    expect(png.height).toBeGreaterThan(600);
    // Not a blank canvas: a good share of the pixels are not white.
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 240 || png.data[i + 1]! < 240 || png.data[i + 2]! < 240) inked++;
    expect(inked / (png.width * png.height)).toBeGreaterThan(0.1);
  });

  it('draws each framework once in its ring and once in the list, numbered alike', async () => {
    const chart = (await sampleTeamRadar()).chart as RadarChart;
    const svg = chartToSvg(chart);
    const blips = elements(svg, 'blip').map((b) => [b.attrs['data-framework'], b.attrs['data-ring']]);
    expect(blips).toEqual(chart.blips.map((b) => [b.id, b.ring]));
    expect(Object.fromEntries(blips)).toMatchObject({ fastify: 'Adopt', fastapi: 'Adopt', gin: 'Assess', nestjs: 'Hold' });
    expect(elements(svg, 'list-item').map((i) => i.attrs['data-framework'])).toEqual(chart.blips.map((b) => b.id));
    expect(elements(svg, 'ring').map((r) => r.attrs['data-ring'])).toEqual(['Hold', 'Assess', 'Trial', 'Adopt']);
    expect(elements(svg, 'quadrant').map((q) => q.text)).toEqual(['Languages & Frameworks']);
    expect(elements(svg, 'rule').map((r) => r.text).join(' ')).toBe(PLACEMENT_RULE);
  });

  it('has alt text naming every entry by ring, with the placement rule, within the platforms\' limit', async () => {
    const reply = await sampleTeamRadar();
    const alt = altText(reply);
    expect(alt).toMatch(/^Tech radar, Languages & Frameworks quadrant: This channel's tech radar\./);
    expect(alt).toMatch(/Adopt: 1\. FastAPI \(ADR-0002 accepted\), 2\. Fastify \(ADR-0004 accepted, moved in\)\./);
    expect(alt).toMatch(/Hold: \d+\. NestJS \(ADR-0001 superseded, moved out\)\./);
    for (const blip of (reply.chart as RadarChart).blips) expect(alt).toContain(blip.name);
    expect(alt.endsWith(PLACEMENT_RULE)).toBe(true);
    expect(alt.length).toBeLessThanOrEqual(ALT_TEXT_MAX);
    // Cut short, the rule still stands.
    expect(altText(reply, 300).endsWith(PLACEMENT_RULE)).toBe(true);
  });
});
