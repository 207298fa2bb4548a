/**
 * Slack failing in a way test/slack does not cover: a Web API or
 * response_url call that never answers. Every call the bot makes has a
 * deadline (the Web API client's own, and boundedFetch for what Bolt sends
 * through response_url and for file uploads, which would otherwise wait five
 * minutes): the request settles, and the person gets the apology another way.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { boundedFetch } from '../../src/adapters/slack/web-api.js';
import { readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from '../slack/slack-bot.js';

describe('boundedFetch', () => {
  let silent: Server;
  let url: string;
  beforeAll(async () => {
    // Accepts every request and never answers.
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('gives up on a server that never answers', async () => {
    await expect(boundedFetch(100)(url, { method: 'POST', body: '{}' })).rejects.toThrow(/abort|timeout/i);
  });

  it('gives up even when the caller passed a signal of its own that never fires', async () => {
    await expect(boundedFetch(100)(url, { method: 'POST', signal: new AbortController().signal })).rejects.toThrow(/abort|timeout/i);
  });
});

describe('a Web API that never answers', () => {
  let bot: BotUnderTest;
  afterEach(async () => {
    await bot?.close();
  });

  it('settles after the client timeout, and the person gets the apology through response_url', async () => {
    bot = await startBot();
    // Once: the client does not retry after its 10 s deadline (retries stop after 5 s).
    bot.api.failNext('chat.postMessage', { status: 'stall' });
    const seen = await bot.alice.command('recommend');
    expect(seen.messages.map((m) => [m.ephemeralTo, m.via])).toEqual([['U0ALICE', 'response_url']]);
    expect(readable(seen.messages[0]!)).toMatch(/^Sorry, something went wrong/);
    expect(bot.problems()).toContainEqual(expect.objectContaining({ msg: 'could not deliver a reply to Slack', effect: 'start-thread' }));
    // Slack is back: the next request is answered.
    const next = await bot.alice.mention('info gin');
    expect(next.messages.map((m) => readable(m).split('\n')[0])).toContain('Gin');
  });
});
