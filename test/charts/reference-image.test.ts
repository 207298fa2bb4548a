/**
 * The picture itself, against a committed reference: pixelmatch with a
 * tolerance absorbs anti-aliasing noise from a different resvg build, while a
 * moved label, a changed colour or a missing legend still fails.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { chartToPngAsync } from '../../src/charts/chart-to-png.js';
import { chartToSvg } from '../../src/charts/chart-to-svg.js';
import { advisor } from '../support/knowledge.js';
import { REFERENCE_COMMAND, REFERENCE_PNG, referenceChartPng } from './reference-chart.js';

/**
 * pixelmatch's per-pixel colour threshold, and the share of pixels allowed to
 * differ. Measured on this 1000x581 chart: one bar 0.5 lower differs in 0.12%
 * of pixels, the title moved 2 px in 0.15%, no legend in 0.21%; so 0.5% would
 * let all of those through. 0.05% (about 290 pixels, not counting
 * anti-aliased ones, which pixelmatch ignores) still leaves room for a
 * different resvg build. Single digits are checked by the SVG tests.
 */
const THRESHOLD = 0.1;
const MAX_DIFFERING = 0.0005;

describe(`the chart for "${REFERENCE_COMMAND}"`, () => {
  it('matches the committed reference image', () => {
    const expected = PNG.sync.read(readFileSync(REFERENCE_PNG));
    const actualPng = referenceChartPng();
    const actual = PNG.sync.read(actualPng);
    expect({ width: actual.width, height: actual.height }).toEqual({ width: expected.width, height: expected.height });
    const diff = new PNG({ width: actual.width, height: actual.height });
    const differing = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
    const share = differing / (actual.width * actual.height);
    if (share > MAX_DIFFERING) {
      const dir = mkdtempSync(join(tmpdir(), 'chart-diff-'));
      writeFileSync(join(dir, 'actual.png'), actualPng);
      writeFileSync(join(dir, 'diff.png'), PNG.sync.write(diff));
      expect.fail(`${(share * 100).toFixed(2)}% of pixels differ (allowed ${MAX_DIFFERING * 100}%); see ${dir}. If the change is intended, run npm run charts:reference and look at the picture.`);
    }
  });

  it('renders the same pixels off the event loop as on it', async () => {
    const chart = advisor().answer(REFERENCE_COMMAND).chart!;
    const viaThreadPool = PNG.sync.read(await chartToPngAsync(chartToSvg(chart)));
    expect(viaThreadPool.data.equals(PNG.sync.read(referenceChartPng()).data)).toBe(true);
  });
});
