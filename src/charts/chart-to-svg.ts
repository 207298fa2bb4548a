/** One entry point from the core's chart data to a picture; pure, so it is cheap to test and to run per reply. */
import type { ChartData } from '../core/charts/chart-data.js';
import { comparisonChartSvg } from './comparison-chart.js';
import { radarChartSvg } from './radar-chart.js';
import { recommendationChartSvg } from './recommendation-chart.js';

export function chartToSvg(chart: ChartData): string {
  switch (chart.kind) {
    case 'compare':
      return comparisonChartSvg(chart);
    case 'recommend':
      return recommendationChartSvg(chart);
    case 'radar':
      return radarChartSvg(chart);
  }
}
