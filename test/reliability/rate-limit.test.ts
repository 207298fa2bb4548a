/**
 * The per-person command limit (RATE_LIMIT_PER_MINUTE, 20 by default) seen
 * end to end through Slack: the 21st slash command within a minute gets the
 * friendly "Slow down a little", privately, while other people and clicks go
 * on being answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COMMANDS_PER_MINUTE } from '../../src/core/team-advisor.js';
import { buttonLabels, readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from '../slack/slack-bot.js';

let bot: BotUnderTest;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.close();
});

const title = (text: string) => text.split('\n')[0];

describe('twenty commands a minute', () => {
  it('answers the first twenty and asks the 21st to slow down, privately', async () => {
    expect(DEFAULT_COMMANDS_PER_MINUTE).toBe(20);
    const answers = [title(readable((await bot.alice.command('compare django fastapi')).messages[0]!))];
    for (let i = 1; i < DEFAULT_COMMANDS_PER_MINUTE; i++) answers.push(title(readable((await bot.alice.command('info gin')).messages[0]!)));
    expect(new Set(answers)).toEqual(new Set(['Django vs FastAPI', 'Gin']));

    const seen = await bot.alice.command('top');
    expect(seen.status).toBe(200);
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.ephemeralTo).toBe('U0ALICE');
    expect(readable(seen.messages[0]!)).toMatch(/^Slow down a little\n.*more than 20 commands in a minute\. Try again in \d+ seconds\./);
  });

  it('still answers someone else, and the limited person\'s clicks', async () => {
    const [compare] = (await bot.bob.command('compare rails laravel')).messages;
    expect(title(readable(compare!))).toBe('Ruby on Rails vs Laravel');
    const mine = bot.workspace.visibleTo('U0ALICE').find((m) => buttonLabels(m).includes('Share to channel'))!;
    const shared = await bot.alice.click(mine, 'Share to channel');
    expect(shared.messages.some((m) => !m.ephemeralTo)).toBe(true);
  });
});
