/** Plain questions to @Framework Advisor: the reading line first, then the answer, and an adjust button into the guided flow. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENERAL, readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from './slack-bot.js';

let bot: BotUnderTest;
beforeEach(async () => {
  bot = await startBot();
});
afterEach(async () => {
  await bot.close();
});

const title = (text: string) => text.split('\n')[0];

describe('plain questions on Slack', () => {
  it('a mention with a plain question gets the reading, the answer, and an adjust button that starts the guided flow prefilled', async () => {
    const seen = await bot.alice.mention('which is better for a startup, rails or django? we deploy on kubernetes 🚀');
    const reply = seen.messages[0]!;
    const text = readable(reply);
    // Under the title, the card's first block is how the question was read, with the words left over.
    const lines = text.split('\n');
    const at = lines.indexOf('I read this as: compare · project: MVP · comparing Ruby on Rails and Django');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThanOrEqual(2);
    expect(lines[at + 1]).toBe("I did not use: 'kubernetes'");
    expect(text).toMatch(/the weights for mvp or startup product/i);

    const adjusted = await bot.alice.click(reply, 'Adjust answers');
    const [parent, step] = adjusted.messages;
    expect(title(readable(parent!))).toMatch(/^alice is choosing a backend framework$/i);
    expect(readable(parent!)).toContain('Already answered: ');
    // Every step is offered again, with what was read ready to keep.
    expect(title(readable(step!))).toBe('1/6 · What are you building?');
    expect(readable(step!)).toContain('Keep: MVP or startup product');
    await bot.alice.click(step!, 'Keep: MVP or startup product');
    expect(title(readable(bot.api.findMessage(GENERAL, step!.ts)!))).toBe('2/6 · Which languages can the team use?');
  });

  it('a direct message with too little to go on starts the guided flow', async () => {
    const seen = await bot.alice.dm('hey, what framework should I use?');
    const [parent, step] = seen.messages;
    expect(title(readable(parent!))).toBe('Alice is choosing a backend framework');
    expect(readable(parent!)).toContain('I read this as: guided recommendation');
    expect(title(readable(step!))).toBe('1/6 · What are you building?');
  });

  it('the slash command takes a plain question as its text', async () => {
    const seen = await bot.alice.command('should we use go or rust for our API?');
    const text = readable(seen.messages[0]!);
    expect(text).toContain('I read this as: recommend · project: API · languages: Go, Rust');
    expect(text).toMatch(/Adjust answers/);
  });
});
