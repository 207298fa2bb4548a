/**
 * A comparison as grouped vertical bars: one group per criterion, one bar
 * per framework in the order the user named them, each labelled with its
 * score, so the picture can be read without the table.
 */
import { formatScore } from '../core/cards/card.js';
import type { ComparisonChart } from '../core/charts/chart-data.js';
import { SCALE_MAX, valueAxisUp, type Plot } from './axis.js';
import { CHART_WIDTH, MARGIN } from './canvas.js';
import { chartHeader } from './header.js';
import { legend } from './legend.js';
import { INK, seriesColour } from './palette.js';
import { rect, svgDocument, text } from './svg-markup.js';
import { wrapText } from './text-measure.js';

const PLOT_HEIGHT = 340;
/** Room left of the plot for the 0-10 tick labels. */
const AXIS_GUTTER = 40;
const MAX_BAR_WIDTH = 56;
const CRITERION_SIZE = 16;

function bars(chart: ComparisonChart, plot: Plot): string[] {
  const groupWidth = plot.width / chart.criteria.length;
  const barWidth = Math.min(MAX_BAR_WIDTH, (groupWidth * 0.8) / chart.frameworks.length);
  const labelSize = Math.max(10, Math.min(15, barWidth * 0.4));
  const bottom = plot.top + plot.height;
  return chart.criteria.flatMap((criterion, g) => {
    const start = plot.left + g * groupWidth + (groupWidth - barWidth * chart.frameworks.length) / 2;
    return chart.frameworks.flatMap((framework, i) => {
      const score = framework.scores[criterion.id];
      const height = (score / SCALE_MAX) * plot.height;
      const x = start + i * barWidth;
      const data = { 'data-framework': framework.id, 'data-criterion': criterion.id };
      return [
        // A white outline keeps neighbouring bars apart even for readers who cannot tell their colours apart.
        rect(x, bottom - height, barWidth, height, seriesColour(i), { class: 'bar', stroke: '#FFFFFF', 'stroke-width': 1, 'data-score': score, ...data }),
        text(x + barWidth / 2, bottom - height - 7, formatScore(score), { size: labelSize, fill: INK, anchor: 'middle', extra: { class: 'bar-label', ...data } }),
      ];
    });
  });
}

/** Criterion names under their groups, wrapped to the group's width ("Community & ecosystem" takes two lines). */
function criterionLabels(chart: ComparisonChart, plot: Plot): { markup: string[]; lines: number } {
  const groupWidth = plot.width / chart.criteria.length;
  let lines = 1;
  const markup = chart.criteria.flatMap((criterion, g) => {
    const wrapped = wrapText(criterion.label, CRITERION_SIZE, groupWidth - 12, true);
    lines = Math.max(lines, wrapped.length);
    const x = plot.left + g * groupWidth + groupWidth / 2;
    return wrapped.map((lineText, l) =>
      text(x, plot.top + plot.height + 26 + l * CRITERION_SIZE * 1.25, lineText, { size: CRITERION_SIZE, fill: INK, weight: 'bold', anchor: 'middle', extra: { class: 'criterion', 'data-criterion': criterion.id } }),
    );
  });
  return { markup, lines };
}

export function comparisonChartSvg(chart: ComparisonChart): string {
  const contentWidth = CHART_WIDTH - 2 * MARGIN;
  const header = chartHeader(chart.title, chart.subtitle, MARGIN, 8, contentWidth);
  const key = legend(
    chart.frameworks.map((f, i) => ({ label: f.name, colour: seriesColour(i), key: f.id })),
    MARGIN,
    header.bottom + 16,
    contentWidth,
  );
  // Extra room above the plot so a 10/10 bar's label stays clear of the legend.
  const plot: Plot = { left: MARGIN + AXIS_GUTTER, top: key.bottom + 30, width: contentWidth - AXIS_GUTTER, height: PLOT_HEIGHT };
  const labels = criterionLabels(chart, plot);
  const height = plot.top + plot.height + 26 + labels.lines * CRITERION_SIZE * 1.25 + MARGIN / 2;
  return svgDocument(CHART_WIDTH, height, chart.title, [...header.markup, ...key.markup, ...valueAxisUp(plot), ...bars(chart, plot), ...labels.markup]);
}
