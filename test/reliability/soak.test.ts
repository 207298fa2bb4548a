/**
 * Soak: about 30 seconds (SOAK_SECONDS) of mixed traffic through the real
 * Slack app, run only when SOAK=1. The bot runs in its own process
 * (bench/memory-child.ts, with --expose-gc) so its memory is not the fake
 * Slack's, which keeps every message. Traffic: the command mix of the memory
 * benchmark (every kind of slash command, guided flows, mentions) plus clicks
 * on what it produces (flow answers, Share to channel, which uploads a chart).
 * After a warm-up, the JS heap, the resident set and the count of open
 * handles are read after full garbage collections; they must stay flat.
 */
import { describe, expect, it } from 'vitest';
import { startChild } from '../../bench/child.js';
import { BENCH_SIGNING_SECRET } from '../../bench/slack-service.js';
import { sendMix } from '../../bench/slack-traffic.js';
import { FakeSlackApi, type FakeMessage } from '../fakes/slack-api.js';
import { buttonLabels, GENERAL, SlackWorkspace } from '../fakes/slack-workspace.js';

const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 30);
const WARM_UP_SHARE = 0.3;
const MB = 1024 * 1024;

interface Reading {
  heapUsed: number;
  rss: number;
  handles: number;
}

/** A few clicks on the newest cards with buttons: a flow answer, a Share. */
async function clickAround(workspace: SlackWorkspace, round: number): Promise<void> {
  const person = workspace.person(`UCLICK${round % 50}`, `clicker ${round % 50}`);
  const started = await person.command('recommend');
  const step = started.messages.find((m) => buttonLabels(m).includes('AI/ML service'));
  if (step) await person.click(step, 'AI/ML service');
  const compared = await person.command(round % 2 === 0 ? 'compare django fastapi' : 'compare rails laravel');
  const answer: FakeMessage | undefined = compared.messages[0];
  if (answer && buttonLabels(answer).includes('Share to channel')) await person.click(answer, 'Share to channel');
}

describe.skipIf(process.env.SOAK !== '1')('soak', () => {
  it(`keeps memory and open handles flat over ${SOAK_SECONDS} s of mixed traffic`, { timeout: (SOAK_SECONDS + 60) * 1000 }, async () => {
    const api = await FakeSlackApi.start();
    const child = startChild('./memory-child.ts', [api.apiUrl], ['--expose-gc']);
    try {
      const { port } = await child.next<{ port: number }>();
      const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
      const traffic = { eventsUrl, signingSecret: BENCH_SIGNING_SECRET, api };
      // The bot is in another process: a request is done when its HTTP answer is.
      const workspace = new SlackWorkspace(api, { eventsUrl, signingSecret: BENCH_SIGNING_SECRET, settle: async () => {} });
      const read = () => child.ask<Reading>('memory');

      const readings: Reading[] = [];
      const end = Date.now() + SOAK_SECONDS * 1000;
      const warmUpEnds = Date.now() + SOAK_SECONDS * 1000 * WARM_UP_SHARE;
      let sent = 0;
      let failed = 0;
      for (let round = 0; Date.now() < end; round++) {
        failed += await sendMix(traffic, sent, sent + 200);
        sent += 200;
        await clickAround(workspace, round);
        if (Date.now() >= warmUpEnds) readings.push(await read());
      }
      expect(failed).toBe(0);
      expect(readings.length).toBeGreaterThanOrEqual(4);
      expect(api.messages.filter((m) => m.channel === GENERAL && !m.ephemeralTo).length).toBeGreaterThan(0);

      const half = Math.floor(readings.length / 2);
      const [early, late] = [readings.slice(0, half), readings.slice(half)];
      const max = (rs: Reading[], key: keyof Reading) => Math.max(...rs.map((r) => r[key]));
      const min = (rs: Reading[], key: keyof Reading) => Math.min(...rs.map((r) => r[key]));
      const summary = { commands: sent, readings: readings.map((r) => ({ heapMb: +(r.heapUsed / MB).toFixed(1), rssMb: +(r.rss / MB).toFixed(1), handles: r.handles })) };
      // A leak raises the floor: the lowest reading of the second half must not exceed the highest of the first by much.
      expect((min(late, 'heapUsed') - max(early, 'heapUsed')) / MB, JSON.stringify(summary)).toBeLessThan(2);
      expect((min(late, 'rss') - max(early, 'rss')) / MB, JSON.stringify(summary)).toBeLessThan(10);
      expect(min(late, 'handles') - max(early, 'handles'), JSON.stringify(summary)).toBeLessThanOrEqual(2);
    } finally {
      await child.stop();
      await api.close();
    }
  });
});
