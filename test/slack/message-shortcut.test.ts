/** "Ask Framework Advisor" on a message, over the real Bolt app against the validating fake Slack. */
import { afterEach, describe, expect, it } from 'vitest';
import { ASK_SHORTCUT_ID } from '../../src/adapters/slack/slack-adapter.js';
import { readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from './slack-bot.js';

let bot: BotUnderTest | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

describe('the message shortcut "Ask Framework Advisor"', () => {
  it("reads a teammate's message as a question and answers in that message's thread", async () => {
    bot = await startBot();
    const question = bot.bob.say('compare django vs fastapi');
    const seen = await bot.alice.shortcut(question, ASK_SHORTCUT_ID);
    expect(seen.status).toBe(200);
    const answer = seen.messages.find((m) => m.thread_ts === question.ts);
    expect(answer, 'an answer in the thread of the message').toBeDefined();
    expect(readable(answer!)).toMatch(/Django/);
    expect(readable(answer!)).toMatch(/FastAPI/);
    expect(bot.coreCalls).toContainEqual({ type: 'text', text: 'compare django vs fastapi' });
  });

  it('answers inside the thread when the message is itself a reply', async () => {
    bot = await startBot();
    const root = bot.bob.say('which framework should we use?');
    const reply = bot.bob.say('info nestjs', { thread_ts: root.ts });
    const seen = await bot.carol.shortcut(reply, ASK_SHORTCUT_ID);
    const answer = seen.messages.find((m) => m.author !== bot!.carol.id && m.thread_ts === root.ts);
    expect(readable(answer!)).toMatch(/NestJS/);
  });

  it("keeps a guided recommendation it starts inside that message's thread", async () => {
    bot = await startBot();
    const chatter = bot.bob.say('which backend framework should we pick?');
    const seen = await bot.alice.shortcut(chatter, ASK_SHORTCUT_ID);
    const fromBot = seen.messages.filter((m) => m.author !== bot!.alice.id);
    expect(fromBot.length).toBeGreaterThan(0);
    expect(fromBot.every((m) => m.thread_ts === chatter.ts)).toBe(true);
    expect(fromBot.map(readable).join('\n')).toMatch(/What are you building\?/);
    expect(bot.problems()).toEqual([]);
  });
});
