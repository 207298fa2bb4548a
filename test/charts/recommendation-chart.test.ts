import { describe, expect, it } from 'vitest';
import { chartToSvg } from '../../src/charts/chart-to-svg.js';
import { PALETTE } from '../../src/charts/palette.js';
import { formatPoints } from '../../src/core/cards/card.js';
import { RECOMMENDATION_BARS, type RecommendationChart } from '../../src/core/charts/chart-data.js';
import { advisor } from '../support/knowledge.js';
import { elements, legendLabels, svgWidth } from './svg-query.js';

const { rec, reply } = advisor().recommendation({ languages: ['typescript'], project: 'api' });
const chart = reply.chart as RecommendationChart;
const svg = chartToSvg(chart);

describe('recommendation chart', () => {
  it('shows the top frameworks best first, with their totals', () => {
    expect(chart.kind).toBe('recommend');
    expect(chart.bars.map((b) => b.id)).toEqual(rec.ranked.slice(0, RECOMMENDATION_BARS).map((r) => r.framework.id));
    expect(chart.bars.length).toBeGreaterThanOrEqual(3);
    const totals = elements(svg, 'total');
    expect(totals.map((t) => t.attrs['data-framework'])).toEqual(chart.bars.map((b) => b.id));
    expect(totals.map((t) => t.text)).toEqual(chart.bars.map((b) => formatPoints(b.total)));
  });

  it('uses only the weighted dimensions, named in the legend with their weights', () => {
    expect(chart.dimensions.map((d) => d.id)).toEqual((Object.keys(rec.weights) as Array<keyof typeof rec.weights>).filter((d) => rec.weights[d] > 0));
    expect(chart.dimensions.map((d) => d.id)).toContain('fit');
    const legend = legendLabels(svg);
    expect(legend.map((l) => l.key)).toEqual(chart.dimensions.map((d) => d.id));
    expect(legend.map((l) => l.label)).toEqual(chart.dimensions.map((d) => `${d.label} ${Math.round(d.weight * 100)}%`));
    expect(new Set(legend.map((l) => l.colour)).size).toBe(legend.length);
    for (const l of legend) expect(PALETTE).toContain(l.colour);
  });

  it('stacks segments that add up to each total, in points and in pixels', () => {
    const segments = elements(svg, 'segment');
    expect(segments).toHaveLength(chart.bars.length * chart.dimensions.length);
    const ticks = elements(svg, 'tick');
    const tickX = (label: string) => Number(ticks.find((t) => t.text === label)!.attrs.x);
    const pxPerPoint = (tickX('10') - tickX('0')) / 10;
    for (const bar of chart.bars) {
      const own = segments.filter((s) => s.attrs['data-framework'] === bar.id);
      expect(Object.values(bar.contributions).reduce((sum, p) => sum + p, 0)).toBeCloseTo(bar.total, 9);
      // The markup rounds each value to 2 decimals: the sum may drift by half a hundredth per segment.
      expect(Math.abs(own.reduce((sum, s) => sum + Number(s.attrs['data-points']), 0) - bar.total)).toBeLessThanOrEqual(0.005 * own.length);
      expect(own.reduce((sum, s) => sum + Number(s.attrs.width), 0)).toBeCloseTo(bar.total * pxPerPoint, 0);
      // Each segment starts where the previous one ends.
      own.slice(1).forEach((s, i) => expect(Number(s.attrs.x)).toBeCloseTo(Number(own[i]!.attrs.x) + Number(own[i]!.attrs.width), 1));
    }
  });

  it('states the weights in use and is at least 800 pixels wide', () => {
    expect(elements(svg, 'subtitle').map((t) => t.text).join(' ')).toMatch(/^Weights \(from your answers\): Project fit/);
    expect(svgWidth(svg)).toBeGreaterThanOrEqual(800);
  });

  it('is left out when no framework qualifies, and for replies that are not comparisons or recommendations', () => {
    expect(advisor().answer('recommend language=elixir builtins=admin,orm,auth,realtime').chart).toBeUndefined();
    for (const text of ['info django', 'list python', 'top performance', 'help', 'compare djnago fastapi']) expect(advisor().answer(text).chart).toBeUndefined();
  });
});
