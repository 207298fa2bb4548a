/** The HTTP manners the public APIs ask for, checked against a loopback fake. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { refreshConfigFrom } from '../../src/refresh/config.js';
import { MAX_IN_FLIGHT_PER_HOST, PoliteHttp, retryAfterMs } from '../../src/refresh/polite-http.js';
import { FakeApi, loopbackEnvironment } from './fake-sources.js';

let api: FakeApi;
beforeAll(async () => {
  api = await FakeApi.start({});
  for (let i = 0; i < 12; i += 1) api.route(`/item/${i}`, { json: { i }, delayMs: 150 });
});
afterAll(() => api.close());

describe('polite HTTP', () => {
  it('never has more than 4 requests open to one host, however many are asked for at once', async () => {
    const http = new PoliteHttp(refreshConfigFrom(loopbackEnvironment({})));
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => http.getJson(`${api.url}/item/${i}`, z.object({ i: z.number() }))));
    expect(answers.map((a) => a.i)).toEqual([...Array(12).keys()]);
    expect(MAX_IN_FLIGHT_PER_HOST).toBe(4);
    expect(api.mostAtOnce).toBe(4);
  });

  it('reads Retry-After as seconds or as a date, and GitHub rate-limit reset headers', () => {
    const now = Date.parse('2026-12-05T10:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': '7' }), now)).toBe(7000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Sat, 05 Dec 2026 10:00:30 GMT' }), now)).toBe(30_000);
    expect(retryAfterMs(new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 60) }), now)).toBe(60_000);
    expect(retryAfterMs(new Headers({ 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': String(now / 1000 + 60) }), now)).toBeUndefined();
  });
});
