import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonLabels, readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from './slack-bot.js';

let bot: BotUnderTest;
beforeEach(async () => {
  bot = await startBot();
});
afterEach(async () => {
  await bot.close();
});

describe('/framework', () => {
  it('answers a comparison privately in the ack itself, with the blocks and a Share button', async () => {
    const seen = await bot.alice.command('compare django fastapi');
    expect(seen.status).toBe(200);
    expect(seen.ack).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Django vs FastAPI') });
    const [answer] = seen.messages;
    expect(seen.messages).toHaveLength(1);
    expect(answer!.ephemeralTo).toBe('U0ALICE');
    expect(readable(answer!)).toContain('Django vs FastAPI');
    expect(readable(answer!)).toMatch(/Performance +8\.75 +9 ★/);
    expect(buttonLabels(answer!)).toEqual(['Share to channel']);
    expect(bot.api.callsTo('chat.postMessage')).toEqual([]);
  });
});
