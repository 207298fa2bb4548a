/**
 * /framework subcommands end to end: the real discord.js client, connected to
 * the fake Discord over the gateway, answering as the people in the server see it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fixtures from '../fakes/discord-fixtures.js';
import { APPLICATION_ID, DiscordUsers, GUILD_ID } from '../fakes/discord-users.js';

let discord: DiscordUsers;
beforeAll(async () => {
  discord = await DiscordUsers.start();
});
afterAll(async () => {
  await discord?.stop();
});

describe('/framework compare', () => {
  it('answers Alice privately with the comparison and a Share button; the channel sees nothing', async () => {
    const seen = await discord.slash('compare', { first: 'django', second: 'fastapi' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Django vs FastAPI' });
    expect(seen.reply!.fields.map((f) => f.name)).toContain('Scores (0-10)');
    expect(seen.reply!.text).toMatch(/Overall\s+7\.94 ★/);
    expect(seen.reply!.buttons.map((b) => b.label)).toEqual(['Share to channel']);
    expect(discord.channelMessages(discord.backend.id)).toEqual([]);
  });

  it('sends no mentions, whatever the card says', async () => {
    await discord.slash('compare', { first: 'express', second: 'koa' });
    const callback = discord.calls.filter((c) => c.path.endsWith('/callback')).at(-1)!;
    expect(callback.body).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] }, flags: 64 } });
  });

  it('compares four frameworks within Discord\'s limits', async () => {
    const seen = await discord.slash('compare', { first: 'django', second: 'fastapi', third: 'express', fourth: 'nestjs' });
    expect(seen.reply!.title).toBe('Django vs FastAPI vs Express vs NestJS');
    expect(seen.reply!.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['Scores (0-10)', 'Built in', 'Best fit', 'Strengths', 'Watch out for']));
  });
});

describe('autocomplete', () => {
  it('offers the frameworks whose names start with what was typed, names shown and ids sent', async () => {
    const choices = await discord.autocomplete('compare', 'first', 'fast');
    expect(choices).toEqual([
      { name: 'FastAPI', value: 'fastapi' },
      { name: 'Fastify', value: 'fastify' },
    ]);
  });

  it('matches aliases too, and says which alias matched', async () => {
    expect(await discord.autocomplete('info', 'framework', 'ror')).toContainEqual({ name: 'Ruby on Rails (ror)', value: 'rails' });
    expect(await discord.autocomplete('compare', 'second', 'dotnet')).toEqual([{ name: 'ASP.NET Core (dotnet)', value: 'aspnet-core' }]);
  });

  it('offers at most 25 when nothing is typed yet', async () => {
    const choices = await discord.autocomplete('compare', 'third', '');
    expect(choices).toHaveLength(25);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
  });
});

describe('what a user gets wrong', () => {
  it('an unknown framework gets a private "did you mean"', async () => {
    const seen = await discord.slash('info', { framework: 'djangoo' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: "I didn't catch that" });
    expect(seen.reply!.text).toContain('Did you mean Django?');
  });

  it('text that tries to ping shows as typed and pings nobody', async () => {
    const seen = await discord.slash('compare', { first: '@everyone', second: '<@&123>' });
    expect(seen.reply!.text).toContain('@everyone');
    expect(seen.reply!.raw.embeds[0]!.description).not.toMatch(/(^|[^\\])<@&/);
    expect(seen.reply!.raw.embeds[0]!.description).not.toContain('@everyone');
  });
});

describe('channel settings', () => {
  it('/framework weights sets the channel\'s priorities publicly, and comparisons start from them', async () => {
    const set = await discord.slash('weights', { set: 'performance=3 security=1' }, { as: discord.bob });
    expect(set.reply).toMatchObject({ ephemeral: false, title: "Bob set this channel's default priorities" });
    const compared = await discord.slash('compare', { first: 'gin', second: 'flask' });
    expect(compared.reply!.text).toContain("Under this channel's priorities (performance 3, security 1, the others 1) (Performance 43%, ");
  });
});

describe('delivery', () => {
  it('handles an interaction delivered twice only once', async () => {
    const payload = fixtures.slashCommand({ channel: discord.backend, guildId: GUILD_ID }, discord.carol, APPLICATION_ID, 'help', {});
    discord.fake.interactions.set(payload.token, { id: payload.id, token: payload.token, channelId: discord.backend.id, userId: discord.carol.id, acknowledged: false });
    await discord.dispatchRaw('INTERACTION_CREATE', payload);
    await discord.dispatchRaw('INTERACTION_CREATE', payload);
    const answers = discord.calls.filter((c) => c.path.startsWith(`/interactions/${payload.id}/`));
    expect(answers.map((c) => c.status)).toEqual([204]);
  });

  it('answers slash commands in a DM, where the person is the tenant', async () => {
    const seen = await discord.slash('info', { framework: 'phoenix' }, { dm: true, as: discord.carol });
    expect(seen.reply).toMatchObject({ title: 'Phoenix' });
  });
});
