/** Starting and stopping the Slack adapter: credentials checked at start-up, in-flight answers finished on stop. */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { SlackConfigError, startSlack } from '../../src/adapters/slack/app.js';
import type { Effect } from '../../src/core/conversations/effects.js';
import { createLogger } from '../../src/logger.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { sendSigned } from '../fakes/slack-requests.js';
import { advisor } from '../support/knowledge.js';
import { BOT_TOKEN, type BotUnderTest, SIGNING_SECRET, startBot } from './slack-bot.js';

let bot: BotUnderTest | undefined;
let api: FakeSlackApi | undefined;
afterEach(async () => {
  await bot?.close();
  await api?.close();
  bot = undefined;
  api = undefined;
});

const quiet = () => createLogger({ level: 'silent', pretty: false, destination: new Writable({ write: (_c, _e, done) => done() }) });
const core = { handle: async (): Promise<Effect[]> => [] };

describe('starting', () => {
  it('needs a bot token and a signing secret', async () => {
    const config = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: undefined, SLACK_APP_TOKEN: undefined, SLACK_API_URL: undefined, PORT: 0 };
    await expect(startSlack({ config, teamAdvisor: core, store: new MemoryStore(), logger: quiet(), health: () => ({}) })).rejects.toThrow(SlackConfigError);
    await expect(startSlack({ config, teamAdvisor: core, store: new MemoryStore(), logger: quiet(), health: () => ({}) })).rejects.toThrow(/^SLACK_SIGNING_SECRET is missing/);
  });

  it('fails at start-up, not at the first request, when Slack refuses the token', async () => {
    api = await FakeSlackApi.start();
    api.refuseNext('auth.test', 'invalid_auth');
    const config = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: undefined, SLACK_API_URL: api.apiUrl, PORT: 0 };
    const failure = await startSlack({ config, teamAdvisor: core, store: new MemoryStore(), logger: quiet(), health: () => ({}), host: '127.0.0.1' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SlackConfigError);
    expect((failure as Error).message).toMatch(/^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\)\./);
    expect(String(failure)).not.toContain(BOT_TOKEN);
  });
});

describe('stopping', () => {
  it('finishes the answers it has accepted before it stops', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    bot = await startBot({
      core: async (input) => {
        await gate;
        return [{ type: 'respond', reply: advisor().answer(input.type === 'text' ? input.text : 'help') }];
      },
    });
    // Events are acked at once; the answer is still being worked out.
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T0TEST01', event_id: 'Ev0STOP', event: { type: 'app_mention', user: 'U0ALICE', text: 'info flask', ts: '1700000500.000100', channel: 'C0GENERAL' } });
    const acked = await sendSigned(bot.workspace.options.eventsUrl, body, 'application/json', { secret: SIGNING_SECRET });
    expect(acked.status).toBe(200);

    const stopping = bot.slack.stop();
    expect(bot.slack.state()).toBe('stopping');
    release();
    await stopping;
    expect(bot.slack.state()).toBe('stopped');
    expect(bot.api.callsTo('chat.postMessage').map((c) => String(c.body.text).split('\n')[0])).toEqual(['Flask']);
  });
});
