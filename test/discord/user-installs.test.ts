/**
 * Issue 17, Discord: Alice installed Framework Advisor to her own account and
 * uses it in a server that never added the bot, and in a group DM. Discord
 * delivers her commands; the bot answers her privately, and what needs the
 * bot in the channel (the guided flow's thread, sharing, votes, decisions,
 * channel settings) says why it is unavailable there. Underneath, the real
 * discord.js client against the fake Discord, which refuses channel posts
 * where the bot was not added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordUsers, GROUP_DM, OUTSIDE_CHANNEL, type Seen } from '../fakes/discord-users.js';

let discord: DiscordUsers;
beforeAll(async () => {
  discord = await DiscordUsers.start();
});
afterAll(async () => {
  await discord?.stop();
});

/** Nothing was posted to a channel, and no thread was started: only the interaction was answered. */
function onlyAnsweredTheInteraction(seen: Seen, before: number) {
  expect(discord.calls.slice(before).filter((c) => c.path.startsWith('/channels/'))).toEqual([]);
  expect(seen.threads).toEqual([]);
  expect(discord.calls.slice(before).filter((c) => c.path.startsWith('/interactions/')).map((c) => c.status)).toEqual([204]);
}

describe('a user install in a server that did not add the bot', () => {
  it('answers /framework compare privately, without a Share button it could not carry out; info and top answer too', async () => {
    const before = discord.calls.length;
    const seen = await discord.slash('compare', { first: 'django', second: 'fastapi' }, { outside: 'server' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Django vs FastAPI', channelId: OUTSIDE_CHANNEL });
    expect(seen.reply!.buttons.map((b) => b.label)).not.toContain('Share to channel');
    onlyAnsweredTheInteraction(seen, before);
    expect((await discord.slash('info', { framework: 'phoenix' }, { outside: 'server' })).reply).toMatchObject({ ephemeral: true, title: 'Phoenix' });
    const top = await discord.slash('top', { criterion: 'security' }, { outside: 'server' });
    expect(top.reply!.ephemeral).toBe(true);
    expect(top.reply!.title).toMatch(/security/i);
  });

  it('recommend with no answers explains that the guided flow needs a thread, and how to ask in one line instead; no thread is started', async () => {
    const before = discord.calls.length;
    const seen = await discord.slash('recommend', {}, { outside: 'server' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Not available here' });
    expect(seen.reply!.text).toContain('The guided recommendation runs in a thread, and Framework Advisor has not been added here');
    expect(seen.reply!.text).toContain('/framework recommend language=python project=api priorities=performance');
    onlyAnsweredTheInteraction(seen, before);
  });

  it('recommend with some answers answers at once, privately, without Share or vote buttons', async () => {
    const before = discord.calls.length;
    const seen = await discord.slash('recommend', { language: 'python', project: 'api', priorities: 'performance' }, { outside: 'server' });
    expect(seen.reply!.ephemeral).toBe(true);
    expect(seen.reply!.title).toMatch(/^(Recommended|Too close to call): /);
    expect(seen.reply!.buttons.map((b) => b.label)).not.toEqual(expect.arrayContaining(['Share to channel']));
    expect(seen.reply!.buttons.map((b) => b.label)).not.toEqual(expect.arrayContaining(['Start a team vote']));
    onlyAnsweredTheInteraction(seen, before);

    // Its buttons work there too: a click on the ephemeral answer is answered in place.
    const compared = await discord.click(seen.reply!, /^Compare top/);
    expect(compared.reply!.ephemeral).toBe(true);
    expect(compared.reply!.title).toMatch(/ vs /);
  });

  it('weights says channel settings need the bot in the channel, and leaves the server\'s settings alone', async () => {
    const seen = await discord.slash('weights', { set: 'performance=3' }, { outside: 'server' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Not available here' });
    expect(seen.reply!.text).toContain("A channel's default priorities are kept for a channel that added Framework Advisor");
    const compared = await discord.slash('compare', { first: 'gin', second: 'flask' }, { outside: 'server' });
    expect(compared.reply!.text).not.toContain("this channel's");
  });
});

describe('a user install in a group DM', () => {
  it('answers a plain compare privately in the group DM, with no Share button (the bot cannot post there)', async () => {
    const before = discord.calls.length;
    const seen = await discord.slash('compare', { first: 'express', second: 'koa' }, { outside: 'group-dm' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Express vs Koa', channelId: GROUP_DM });
    expect(seen.reply!.buttons).toEqual([]);
    onlyAnsweredTheInteraction(seen, before);
  });

  it('history and decide explain that decisions are kept for a channel that added the bot', async () => {
    for (const [sub, options] of [['history', {}], ['decide', { framework: 'fastify' }], ['alerts', { state: 'off' }]] as const) {
      const seen = await discord.slash(sub, options, { outside: 'group-dm' });
      expect(seen.reply, sub).toMatchObject({ ephemeral: true, title: 'Not available here' });
      expect(seen.reply!.text, sub).toContain('Decisions and revisit alerts are kept for a channel that added Framework Advisor');
      expect(seen.reply!.text, sub).toContain('compare, info, top, list and recommend with your answers still work here');
    }
  });
});

describe('in German', () => {
  it('the notice is in German for a de client', async () => {
    const seen = await discord.slash('history', {}, { outside: 'server', locale: 'de' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Hier nicht verfügbar' });
    expect(seen.reply!.text).toContain('Entscheidungen und Hinweise werden für einen Kanal gespeichert');
  });

  it('the help card opens in German, and says commands are English words', async () => {
    const seen = await discord.slash('help', {}, { locale: 'de' });
    expect(seen.reply!.title).toBe('Framework Advisor: das passende Backend-Framework im Team wählen');
    expect(seen.reply!.text).toContain('Befehle und Fragen verstehe ich auf Englisch');
    expect(seen.reply!.text).toContain('compare django fastapi');
  });

  it('other languages get English', async () => {
    expect((await discord.slash('help', {}, { locale: 'pt-BR' })).reply!.title).toBe('Framework Advisor: choose a backend framework with your team');
    expect((await discord.slash('history', {}, { outside: 'server', locale: 'fr' })).reply!.title).toBe('Not available here');
  });
});
