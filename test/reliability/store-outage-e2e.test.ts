/**
 * The store failing in the middle of a guided flow, seen end to end through
 * each adapter (the core's side is in test/conversations/store-outage): the
 * person gets a clear private notice, the step message stays as it was, the
 * stateless commands keep working, and once the store is back the flow goes
 * on from where it stopped, with the answers given before the outage.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { DiscordUsers } from '../fakes/discord-users.js';
import { GENERAL, readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from '../slack/slack-bot.js';
import { flakyStore } from '../support/flaky-store.js';
import { knowledge } from '../support/knowledge.js';

const title = (text: string) => text.split('\n')[0];

describe('through Slack', () => {
  let bot: BotUnderTest;
  afterEach(async () => {
    await bot?.close();
  });

  it('tells the person privately, keeps the step, and carries on when the store is back', async () => {
    const db = flakyStore();
    const core = new TeamAdvisor(knowledge(), { store: db.store });
    bot = await startBot({ core: (input, asker) => core.handle(input, asker) });
    const [, step] = (await bot.alice.command('recommend')).messages;
    await bot.alice.click(step!, 'AI/ML service');
    await bot.alice.choose(step!, 'Which languages can the team use?', ['Python']);

    db.down();
    const during = await bot.alice.click(step!, 'Done: Python');
    expect(during.messages.map((m) => [m.ephemeralTo, title(readable(m))])).toEqual([['U0ALICE', 'Briefly unavailable']]);
    expect(title(readable(bot.api.findMessage(GENERAL, step!.ts)!))).toBe('2/6 · Which languages can the team use?');
    const compare = await bot.alice.command('compare django fastapi');
    expect(title(readable(compare.messages[0]!))).toBe('Django vs FastAPI');

    db.up();
    await bot.alice.click(step!, 'Done: Python');
    const now = readable(bot.api.findMessage(GENERAL, step!.ts)!);
    expect(title(now)).toBe('3/6 · What matters most? Pick up to two.');
    expect(now).toMatch(/So far: AI\/ML service · Python/);
  });
});

describe('through Discord', () => {
  let discord: DiscordUsers;
  afterEach(async () => {
    await discord?.stop();
  });

  it('tells the person privately, keeps the step, and carries on when the store is back', async () => {
    const db = flakyStore();
    discord = await DiscordUsers.start({ teamAdvisor: () => new TeamAdvisor(knowledge(), { store: db.store }) });
    const started = await discord.slash('recommend');
    const step = discord.channelMessages(started.threads[0]!.id)[0]!;
    await discord.click(step, 'AI/ML service');
    await discord.select(step, ['python']);

    db.down();
    const during = await discord.click(step, 'Done: Python');
    expect(during.messages.map((m) => [m.ephemeral, m.title])).toEqual([[true, 'Briefly unavailable']]);
    expect(discord.message(step.id).title).toBe('2/6 · Which languages can the team use?');
    expect((await discord.slash('compare', { first: 'django', second: 'fastapi' })).reply!.title).toBe('Django vs FastAPI');

    db.up();
    const after = await discord.click(step, 'Done: Python');
    expect(after.reply).toMatchObject({ id: step.id, title: '3/6 · What matters most? Pick up to two.' });
    expect(after.reply!.text).toMatch(/So far: AI\/ML service · Python/);
  });
});
