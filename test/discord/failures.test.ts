/**
 * When Discord misbehaves: rate limits (429 with retry_after) are waited out,
 * a 500 is retried, and when Discord keeps failing the user gets an apology
 * (or, if even that cannot be sent, the failure is logged) and the bot goes on.
 * A slow core is covered by deferring within Discord's 3 seconds. No token
 * reaches the logs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../src/adapters/kit/apology.js';
import type { Asker, Effect, Input } from '../../src/core/conversations/effects.js';
import type { Store } from '../../src/core/conversations/store.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import type { FakeDiscord } from '../fakes/discord-server.js';
import { BOT_TOKEN, DiscordUsers } from '../fakes/discord-users.js';
import { knowledge } from '../support/knowledge.js';

/** Interaction callbacks and webhooks of the people's interactions (not the harness's sentinels). */
const CALLBACKS = /^\/interactions\/\d+\/interaction-token-[^/]+\/callback$/;
const statusesOf = (discord: DiscordUsers, path: RegExp) => discord.calls.filter((c) => path.test(c.path)).map((c) => c.status);

describe('a rate-limited or failing Discord', () => {
  let discord: DiscordUsers;
  beforeAll(async () => {
    discord = await DiscordUsers.start();
  });
  afterAll(async () => {
    await discord?.stop();
  });

  it('waits out a 429 on the interaction callback and still answers', async () => {
    discord.fake.fail({ path: CALLBACKS, status: 429, retryAfter: 0.05, times: 1 });
    const seen = await discord.slash('compare', { first: 'django', second: 'rails' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Django vs Ruby on Rails' });
    expect(statusesOf(discord, CALLBACKS).slice(-2)).toEqual([429, 204]);
  });

  it('waits out a 429 on a channel message for the retry_after Discord gave, logs it, and posts', async () => {
    const messages = new RegExp(`^/channels/${discord.backend.id}/messages$`);
    discord.fake.fail({ path: messages, status: 429, retryAfter: 0.2, times: 1 });
    const seen = await discord.mention('info laravel');
    expect(seen.messages.map((m) => m.title)).toEqual(['Laravel']);
    expect(statusesOf(discord, messages).slice(-2)).toEqual([429, 200]);
    const warning = discord.logs.map((l) => JSON.parse(l) as { msg: string; retryAfterMs?: number }).find((l) => l.msg === 'discord: rate limited, waiting');
    expect(warning?.retryAfterMs).toBeGreaterThanOrEqual(200);
  });

  it('retries a 500 and answers', async () => {
    discord.fake.fail({ path: CALLBACKS, status: 500, times: 1 });
    const seen = await discord.slash('info', { framework: 'gin' });
    expect(seen.reply!.title).toBe('Gin');
    expect(statusesOf(discord, CALLBACKS).slice(-2)).toEqual([500, 204]);
  });

  it('apologises when Discord keeps failing the answer, and logs why', async () => {
    discord.fake.fail({ path: CALLBACKS, status: 500, times: 3 });
    const seen = await discord.slash('info', { framework: 'echo' });
    expect(seen.reply).toMatchObject({ ephemeral: true, content: APOLOGY });
    expect(statusesOf(discord, CALLBACKS).slice(-4)).toEqual([500, 500, 500, 204]);
    const logged = discord.logs.map((l) => JSON.parse(l) as { msg: string; err?: { status?: number; path?: string } }).filter((l) => l.msg === 'discord: could not answer');
    expect(logged.at(-1)!.err).toMatchObject({ status: 500, path: expect.stringContaining('/[redacted]/callback') });
  });

  it('logs and carries on when not even the apology gets through', async () => {
    const messages = new RegExp(`^/channels/${discord.backend.id}/messages$`);
    discord.fake.fail({ path: messages, status: 500, times: 6 });
    const seen = await discord.mention('info koa');
    expect(seen.messages).toEqual([]);
    expect(discord.logs.some((l) => l.includes('could not apologise either'))).toBe(true);
    expect((await discord.mention('info koa')).messages.map((m) => m.title)).toEqual(['Koa']);
  });

  it('runs the guided flow in the channel when it may not create threads there', async () => {
    discord.fake.fail({ path: /\/threads$/, status: 403, times: 1 });
    const seen = await discord.slash('recommend', {}, { as: discord.carol });
    expect(seen.threads).toEqual([]);
    expect(seen.messages.map((m) => [m.channelId, m.title])).toEqual([
      [discord.backend.id, 'Carol is choosing a backend framework'],
      [discord.backend.id, '1/6 · What are you building?'],
    ]);
  });

  it('never logs the bot token or an interaction token', () => {
    const logs = discord.logs.join('\n');
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain('interaction-token-');
  });
});

/** A core that answers only once Discord has seen the interaction deferred, as a slow store would. */
class SlowTeamAdvisor extends TeamAdvisor {
  constructor(
    store: Store,
    private readonly fake: FakeDiscord,
  ) {
    super(knowledge(), { store });
  }

  override async handle(input: Input, asker: Asker): Promise<Effect[]> {
    const since = this.fake.calls.length;
    await this.fake.waitForCall((c) => this.fake.calls.indexOf(c) >= since && CALLBACKS.test(c.path) && [5, 6].includes((c.body as { type: number }).type));
    return super.handle(input, asker);
  }
}

describe('a slow core', () => {
  let discord: DiscordUsers;
  beforeAll(async () => {
    discord = await DiscordUsers.start({ teamAdvisor: (store, fake) => new SlowTeamAdvisor(store, fake), deferAfterMs: 10 });
  });
  afterAll(async () => {
    await discord?.stop();
  });

  it('defers a slash command privately, then fills in the answer', async () => {
    const seen = await discord.slash('compare', { first: 'phoenix', second: 'rails' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Phoenix vs Ruby on Rails' });
    const mine = discord.calls.filter((c) => CALLBACKS.test(c.path)).at(-1)!;
    expect(mine.body).toMatchObject({ type: 5, data: { flags: 64 } });
  });

  it('defers a public answer too, and posts it publicly instead of in the private placeholder', async () => {
    const seen = await discord.slash('weights', { set: 'security=2' });
    expect(seen.reply).toBeUndefined();
    expect(seen.messages.map((m) => [m.title, m.ephemeral])).toEqual([["Alice set this channel's default priorities", false]]);
  });

  it('defers a click without touching the message, then updates it', async () => {
    const started = await discord.slash('recommend');
    const step = discord.channelMessages(started.threads[0]!.id)[0]!;
    const seen = await discord.click(step, 'Real-time app');
    expect(seen.reply).toMatchObject({ id: step.id, title: '2/6 · Which languages can the team use?' });
    expect(discord.calls.filter((c) => CALLBACKS.test(c.path)).at(-1)!.body).toMatchObject({ type: 6 });
  });
});
