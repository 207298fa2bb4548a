/** When Slack itself misbehaves: rate limits, outages, closed channels, odd payloads. Replies arrive or failures are logged; nothing crashes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEAM_ID } from '../fakes/slack-api.js';
import { FORM, interactivityBody } from '../fakes/slack-requests.js';
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

describe('Web API failures', () => {
  it('waits out a short rate limit (429 with Retry-After) and still posts the reply', async () => {
    bot.api.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const seen = await bot.alice.command('recommend');
    expect(seen.messages.map((m) => title(readable(m)))).toEqual(['alice is choosing a backend framework', '1/6 · What are you building?']);
    // One refused call, then the parent and the first step.
    expect(bot.api.callsTo('chat.postMessage')).toHaveLength(3);
    expect(bot.problems()).toEqual([]);
  });

  it('does not wait out a long rate limit: it logs the failure and apologises privately', async () => {
    bot.api.failNext('chat.postMessage', { status: 429, retryAfter: 600 });
    const seen = await bot.alice.command('recommend');
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.ephemeralTo).toBe('U0ALICE');
    expect(readable(seen.messages[0]!)).toMatch(/^Sorry, something went wrong/);
    expect(bot.problems()).toContainEqual(expect.objectContaining({ msg: 'could not deliver a reply to Slack', effect: 'start-thread' }));
  });

  it('retries a 500 and the reply arrives', async () => {
    bot.api.failNext('chat.postMessage', { status: 500 });
    const seen = await bot.alice.mention('info laravel');
    expect(seen.messages.map((m) => title(readable(m)))).toEqual(['Laravel']);
    expect(bot.api.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('apologises when a reply cannot be posted after its retries, and logs why', async () => {
    bot.api.failNext('chat.postMessage', { status: 500 }, 3);
    const seen = await bot.alice.mention('info laravel');
    expect(seen.messages.map((m) => readable(m))).toEqual([expect.stringMatching(/^Sorry, something went wrong/)]);
    expect(bot.problems()).toContainEqual(expect.objectContaining({ msg: 'could not deliver a reply to Slack', err: expect.objectContaining({ type: 'WebAPIHTTPError' }) }));
  });

  it('logs a lasting outage, and answers the next request once Slack is back', async () => {
    bot.api.failNext('chat.postMessage', { status: 500 }, 6);
    const lost = await bot.alice.mention('info laravel');
    expect(lost.messages).toEqual([]);
    expect(bot.problems().map((p) => p.msg)).toEqual(['could not deliver a reply to Slack', 'could not deliver the apology either']);

    const next = await bot.alice.mention('info symfony');
    expect(next.messages.map((m) => title(readable(m))).at(-1)).toBe('Symfony');
  });

  it('logs a failed response_url and keeps serving', async () => {
    const [, step] = (await bot.alice.command('recommend')).messages;
    bot.api.failNext('response_url', { status: 500 }, 2);
    // Bob may not answer Alice's questions: the core tells him privately, through response_url.
    const refused = await bot.bob.click(step!, 'Microservices');
    expect(refused.status).toBe(200);
    expect(refused.messages).toEqual([]);
    expect(bot.problems().map((p) => p.msg)).toEqual(['could not deliver a reply to Slack', 'could not deliver the apology either']);

    const again = await bot.bob.click(step!, 'Microservices');
    expect(again.messages.map((m) => [m.ephemeralTo, title(readable(m))])).toEqual([['U0BOB', "This is alice's recommendation"]]);
  });

  it('asks to be invited when it may not post in the channel', async () => {
    bot.api.closedChannels.add(GENERAL);
    const seen = await bot.alice.command('recommend');
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.ephemeralTo).toBe('U0ALICE');
    expect(readable(seen.messages[0]!)).toMatch(/Invite me to the channel/);
  });

  it('sends a comparison without its chart when the upload is refused, and logs why', async () => {
    bot.api.refuseNext('files.getUploadURLExternal', 'missing_scope');
    const seen = await bot.alice.mention('compare django fastapi');
    expect(seen.messages.map((m) => title(readable(m)))).toEqual(['Django vs FastAPI']);
    expect(bot.problems()).toContainEqual(expect.objectContaining({ msg: 'could not attach the chart; the card was sent without it' }));
  });
});

describe('odd requests', () => {
  it('answers a click on a button it does not know with a friendly private reply', async () => {
    const [mine] = (await bot.alice.command('compare django fastapi')).messages;
    const seen = await bot.alice.act(mine!, { action_id: 'from-an-old-version:42', block_id: 'b1', type: 'button', value: 'x' });
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.ephemeralTo).toBe('U0ALICE');
    expect(title(readable(seen.messages[0]!))).toBe("I don't recognise that button");
  });

  it('answers a click payload it cannot read without calling the core', async () => {
    const responseUrl = bot.api.responseUrl({ channel: GENERAL, user: 'U0ALICE' });
    // No channel anywhere: the click cannot be placed.
    const payload = { type: 'block_actions', user: { id: 'U0ALICE' }, team: { id: TEAM_ID }, container: { type: 'message' }, actions: [{ type: 'button', action_id: 'cmp:django,fastapi' }], response_url: responseUrl };
    const answer = await bot.workspace.send(interactivityBody(payload), FORM);
    expect(answer.status).toBe(200);
    expect(bot.coreCalls).toEqual([]);
    expect(bot.workspace.visibleTo('U0ALICE').map((m) => readable(m))).toEqual([expect.stringMatching(/^Sorry, I could not read that click/)]);
  });
});
