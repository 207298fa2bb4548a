/**
 * Resident memory of the Slack bot after 5,000 and 10,000 mixed commands
 * (command-mix.ts), read in its own process after full garbage collections.
 * Growth between the two readings is what a leak would show; the first
 * 5,000 commands let caches, JIT code and pools reach their working size.
 * The bot runs compiled, on plain node, as in production (compiled.ts).
 */
import { FakeSlackApi } from '../test/fakes/slack-api.js';
import { startChild } from './child.js';
import { compiledBench } from './compiled.js';
import { round } from './measure.js';
import { serviceNodeFlags } from './service-flags.js';
import { BENCH_SIGNING_SECRET } from './slack-service.js';
import { sendMix } from './slack-traffic.js';

export interface MemoryFigures {
  rss_mb_at_start: number;
  rss_mb_after_5k: number;
  rss_mb_after_10k: number;
  rss_growth_mb_5k_to_10k: number;
  heap_mb_after_5k: number;
  heap_mb_after_10k: number;
  /** The JS heap moves far less than RSS between readings: a leak in JavaScript shows here first. */
  heap_growth_mb_5k_to_10k: number;
  commands: number;
  failed: number;
}

const MB = 1024 * 1024;

export async function benchMemory({ commands = 10_000 } = {}): Promise<MemoryFigures> {
  const api = await FakeSlackApi.start();
  const child = startChild('./memory-child.ts', [api.apiUrl], ['--expose-gc', ...serviceNodeFlags()], compiledBench());
  try {
    const { port } = await child.next<{ port: number }>();
    const traffic = { eventsUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: BENCH_SIGNING_SECRET, api };
    const read = () => child.ask<NodeJS.MemoryUsage>('memory');
    const start = await read();
    const half = Math.floor(commands / 2);
    let failed = await sendMix(traffic, 0, half);
    const middle = await read();
    failed += await sendMix(traffic, half, commands);
    const end = await read();
    return {
      rss_mb_at_start: round(start.rss / MB),
      rss_mb_after_5k: round(middle.rss / MB),
      rss_mb_after_10k: round(end.rss / MB),
      rss_growth_mb_5k_to_10k: round((end.rss - middle.rss) / MB),
      heap_mb_after_5k: round(middle.heapUsed / MB),
      heap_mb_after_10k: round(end.heapUsed / MB),
      heap_growth_mb_5k_to_10k: round((end.heapUsed - middle.heapUsed) / MB),
      commands,
      failed,
    };
  } finally {
    await child.stop();
    await api.close();
  }
}
