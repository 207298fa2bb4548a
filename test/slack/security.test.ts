/** Only Slack gets through: forged and stale requests are refused before the core, and secrets stay out of the logs. */
import { afterEach, describe, expect, it } from 'vitest';
import { FORM, slashCommandBody } from '../fakes/slack-requests.js';
import { APP_TOKEN, BOT_TOKEN, type BotUnderTest, SIGNING_SECRET, startBot } from './slack-bot.js';

let bot: BotUnderTest | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const command = slashCommandBody({ command: '/framework', text: 'compare django fastapi', user_id: 'U0MALLORY', user_name: 'mallory', team_id: 'T0TEST01', channel_id: 'C0GENERAL', response_url: 'http://127.0.0.1:9/nowhere' });

describe('request signatures', () => {
  it('refuses a request signed with the wrong secret with 401, before the core', async () => {
    bot = await startBot();
    const answer = await bot.workspace.send(command, FORM, { secret: 'not-the-signing-secret' });
    expect(answer.status).toBe(401);
    expect(bot.coreCalls).toEqual([]);
    expect(bot.api.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('refuses a correctly signed request older than five minutes with 401', async () => {
    bot = await startBot();
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const answer = await bot.workspace.send(command, FORM, { timestamp: sixMinutesAgo });
    expect(answer.status).toBe(401);
    expect(bot.coreCalls).toEqual([]);
  });

  it('refuses a body changed after signing', async () => {
    bot = await startBot();
    const answer = await fetch(bot.workspace.options.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': FORM, 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': 'v0=' + '0'.repeat(64) },
      body: command,
    });
    expect(answer.status).toBe(401);
    expect(bot.coreCalls).toEqual([]);
  });

  it('accepts the same request signed with the signing secret', async () => {
    bot = await startBot();
    const answer = await bot.workspace.send(command, FORM);
    expect(answer.status).toBe(200);
    expect(bot.coreCalls).toHaveLength(1);
  });
});

describe('logs', () => {
  it('never contain the bot token, the signing secret or the app token, even at trace level', async () => {
    bot = await startBot({ logLevel: 'trace' });
    const [mine] = (await bot.alice.command('compare django fastapi')).messages;
    await bot.alice.click(mine!, 'Share to channel');
    await bot.alice.mention('help');
    bot.api.failNext('chat.postMessage', { status: 500 }, 5);
    await bot.alice.mention('info django');
    await bot.workspace.send(command, FORM, { secret: 'forged' });

    expect(bot.logs.length).toBeGreaterThan(20);
    const all = bot.logs.join('\n');
    for (const secret of [BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, 'TESTBOTTOKENSECRET']) expect(all).not.toContain(secret);
    // The Web API calls were made with the token, so it was there to leak.
    expect(bot.api.callsTo('chat.postMessage')[0]!.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });
});
