/**
 * The fixed chart the image test compares against a committed PNG: a
 * three-way comparison from the real knowledge base. `npm run charts:reference`
 * rewrites the PNG with this same function, so the test and the script can never drift.
 */
import { fileURLToPath } from 'node:url';
import { chartToPng } from '../../src/charts/chart-to-png.js';
import { chartToSvg } from '../../src/charts/chart-to-svg.js';
import { advisor } from '../support/knowledge.js';

export const REFERENCE_COMMAND = 'compare django fastapi flask';
export const REFERENCE_PNG = fileURLToPath(new URL('./reference/compare-django-fastapi-flask.png', import.meta.url));

export function referenceChartPng(): Buffer {
  const chart = advisor().answer(REFERENCE_COMMAND).chart;
  if (!chart) throw new Error(`"${REFERENCE_COMMAND}" gave no chart`);
  return chartToPng(chartToSvg(chart));
}
