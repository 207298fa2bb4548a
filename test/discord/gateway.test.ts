/**
 * The gateway connection: the client identifies with the intents it needs,
 * heartbeats are acknowledged, and when the connection drops the client
 * resumes the session (no new IDENTIFY), receives what it missed, and answers.
 */
import { once } from 'node:events';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../src/adapters/discord/app.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { DiscordUsers } from '../fakes/discord-users.js';
import { knowledge } from '../support/knowledge.js';

const GUILDS = 1 << 0;
const GUILD_MESSAGES = 1 << 9;
const DIRECT_MESSAGES = 1 << 12;
const MESSAGE_CONTENT = 1 << 15;

let discord: DiscordUsers;
beforeAll(async () => {
  discord = await DiscordUsers.start();
});
afterAll(async () => {
  await discord?.stop();
});

describe('the gateway connection', () => {
  it('identifies once, without the privileged Message Content intent unless asked for it', () => {
    expect(discord.fake.gateway.identifies).toEqual([{ intents: GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES }]);
    expect(discord.fake.gateway.identifies[0]!.intents & MESSAGE_CONTENT).toBe(0);
    expect(discord.bot.state()).toBe('ready');
  });

  it('heartbeats with the last sequence number it saw, and stays connected on the ACK', async () => {
    const [sequence] = (await once(discord.fake.gateway, 'heartbeat')) as [number | null];
    expect(typeof sequence).toBe('number');
    expect((await discord.slash('help')).reply!.title).toContain('Framework Advisor');
    expect(discord.fake.gateway.identifies).toHaveLength(1);
  });

  it('resumes a dropped connection, gets the interaction it missed, and answers it', async () => {
    const resumed = once(discord.fake.gateway, 'resumed');
    discord.fake.gateway.drop();
    // Sent while the client is disconnected: Discord replays it on RESUME.
    const seen = await discord.slash('info', { framework: 'hono' });
    await resumed;
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Hono' });
    expect(discord.fake.gateway.resumes).toEqual([{ session_id: discord.fake.gateway.sessionId, seq: expect.any(Number) }]);
    expect(discord.fake.gateway.identifies).toHaveLength(1);
    await discord.settle();
    expect(discord.bot.state()).toBe('ready');
  });

  it('still answers after resuming', async () => {
    const seen = await discord.mention('compare hono vs elysia');
    expect(seen.messages.map((m) => m.title)).toEqual(['Hono vs Elysia']);
  });
});

describe('starting', () => {
  it('fails with Discord\'s refusal when the token is wrong, without echoing it', async () => {
    const store = new MemoryStore();
    const wrong = 'wrong-token-that-must-not-be-echoed';
    const start = startDiscord({ config: { DISCORD_TOKEN: wrong, DISCORD_API_URL: discord.fake.apiUrl }, teamAdvisor: new TeamAdvisor(knowledge(), { store }), store, logger: pino({ level: 'silent' }) });
    const error = (await start.catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(String(error.message)).not.toContain(wrong);
    expect(discord.fake.gateway.identifies).toHaveLength(1);
  });

  it('asks for Message Content when configured to', async () => {
    const withContent = await DiscordUsers.start({ messageContent: true });
    try {
      expect(withContent.fake.gateway.identifies).toEqual([{ intents: GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT }]);
    } finally {
      await withContent.stop();
    }
  });
});
