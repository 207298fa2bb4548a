/**
 * Discord sharding against the fake gateway: DISCORD_SHARDS (a number or
 * `auto`) and DISCORD_SHARD_IDS become discord.js's own options; one process
 * can hold every shard, or processes can split them, and a guild's
 * interactions are answered on whichever shard Discord sends them to.
 */
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { type DiscordBot, shardOptions, startDiscord } from '../../src/adapters/discord/app.js';
import { readConfig } from '../../src/config.js';
import type { Asker, Input } from '../../src/core/conversations/effects.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import * as fixtures from '../fakes/discord-fixtures.js';
import { shardOf } from '../fakes/discord-gateway.js';
import { FakeDiscord, type InteractionRecord } from '../fakes/discord-server.js';
import { knowledge } from '../support/knowledge.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.shards-token';
const APPLICATION_ID = '110000000000000003';

/** The first guild id at or after `from` whose events go to `shard` of `count`. */
function guildOnShard(shard: number, count: number, from = 120_000_000_000_000_000n): string {
  let id = from;
  for (let step = 0; step < count; step++, id += 1n << 22n) if (shardOf(String(id), count) === shard) return String(id);
  throw new Error(`no guild for shard ${shard}`);
}

const GUILDS = [guildOnShard(0, 2), guildOnShard(1, 2)] as const;
const CHANNELS = ['130000000000000010', '130000000000000011'] as const;

const running: Array<{ stop(): Promise<void> } | FakeDiscord> = [];
afterEach(async () => {
  for (const thing of running.splice(0).reverse()) await ('stop' in thing ? thing.stop() : thing.close());
});

/** A fake Discord with one guild (and a #backend channel) on each of two shards. */
async function twoGuilds(): Promise<FakeDiscord> {
  const fake = await FakeDiscord.start({ token: TOKEN, applicationId: APPLICATION_ID, guildId: GUILDS[0], botUser: fixtures.user('Framework Advisor', { bot: true }) });
  running.push(fake);
  fake.addTextChannel(CHANNELS[0], 'backend', GUILDS[0]);
  fake.addTextChannel(CHANNELS[1], 'backend', GUILDS[1]);
  return fake;
}

/** A bot process's Discord client, over a store it may share, noting the guild of every input it handles. */
async function botProcess(fake: FakeDiscord, store: MemoryStore, shards: Parameters<typeof shardOptions>[0]): Promise<{ bot: DiscordBot; handledIn: string[] }> {
  const core = new TeamAdvisor(knowledge(), { store });
  const handledIn: string[] = [];
  const teamAdvisor = {
    frameworkChoices: core.frameworkChoices.bind(core),
    handle: (input: Input, asker: Asker) => (handledIn.push(asker.tenant), core.handle(input, asker)),
  };
  const bot = await startDiscord({ config: { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl }, teamAdvisor, store, logger: pino({ level: 'silent' }), shards });
  running.push(bot);
  return { bot, handledIn };
}

/** `/framework info hono` in the guild's #backend; resolves with the title of the answer. */
async function askIn(fake: FakeDiscord, guildIndex: 0 | 1): Promise<string | undefined> {
  const channel = fake.channels.get(CHANNELS[guildIndex])!;
  const person = fixtures.user('Alice');
  const payload = fixtures.slashCommand({ channel, guildId: GUILDS[guildIndex] }, person, APPLICATION_ID, 'info', { framework: 'hono' });
  const record: InteractionRecord = { id: payload.id, token: payload.token, channelId: channel.id, guildId: GUILDS[guildIndex], userId: person.id, acknowledged: false };
  fake.interactions.set(payload.token, record);
  const answered = fake.waitForCall((call) => call.path.startsWith(`/interactions/${payload.id}/`));
  fake.gateway.dispatch('INTERACTION_CREATE', payload);
  await answered;
  const reply = record.originalId ? fake.messages.get(record.originalId) : undefined;
  return reply?.embeds[0]?.title;
}

