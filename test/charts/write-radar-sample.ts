/**
 * `npm run charts:radar-sample`: draws the sample team's radar (test/support/
 * sample-radar.ts: seven months of votes on a fixed clock) to
 * docs/radar-sample.png, the picture the README's team section shows. Run it
 * when the radar's look changes, and look at the picture before committing it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { altText } from '../../src/charts/alt-text.js';
import { chartToPng } from '../../src/charts/chart-to-png.js';
import { chartToSvg } from '../../src/charts/chart-to-svg.js';
import { sampleTeamRadar } from '../support/sample-radar.js';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const PATH = `${DOCS}radar-sample.png`;

const reply = await sampleTeamRadar();
if (!reply.chart) throw new Error('the sample team has no radar');
mkdirSync(DOCS, { recursive: true });
const png = chartToPng(chartToSvg(reply.chart));
writeFileSync(PATH, png);
process.stdout.write(`Wrote ${PATH} (${Math.round(png.length / 1024)} KB). Alt text:\n${altText(reply)}\n`);
