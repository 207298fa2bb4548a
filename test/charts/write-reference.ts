/**
 * `npm run charts:reference`: rewrites the reference PNG for the image test.
 * Run it only when the chart is meant to look different (layout, palette,
 * knowledge-base scores), then look at the picture before committing it.
 */
import { writeFileSync } from 'node:fs';
import { REFERENCE_COMMAND, REFERENCE_PNG, referenceChartPng } from './reference-chart.js';

writeFileSync(REFERENCE_PNG, referenceChartPng());
process.stdout.write(`Wrote ${REFERENCE_PNG} (${REFERENCE_COMMAND}). Look at it before committing.\n`);
