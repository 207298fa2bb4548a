/**
 * Discord end to end: `/framework compare django fastapi` as an
 * INTERACTION_CREATE dispatched by the fake gateway to the real discord.js
 * client (startDiscord), timed until the fake Discord receives the
 * interaction's callback request with the answer. One interaction at a time,
 * each from a different person (so the rate limit never answers instead);
 * p50 and p99 are medians over runs. The fake lives in this process, so its
 * own handling is included. A comparison's answer carries its chart as a PNG,
 * drawn before the callback, so the path is timed twice: as shipped, and with
 * no chart, which shows what the drawing costs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDiscord } from '../src/adapters/discord/app.js';
import type { DrawChart } from '../src/adapters/discord/outbox.js';
import type { KnowledgeBase } from '../src/core/knowledge/knowledge-base.js';
import { TeamAdvisor } from '../src/core/team-advisor.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import * as fixtures from '../test/fakes/discord-fixtures.js';
import { FakeDiscord } from '../test/fakes/discord-server.js';
import { median, percentile, round } from './measure.js';
import { discardedLogs } from './slack-service.js';

const TOKEN = 'bench.discord.token';
const APPLICATION_ID = '110000000000000001';
const GUILD_ID = '120000000000000001';
const CHANNEL_ID = '130000000000000001';

export interface DiscordTiming {
  p50_ms: number;
  p99_ms: number;
  interactions: number;
}

export interface DiscordOptions {
  runs?: number;
  perRun?: number;
  warmup?: number;
}

/** Dispatches one slash command and resolves with the milliseconds until its callback arrived. */
function oneInteraction(fake: FakeDiscord, index: number): Promise<number> {
  const person = fixtures.user(`Person${index}`);
  const where = { channel: fake.channels.get(CHANNEL_ID)!, guildId: GUILD_ID };
  const payload = fixtures.slashCommand(where, person, APPLICATION_ID, 'compare', { first: 'django', second: 'fastapi' });
  fake.interactions.set(payload.token, { id: payload.id, token: payload.token, channelId: CHANNEL_ID, guildId: GUILD_ID, userId: person.id, acknowledged: false });
  const callback = `/interactions/${payload.id}/${payload.token}/callback`;
  const start = process.hrtime.bigint();
  const answered = fake.waitForCall((call) => call.path === callback);
  fake.gateway.dispatch('INTERACTION_CREATE', payload);
  return answered.then((call) => {
    if (call.status >= 300) throw new Error(`the interaction callback was answered ${call.status}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
}

async function timeInteractions(kb: KnowledgeBase, drawChart: DrawChart | undefined, { runs = 5, perRun = 100, warmup = 50 }: DiscordOptions): Promise<DiscordTiming> {
  const botUser = fixtures.user('Framework Advisor', { bot: true });
  const fake = await FakeDiscord.start({ token: TOKEN, applicationId: APPLICATION_ID, guildId: GUILD_ID, botUser });
  fake.addTextChannel(CHANNEL_ID, 'backend');
  const dir = mkdtempSync(join(tmpdir(), 'advisor-bench-discord-'));
  const store = SqliteStore.open(join(dir, 'advisor.db'));
  const config = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl };
  const bot = await startDiscord({ config, teamAdvisor: new TeamAdvisor(kb, { store }), store, logger: discardedLogs(), ...(drawChart ? { drawChart } : {}) });
  try {
    let index = 0;
    for (let i = 0; i < warmup; i++) await oneInteraction(fake, index++);
    const p50s: number[] = [];
    const p99s: number[] = [];
    for (let r = 0; r < runs; r++) {
      const times: number[] = [];
      for (let i = 0; i < perRun; i++) times.push(await oneInteraction(fake, index++));
      // The fake keeps every call; forgetting them keeps its lookups (and memory) flat.
      fake.calls.length = 0;
      times.sort((a, b) => a - b);
      p50s.push(percentile(times, 50));
      p99s.push(percentile(times, 99));
    }
    return { p50_ms: round(median(p50s), 2), p99_ms: round(median(p99s), 2), interactions: runs * perRun };
  } finally {
    await bot.stop();
    await fake.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** As shipped (the chart drawn and attached), with the same path without a chart beside it. */
export async function benchDiscord(kb: KnowledgeBase, options: DiscordOptions = {}): Promise<DiscordTiming & { without_chart: DiscordTiming }> {
  const shipped = await timeInteractions(kb, undefined, options);
  const withoutChart = await timeInteractions(kb, async () => undefined, options);
  return { ...shipped, without_chart: withoutChart };
}
