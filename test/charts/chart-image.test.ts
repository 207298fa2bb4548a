import { describe, expect, it } from 'vitest';
import { ALT_TEXT_MAX, altText } from '../../src/charts/alt-text.js';
import { chartImage } from '../../src/charts/chart-image.js';
import { advisor } from '../support/knowledge.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('chart image for adapters', () => {
  it('gives a PNG, a safe file name and alt text for a comparison', async () => {
    const reply = advisor().answer('compare django fastapi flask');
    const image = await chartImage(reply);
    expect(image?.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(image?.png.readUInt32BE(16)).toBeGreaterThanOrEqual(800);
    expect(image?.filename).toBe('compare-django-fastapi-flask.png');
    expect(image?.altText).toBe(altText(reply));
  });

  it('names a recommendation after its leaders', async () => {
    const { reply } = advisor().recommendation({ languages: ['python'] });
    expect((await chartImage(reply))?.filename).toMatch(/^recommend(-[a-z0-9-]+){1,3}\.png$/);
  });

  it('gives nothing for a reply without a chart, so the card goes alone', async () => {
    expect(await chartImage(advisor().answer('info django'))).toBeUndefined();
  });
});

describe('alt text', () => {
  it("says what the chart is, then the card's fallback text as sentences", () => {
    const reply = advisor().answer('compare django fastapi flask');
    expect(altText(reply)).toBe(`Bar chart of scores out of 10 per criterion. ${reply.card.fallback.split('\n').map((l) => (/[.!?:]$/.test(l) ? l : `${l}.`)).join(' ')}`);
    expect(altText(reply)).toMatch(/Django vs FastAPI vs Flask\. Overall: Django 7\.94, FastAPI 7\.34, Flask 6\.62\.$/);
  });

  it('describes a recommendation and stays within the platforms\' limits', () => {
    const { reply } = advisor().recommendation({ languages: ['typescript'], project: 'api' });
    expect(altText(reply)).toMatch(/^Stacked bar chart of the points each priority contributes\. Recommended: /);
    expect(altText(reply).length).toBeLessThanOrEqual(ALT_TEXT_MAX);
    const short = altText(reply, 60);
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short.length).toBeGreaterThan(50);
    expect(short.endsWith('…')).toBe(true);
  });
});
