/**
 * Chart rendering time, for `npm run bench`: the SVG (pure layout, microseconds)
 * and the PNG (resvg with the bundled fonts, milliseconds) of a fixed
 * three-way comparison and a recommendation. Each figure is the median of
 * `runs` timings after a warm-up, so one slow run on a busy machine does not move it.
 */
import { chartToPng } from '../src/charts/chart-to-png.js';
import { chartToSvg } from '../src/charts/chart-to-svg.js';
import { Advisor } from '../src/core/advisor.js';
import type { ChartData } from '../src/core/charts/chart-data.js';
import type { KnowledgeBase } from '../src/core/knowledge/knowledge-base.js';
import { loadKnowledgeBase } from '../src/core/knowledge/load.js';
import { DATA_DIR } from '../src/paths.js';

export const CHART_CASES = {
  compare: 'compare django fastapi flask',
  recommend: 'recommend language=typescript project=api',
} as const;

export interface ChartTiming {
  svg_p50_us: number;
  png_p50_ms: number;
}

function medianMicroseconds(fn: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples = Array.from({ length: runs }, () => {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0) / 1000;
  }).sort((a, b) => a - b);
  const mid = Math.floor(samples.length / 2);
  return samples.length % 2 === 1 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
}

function timeChart(chart: ChartData, runs: number): ChartTiming {
  const svg = chartToSvg(chart);
  // PNGs take tens of milliseconds: fewer runs keep the benchmark short.
  const pngRuns = Math.max(3, Math.ceil(runs / 20));
  return {
    svg_p50_us: Number(medianMicroseconds(() => chartToSvg(chart), runs, Math.ceil(runs / 4)).toFixed(1)),
    png_p50_ms: Number((medianMicroseconds(() => chartToPng(svg), pngRuns, 2) / 1000).toFixed(2)),
  };
}

/** The comparison's figures at the top level (what the runner reports), each case's under `cases`. */
export function benchChartRendering(kb: KnowledgeBase = loadKnowledgeBase(DATA_DIR), { runs = 200 } = {}): ChartTiming & { cases: Record<keyof typeof CHART_CASES, ChartTiming> } {
  const advisor = new Advisor(kb);
  const chartOf = (text: string) => {
    const chart = advisor.answer(text).chart;
    if (!chart) throw new Error(`"${text}" gave no chart`);
    return chart;
  };
  const cases = { compare: timeChart(chartOf(CHART_CASES.compare), runs), recommend: timeChart(chartOf(CHART_CASES.recommend), runs) };
  return { ...cases.compare, cases };
}