describe('Discord sharding settings', () => {
  it('reads DISCORD_SHARDS and DISCORD_SHARD_IDS into discord.js options', () => {
    const plan = (env: Record<string, string>) => {
      const config = readConfig(env);
      return config.DISCORD_SHARDS === undefined ? undefined : { count: config.DISCORD_SHARDS, ...(config.DISCORD_SHARD_IDS ? { ids: config.DISCORD_SHARD_IDS } : {}) };
    };
    expect(shardOptions(plan({}))).toEqual({});
    expect(shardOptions(plan({ DISCORD_SHARDS: 'auto' }))).toEqual({ shards: 'auto' });
    expect(shardOptions(plan({ DISCORD_SHARDS: '2' }))).toEqual({ shardCount: 2, shards: [0, 1] });
    expect(shardOptions(plan({ DISCORD_SHARDS: '4', DISCORD_SHARD_IDS: '0,1' }))).toEqual({ shardCount: 4, shards: [0, 1] });
    expect(shardOptions(plan({ DISCORD_SHARDS: '16', DISCORD_SHARD_IDS: '8-11, 14' }))).toEqual({ shardCount: 16, shards: [8, 9, 10, 11, 14] });
  });

  it.each([
    [{ DISCORD_SHARDS: 'many' }, /DISCORD_SHARDS: a number of shards, or auto/],
    [{ DISCORD_SHARDS: '0' }, /DISCORD_SHARDS: between 1 and/],
    [{ DISCORD_SHARD_IDS: '0' }, /DISCORD_SHARD_IDS: needs DISCORD_SHARDS set to the total number of shards \(not auto\)/],
    [{ DISCORD_SHARDS: 'auto', DISCORD_SHARD_IDS: '0' }, /DISCORD_SHARD_IDS: needs DISCORD_SHARDS/],
    [{ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '1,2' }, /DISCORD_SHARD_IDS: shard ids go from 0 to 1 with DISCORD_SHARDS=2; 2 is outside that/],
    [{ DISCORD_SHARDS: '4', DISCORD_SHARD_IDS: 'first' }, /DISCORD_SHARD_IDS: shard ids such as 0,1 or 4-7/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrowError(message);
  });
});

describe('Discord sharding against the gateway', () => {
  it('with DISCORD_SHARDS=auto, holds the shards Discord recommends and answers on each', async () => {
    const fake = await twoGuilds();
    fake.recommendedShards = 2;
    const { bot, handledIn } = await botProcess(fake, new MemoryStore(), { count: 'auto' });
    expect(fake.gateway.identifiedShards.map(String).sort()).toEqual(['0,2', '1,2']);
    expect(bot.state()).toBe('ready');
    expect(await askIn(fake, 0)).toBe('Hono');
    expect(await askIn(fake, 1)).toBe('Hono');
    expect(handledIn).toEqual([`discord:${GUILDS[0]}`, `discord:${GUILDS[1]}`]);
  });

  it('splits the shards between two processes: each identifies only its own, and answers its own guilds', async () => {
    const fake = await twoGuilds();
    const store = new MemoryStore();
    const first = await botProcess(fake, store, { count: 2, ids: [0] });
    const second = await botProcess(fake, store, { count: 2, ids: [1] });
    expect(fake.gateway.identifiedShards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(await askIn(fake, 1)).toBe('Hono');
    expect(await askIn(fake, 0)).toBe('Hono');
    expect(first.handledIn).toEqual([`discord:${GUILDS[0]}`]);
    expect(second.handledIn).toEqual([`discord:${GUILDS[1]}`]);
  });

  it('answers a guild whose shard dropped once that shard resumes, and is ready again', async () => {
    const fake = await twoGuilds();
    const { bot } = await botProcess(fake, new MemoryStore(), { count: 2 });
    const resumed = new Promise((resolve) => fake.gateway.once('resumed', resolve));
    fake.gateway.drop(1);
    // Asked while shard 1 is away: Discord replays it when the shard resumes, and it is answered.
    expect(await askIn(fake, 1)).toBe('Hono');
    await resumed;
    expect(bot.state()).toBe('ready');
  });
});
