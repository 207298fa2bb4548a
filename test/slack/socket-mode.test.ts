/** Socket Mode (SLACK_APP_TOKEN set): the same bot over a WebSocket, for development behind a firewall. */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningSlack, startSlack } from '../../src/adapters/slack/app.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { createLogger } from '../../src/logger.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { BOT_USER_ID, FakeSlackApi, TEAM_ID } from '../fakes/slack-api.js';
import { FakeSocketMode } from '../fakes/slack-socket.js';
import { knowledge } from '../support/knowledge.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from './slack-bot.js';

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function startSocketBot() {
  const api = await FakeSlackApi.start();
  const socket = await FakeSocketMode.start();
  api.socketUrl = socket.url;
  cleanup.push(() => api.close(), () => socket.close());
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', pretty: false, destination: new Writable({ write: (chunk, _e, done) => (logs.push(String(chunk)), done()) }) });
  const store = new MemoryStore();
  const config = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: api.apiUrl, PORT: 0 };
  const slack: RunningSlack = await startSlack({ config, teamAdvisor: new TeamAdvisor(knowledge(), { store }), store, logger, health: () => ({}) });
  cleanup.push(() => slack.stop());
  await socket.connected();
  return { api, socket, slack, logs };
}

describe('Socket Mode', () => {
  it('connects with the app token and answers a slash command in its ack', async () => {
    const { api, socket, slack, logs } = await startSocketBot();
    expect(slack.mode).toBe('socket');
    expect(slack.state()).toBe('running');
    expect(api.callsTo('apps.connections.open')[0]!.authorization).toBe(`Bearer ${APP_TOKEN}`);

    const ack = await socket.send('slash_commands', { command: '/framework', text: 'compare django fastapi', user_id: 'U0ALICE', user_name: 'alice', team_id: TEAM_ID, channel_id: 'C0GENERAL', response_url: `${api.url}/respond/none` });
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Django vs FastAPI'), blocks: expect.any(Array) });
    // The reply in the ack follows Slack's Block Kit rules, as any message must.
    expect(socket.refusals).toEqual([]);
    expect(logs.join('')).not.toContain(APP_TOKEN);
  });

  it('answers a mention delivered as an events_api envelope, once per event id', async () => {
    const { api, socket, slack } = await startSocketBot();
    const payload = {
      type: 'event_callback',
      team_id: TEAM_ID,
      event_id: 'Ev0SOCKET01',
      event: { type: 'app_mention', user: 'U0ALICE', text: `<@${BOT_USER_ID}> info django`, ts: '1700000100.000100', channel: 'C0GENERAL' },
    };
    await socket.send('events_api', payload);
    await socket.send('events_api', payload, { retry_attempt: 1, retry_reason: 'timeout' });
    await slack.idle();
    const posts = api.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000100.000100', text: expect.stringMatching(/^Django\n/) });
  });
});
