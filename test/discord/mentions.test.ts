/**
 * The command language in plain messages: "@Framework Advisor compare rails
 * vs laravel" in a channel, or anything in a DM. Other messages, and bots,
 * are left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fixtures from '../fakes/discord-fixtures.js';
import { DiscordUsers, GUILD_ID } from '../fakes/discord-users.js';

let discord: DiscordUsers;
beforeAll(async () => {
  discord = await DiscordUsers.start();
});
afterAll(async () => {
  await discord?.stop();
});

describe('mentions', () => {
  it('a mention in a channel is answered there, as a reply to the message', async () => {
    const seen = await discord.mention('compare rails vs laravel', { as: discord.carol });
    expect(seen.messages).toHaveLength(1);
    const answer = seen.messages[0]!;
    expect(answer).toMatchObject({ channelId: discord.backend.id, ephemeral: false, title: 'Ruby on Rails vs Laravel' });
    expect(answer.raw.message_reference).toBeDefined();
    const sent = discord.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${discord.backend.id}/messages`).at(-1)!;
    expect(sent.body).toMatchObject({ allowed_mentions: { parse: [] }, message_reference: { fail_if_not_exists: false } });
  });

  it('a mention that is not a command gets the helpful "did you mean"', async () => {
    const seen = await discord.mention('compair django flask');
    expect(seen.messages[0]!.text).toContain('Did you mean compare');
  });

  it('a mention alone gets the help', async () => {
    const seen = await discord.mention('');
    expect(seen.messages[0]!.title).toBe('Framework Advisor: choose a backend framework with your team');
  });

  it('"recommend" in a mention starts the guided flow in a thread on the bot\'s answer', async () => {
    const seen = await discord.mention('recommend language=elixir', { as: discord.bob });
    expect(seen.threads).toHaveLength(1);
    expect(seen.messages.map((m) => m.title)).toEqual(['Bob is choosing a backend framework', '1/6 · What are you building?']);
    expect(seen.messages[1]!.channelId).toBe(seen.threads[0]!.id);
  });

  it('"history export" attaches the decision record as a Markdown file', async () => {
    const bob = discord.bob;
    await discord.slash('compare', { first: 'django', second: 'flask' }, { as: bob }).then((s) => discord.click(s.reply!, 'Share to channel', { as: bob }));
    const seen = await discord.mention('history export');
    const answer = seen.messages[0]!;
    expect(answer.raw.attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/\.md$/)]);
    expect(discord.fake.files.get(answer.id)![0]!.text).toContain('Django');
  });
});

describe('what the bot leaves alone', () => {
  it('messages that do not mention it', async () => {
    const before = discord.calls.length;
    const seen = await discord.say('compare django flask');
    expect(seen.messages).toEqual([]);
    expect(discord.calls.length).toBe(before);
  });

  it('other bots, even when they mention it', async () => {
    const otherBot = fixtures.user('Other bot', { bot: true });
    const message = fixtures.chatMessage({ channel: discord.backend, guildId: GUILD_ID }, otherBot, `<@${discord.botUser.id}> help`, [discord.botUser]);
    const seen = await discord.dispatchRaw('MESSAGE_CREATE', message);
    expect(seen.messages).toEqual([]);
  });

  it('the same message delivered twice is answered once', async () => {
    const message = fixtures.chatMessage({ channel: discord.backend, guildId: GUILD_ID }, discord.alice, `<@${discord.botUser.id}> list`, [discord.botUser]);
    const first = await discord.dispatchRaw('MESSAGE_CREATE', message);
    const again = await discord.dispatchRaw('MESSAGE_CREATE', message);
    expect(first.messages).toHaveLength(1);
    expect(again.messages).toEqual([]);
  });
});

describe('DMs', () => {
  it('every DM is a command, answered in the DM', async () => {
    const seen = await discord.say('top security language=python', { dm: true, as: discord.carol });
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.title).toContain('security');
    expect(discord.fake.channels.get(seen.messages[0]!.channelId)!.type).toBe(1);
  });

  it('"recommend" in a DM runs the flow in the DM, since DMs have no threads', async () => {
    const seen = await discord.say('recommend', { dm: true, as: discord.carol });
    expect(seen.threads).toEqual([]);
    expect(seen.messages.map((m) => m.title)).toEqual(['Carol is choosing a backend framework', '1/6 · What are you building?']);
    const step = seen.messages[1]!;
    const next = await discord.click(step, 'MVP or startup product', { as: discord.carol });
    expect(next.reply).toMatchObject({ id: step.id, title: '2/6 · Which languages can the team use?' });
  });
});
