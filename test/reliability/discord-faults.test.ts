/**
 * Discord failing in ways test/discord does not cover: a REST call that never
 * answers, and the gateway closing with a code. A resumable close (4000,
 * 1001) is resumed and what was sent meanwhile is answered; a session timed
 * out (4009) is replaced by a new IDENTIFY and the bot answers again; an
 * authentication failure (4004) stops the shard with a clear error instead of
 * retrying. Nothing here waits on a clock: each test waits for the event
 * that shows the outcome.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiscordUsers } from '../fakes/discord-users.js';

let discord: DiscordUsers;
beforeEach(async () => {
  discord = await DiscordUsers.start();
});
afterEach(async () => {
  await discord?.stop();
});

const logged = () => discord.logs.map((l) => JSON.parse(l) as { level: number; msg: string; code?: number });

describe('a REST call that never answers', () => {
  it('is given up after the client timeout and retried, and the answer arrives', async () => {
    const posts = new RegExp(`^/channels/${discord.backend.id}/messages$`);
    discord.fake.fail({ path: posts, status: 'stall', times: 1 });
    const seen = await discord.mention('info laravel');
    expect(seen.messages.map((m) => m.title)).toEqual(['Laravel']);
    // The held call (status 0, never answered), then the retry.
    expect(discord.calls.filter((c) => posts.test(c.path)).map((c) => c.status)).toEqual([0, 200]);
  });
});

describe('the gateway closing', () => {
  for (const code of [4000, 1001]) {
    it(`with ${code} is resumed, and an interaction sent meanwhile is answered`, async () => {
      discord.fake.gateway.closeWith(code);
      const seen = await discord.slash('info', { framework: 'hono' });
      expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Hono' });
      expect(discord.fake.gateway.resumes).toHaveLength(1);
      expect(discord.fake.gateway.identifies).toHaveLength(1);
      await vi.waitFor(() => expect(discord.bot.state()).toBe('ready'));
    });
  }

  it('with 4009 (session timed out) starts a new session with IDENTIFY and answers again', async () => {
    discord.fake.gateway.closeWith(4009);
    // discord.js waits out its identify throttle (about 5 s) before identifying again.
    await vi.waitFor(() => expect(discord.fake.gateway.identifies).toHaveLength(2), { timeout: 20_000, interval: 50 });
    const seen = await discord.slash('info', { framework: 'gin' });
    expect(seen.reply).toMatchObject({ title: 'Gin' });
    await vi.waitFor(() => expect(discord.bot.state()).toBe('ready'));
  });

  it('with 4004 (authentication failed) stops that shard with a clear error, and does not retry', async () => {
    discord.fake.gateway.closeWith(4004);
    await vi.waitFor(() => expect(logged()).toContainEqual(expect.objectContaining({ level: 50, code: 4004, msg: expect.stringMatching(/will not reconnect; check DISCORD_TOKEN/) })));
    expect(discord.fake.gateway.identifies).toHaveLength(1);
    expect(discord.fake.gateway.resumes).toEqual([]);
    // /healthz says so, instead of "reconnecting" forever.
    expect(discord.bot.state()).toBe('failed');
  });
});
