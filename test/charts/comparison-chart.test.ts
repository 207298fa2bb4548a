import { describe, expect, it } from 'vitest';
import { chartToPng } from '../../src/charts/chart-to-png.js';
import { chartToSvg } from '../../src/charts/chart-to-svg.js';
import { PALETTE } from '../../src/charts/palette.js';
import { formatScore } from '../../src/core/cards/card.js';
import type { ComparisonChart } from '../../src/core/charts/chart-data.js';
import { CRITERIA } from '../../src/core/vocabulary.js';
import { advisor, knowledge } from '../support/knowledge.js';
import { elements, legendLabels, svgWidth } from './svg-query.js';

const ids = ['django', 'fastapi', 'flask'];
const chart = advisor().answer(`compare ${ids.join(' ')}`).chart as ComparisonChart;
const svg = chartToSvg(chart);

describe('comparison chart', () => {
  it('is attached to every comparison, in the order the frameworks were named', () => {
    expect(chart.kind).toBe('compare');
    expect(chart.frameworks.map((f) => f.id)).toEqual(ids);
    expect(chart.criteria.map((c) => c.id)).toEqual([...CRITERIA]);
    for (const f of chart.frameworks) for (const c of CRITERIA) expect(f.scores[c]).toBe(knowledge().require(f.id).scores[c].value);
  });

  it('draws one bar per framework per criterion, each labelled with its score', () => {
    const bars = elements(svg, 'bar');
    const labels = elements(svg, 'bar-label');
    expect(bars).toHaveLength(ids.length * CRITERIA.length);
    expect(labels).toHaveLength(bars.length);
    for (const f of chart.frameworks) {
      for (const c of CRITERIA) {
        const bar = bars.find((b) => b.attrs['data-framework'] === f.id && b.attrs['data-criterion'] === c);
        const label = labels.find((l) => l.attrs['data-framework'] === f.id && l.attrs['data-criterion'] === c);
        expect(Number(bar?.attrs['data-score'])).toBe(f.scores[c]);
        expect(label?.text).toBe(formatScore(f.scores[c]));
      }
    }
  });

  it('draws bar heights in proportion to the scores on a 0-10 axis', () => {
    const pxPerPoint = elements(svg, 'bar').map((b) => Number(b.attrs.height) / Number(b.attrs['data-score']));
    for (const ratio of pxPerPoint) expect(ratio).toBeCloseTo(pxPerPoint[0]!, 1);
    expect(elements(svg, 'tick').map((t) => t.text)).toEqual(['0', '2', '4', '6', '8', '10']);
  });

  it('gives each framework its own palette colour, used by its bars and its legend entry', () => {
    const legend = legendLabels(svg);
    expect(legend.map((l) => l.label)).toEqual(['Django', 'FastAPI', 'Flask']);
    expect(new Set(legend.map((l) => l.colour)).size).toBe(ids.length);
    for (const entry of legend) {
      expect(PALETTE).toContain(entry.colour);
      const fills = new Set(elements(svg, 'bar').filter((b) => b.attrs['data-framework'] === entry.key).map((b) => b.attrs.fill));
      expect([...fills]).toEqual([entry.colour]);
    }
  });

  it('names every criterion under its group and states the weights behind the overall totals', () => {
    const criterionText = elements(svg, 'criterion').map((t) => t.text).join(' ');
    for (const c of chart.criteria) expect(criterionText).toContain(c.label.split(' ')[0]);
    expect(elements(svg, 'subtitle').map((t) => t.text).join(' ')).toMatch(/equal weights .*Django 7\.94/);
  });

  it('is at least 800 pixels wide, and so is its PNG', () => {
    expect(svgWidth(svg)).toBeGreaterThanOrEqual(800);
    expect(chartToPng(svg).readUInt32BE(16)).toBe(svgWidth(svg));
  });

  it('escapes names from the data so the SVG stays valid', () => {
    const hostile: ComparisonChart = {
      ...chart,
      title: 'A & B <script>',
      frameworks: chart.frameworks.map((f, i) => ({ ...f, id: `x"${i}`, name: `<b>"Fast" & 'loose' ${i}</b>` })),
    };
    const markup = chartToSvg(hostile);
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('&lt;b&gt;&quot;Fast&quot; &amp; &apos;loose&apos; 0&lt;/b&gt;');
    expect(legendLabels(markup)[0]?.label).toBe(`<b>"Fast" & 'loose' 0</b>`);
    // resvg rejects malformed XML, so rendering is the validity check.
    expect(() => chartToPng(markup)).not.toThrow();
  });
});

describe('palette', () => {
  it('has distinct colours', () => {
    expect(new Set(PALETTE.map((c) => c.toUpperCase())).size).toBe(PALETTE.length);
  });
});
