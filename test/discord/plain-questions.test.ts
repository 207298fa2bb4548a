/** Plain questions to the Discord bot: mention markup, the reading line, and an adjust button into the prefilled guided flow. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordUsers } from '../fakes/discord-users.js';

let discord: DiscordUsers;
beforeAll(async () => {
  discord = await DiscordUsers.start();
});
afterAll(async () => {
  await discord?.stop();
});

describe('plain questions on Discord', () => {
  it('a mention with a plain question gets the reading and an adjust button that starts the guided flow prefilled', async () => {
    const seen = await discord.mention('rails or django for a marketplace?? not kubernetes tho 🙏', { as: discord.alice });
    const answer = seen.messages[0]!;
    expect(answer.title).toBe('Ruby on Rails vs Django');
    expect(answer.text).toContain('I read this as: compare · project: e-commerce · comparing Ruby on Rails and Django');
    expect(answer.text).toMatch(/the weights for e-commerce/i);

    const adjusted = await discord.click(answer, 'Adjust answers');
    expect(adjusted.reply).toMatchObject({ title: 'Alice is choosing a backend framework' });
    const thread = adjusted.threads[0]!;
    const [step] = discord.channelMessages(thread.id);
    expect(step!.title).toBe('1/6 · What are you building?');
    expect(step!.buttons.map((b) => b.label)).toContain('Keep: E-commerce');
    const kept = await discord.click(step!, 'Keep: E-commerce');
    expect(kept.reply!.title).toBe('2/6 · Which languages can the team use?');
  });

  it('a DM with a negation is read as languages left out, and the unplaced words are named', async () => {
    const seen = await discord.say('anything but PHP, we host on kubernetes', { dm: true });
    const answer = seen.messages[0]!;
    expect(answer.text).toContain('I read this as: recommend · languages: any but PHP');
    expect(answer.text).toContain("I did not use: 'kubernetes'");
    expect(answer.title).not.toMatch(/Laravel|Symfony|CakePHP/);
  });
});
