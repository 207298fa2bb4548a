/**
 * A recommendation as horizontal stacked bars, best first: each bar is a
 * framework's total out of 10, split into the points each weighted priority
 * contributed, so the picture shows why the leader leads.
 */
import { formatPoints } from '../core/cards/card.js';
import type { RecommendationChart } from '../core/charts/chart-data.js';
import { SCALE_MAX, valueAxisAcross, type Plot } from './axis.js';
import { CHART_WIDTH, MARGIN } from './canvas.js';
import { chartHeader } from './header.js';
import { legend } from './legend.js';
import { INK, seriesColour, textColourOn } from './palette.js';
import { rect, svgDocument, text } from './svg-markup.js';
import { fitText, textWidth } from './text-measure.js';

const ROW_HEIGHT = 50;
const BAR_HEIGHT = 34;
const NAME_SIZE = 17;
const SEGMENT_SIZE = 14;
const TOTAL_SIZE = 17;
/** Right of the bars: the total (at most "10.00"). */
const TOTAL_GUTTER = 70;
const NAME_COLUMN = { min: 120, max: 240 };

function rankedName(index: number, name: string): string {
  return `${index + 1}. ${name}`;
}

function nameColumnWidth(chart: RecommendationChart): number {
  const widest = Math.max(...chart.bars.map((bar, i) => textWidth(rankedName(i, bar.name), NAME_SIZE, true)));
  return Math.min(NAME_COLUMN.max, Math.max(NAME_COLUMN.min, widest + 16));
}

function row(chart: RecommendationChart, index: number, plot: Plot, nameWidth: number): string[] {
  const bar = chart.bars[index]!;
  const y = plot.top + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  const middle = y + BAR_HEIGHT / 2;
  const markup = [text(plot.left - 12, middle + NAME_SIZE * 0.35, fitText(rankedName(index, bar.name), NAME_SIZE, nameWidth - 16, true), { size: NAME_SIZE, fill: INK, weight: 'bold', anchor: 'end', extra: { class: 'name', 'data-framework': bar.id } })];
  let x = plot.left;
  chart.dimensions.forEach((dimension, d) => {
    const points = bar.contributions[dimension.id] ?? 0;
    const width = (points / SCALE_MAX) * plot.width;
    const fill = seriesColour(d);
    markup.push(rect(x, y, width, BAR_HEIGHT, fill, { class: 'segment', stroke: '#FFFFFF', 'stroke-width': 1, 'data-framework': bar.id, 'data-dimension': dimension.id, 'data-points': points }));
    // Only label a segment when its number fits inside it; the card's table has every value.
    const label = formatPoints(points, 1);
    if (width >= textWidth(label, SEGMENT_SIZE) + 8) {
      markup.push(text(x + width / 2, middle + SEGMENT_SIZE * 0.35, label, { size: SEGMENT_SIZE, fill: textColourOn(fill), anchor: 'middle', extra: { class: 'segment-label' } }));
    }
    x += width;
  });
  markup.push(text(x + 10, middle + TOTAL_SIZE * 0.35, formatPoints(bar.total), { size: TOTAL_SIZE, fill: INK, weight: 'bold', extra: { class: 'total', 'data-framework': bar.id } }));
  return markup;
}

export function recommendationChartSvg(chart: RecommendationChart): string {
  const contentWidth = CHART_WIDTH - 2 * MARGIN;
  const header = chartHeader(chart.title, chart.subtitle, MARGIN, 8, contentWidth);
  const key = legend(
    chart.dimensions.map((d, i) => ({ label: `${d.label} ${Math.round(d.weight * 100)}%`, colour: seriesColour(i), key: d.id })),
    MARGIN,
    header.bottom + 16,
    contentWidth,
  );
  const nameWidth = nameColumnWidth(chart);
  const plot: Plot = { left: MARGIN + nameWidth, top: key.bottom + 14, width: contentWidth - nameWidth - TOTAL_GUTTER, height: chart.bars.length * ROW_HEIGHT };
  const rows = chart.bars.flatMap((_, i) => row(chart, i, plot, nameWidth));
  const height = plot.top + plot.height + 40 + MARGIN / 2;
  return svgDocument(CHART_WIDTH, height, chart.title, [...header.markup, ...key.markup, ...valueAxisAcross(plot), ...rows]);
}
