/**
 * Issue 17, Discord: "Ask Framework Advisor" in a message's Apps menu reads
 * the message as a question. The answer goes to the person who asked, as
 * every /framework answer does (ephemeral, with Share where the bot can post
 * for the channel): they chose to ask about someone else's message, and the
 * channel sees it only if they share it. A question too vague to answer
 * starts the guided flow in a thread, as a mention does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordUsers } from '../fakes/discord-users.js';

let discord: DiscordUsers;
beforeAll(async () => {
  discord = await DiscordUsers.start();
});
afterAll(async () => {
  await discord?.stop();
});

describe('"Ask Framework Advisor" on a message', () => {
  it("reads Bob's plain question and answers Alice privately, with Share; the channel sees nothing new", async () => {
    const question = discord.written('rails or django for a marketplace?? not kubernetes tho', { as: discord.bob });
    const seen = await discord.askAbout(question);
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Ruby on Rails vs Django' });
    expect(seen.reply!.text).toContain('I read this as: compare · project: e-commerce · comparing Ruby on Rails and Django');
    expect(seen.reply!.buttons.map((b) => b.label)).toContain('Share to channel');
    expect(discord.channelMessages(discord.backend.id).map((m) => m.id)).toEqual([question]);

    const shared = await discord.click(seen.reply!, 'Share to channel');
    expect(shared.messages.some((m) => !m.ephemeral && m.title === 'Ruby on Rails vs Django')).toBe(true);
  });

  it('reads a command written in a message as that command, mention markup left out', async () => {
    const message = discord.written(`<@${discord.carol.id}> compare fastapi flask`, { as: discord.bob });
    const seen = await discord.askAbout(message);
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'FastAPI vs Flask' });
    // A command, not a question to interpret: no reading line.
    expect(seen.reply!.text).not.toContain('I read this as');
  });

  it('a question with too little to go on starts the guided flow in a thread', async () => {
    const message = discord.written('which backend framework should we use?', { as: discord.bob });
    const seen = await discord.askAbout(message);
    expect(seen.reply).toMatchObject({ ephemeral: false, title: 'Alice is choosing a backend framework' });
    expect(seen.threads).toHaveLength(1);
  });

  it('where the bot was not added, answers privately without Share, and posts nothing', async () => {
    const message = discord.written('should we use go or rust for our API?', { outside: 'server', as: discord.bob });
    const before = discord.calls.length;
    const seen = await discord.askAbout(message);
    expect(seen.reply!.ephemeral).toBe(true);
    expect(seen.reply!.text).toContain('I read this as:');
    expect(seen.reply!.buttons.map((b) => b.label)).not.toContain('Share to channel');
    expect(discord.calls.slice(before).filter((c) => c.path.startsWith('/channels/'))).toEqual([]);
    expect(seen.threads).toEqual([]);
  });

  it('where the bot was not added, a vague question gets the one-line way to ask, in German for a de client', async () => {
    const message = discord.written('what framework should we use?', { outside: 'group-dm', as: discord.bob });
    const seen = await discord.askAbout(message, { locale: 'de' });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: 'Hier nicht verfügbar' });
    expect(seen.reply!.text).toContain('Die geführte Empfehlung läuft in einem Thread');
    expect(seen.threads).toEqual([]);
  });
});
