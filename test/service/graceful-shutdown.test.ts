/**
 * SIGTERM with work in flight, on the real process with Slack and a sharded
 * Discord: the request in flight still gets its answer, new requests are
 * refused, the gateway shards and the store close, and the process exits 0;
 * when the work does not finish, SHUTDOWN_TIMEOUT_MS bounds the wait.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as fixtures from '../fakes/discord-fixtures.js';
import { FakeDiscord } from '../fakes/discord-server.js';
import { FakeSlackApi, TEAM_ID } from '../fakes/slack-api.js';
import { FORM, sendSigned, slashCommandBody } from '../fakes/slack-requests.js';
import { readable } from '../fakes/slack-workspace.js';
import { TEST_POSTGRES_URL, TestSchemas } from '../store/postgres-schemas.js';
import { type LogEntry, pollUntil, type ServiceProcess, startService } from '../support/service-process.js';
import { HeldSlackCalls } from './held-slack-calls.js';

const SECRET = 'shutdown-signing-secret';
const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.shutdown-token';
const APPLICATION_ID = '110000000000000002';
const GUILD_ID = '120000000000000002';

// With PostgreSQL the store being closed is a pool; without it, a SQLite file (the default).
const schemas = new TestSchemas(TEST_POSTGRES_URL, 'advisor_shutdown');
const opened: Array<{ close(): Promise<void> } | ServiceProcess> = [];

afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await ('stop' in thing ? thing.stop() : thing.close());
});
afterAll(() => schemas.dropAll());

async function slackBehindGate() {
  const slack = await FakeSlackApi.start();
  opened.push(slack);
  const gate = await HeldSlackCalls.start(slack.url);
  opened.push(gate);
  return { slack, gate };
}

async function fakeDiscord(): Promise<FakeDiscord> {
  const discord = await FakeDiscord.start({ token: DISCORD_TOKEN, applicationId: APPLICATION_ID, guildId: GUILD_ID, botUser: fixtures.user('Framework Advisor', { bot: true }) });
  discord.addTextChannel('130000000000000002', 'backend');
  opened.push(discord);
  return discord;
}

async function service(env: Record<string, string>): Promise<ServiceProcess> {
  const database: Record<string, string> = TEST_POSTGRES_URL ? { DATABASE_URL: `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}schema=${schemas.fresh()}` } : {};
  const started = await startService({ SLACK_BOT_TOKEN: 'xoxb-shutdown-token', SLACK_SIGNING_SECRET: SECRET, ...database, ...env });
  opened.push(started);
  return started;
}

/** `/framework recommend`: acked at once, then the thread is posted through chat.postMessage. */
function recommend(service: ServiceProcess, slack: FakeSlackApi) {
  const body = slashCommandBody({ command: '/framework', text: 'recommend', user_id: 'U0ALICE', user_name: 'alice', team_id: TEAM_ID, channel_id: 'C0GENERAL', response_url: slack.responseUrl({ channel: 'C0GENERAL', user: 'U0ALICE' }), trigger_id: 't1' });
  return sendSigned(service.eventsUrl, body, FORM, { secret: SECRET });
}

const refusesConnections = (service: ServiceProcess) =>
  pollUntil('the Slack port to refuse new connections', () => fetch(`${service.url}/healthz`).then(() => undefined, () => true));

const stoppedParts = (logs: LogEntry[]) => logs.filter((entry) => entry.msg === 'part stopped').map((entry) => entry.part);

describe('on SIGTERM', () => {
  it('finishes the request in flight, refuses new ones, closes the gateway shards and the store, and exits 0', async () => {
    const { slack, gate } = await slackBehindGate();
    const discord = await fakeDiscord();
    const bot = await service({ SLACK_API_URL: gate.apiUrl, DISCORD_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: discord.apiUrl, DISCORD_SHARDS: '2', SHUTDOWN_TIMEOUT_MS: '20000' });
    await pollUntil('Discord to be ready', async () => ((await bot.health()).adapters.discord === 'ready' ? true : undefined));
    expect(discord.gateway.identifiedShards.map(String).sort()).toEqual(['0,2', '1,2']);

    gate.hold('chat.postMessage');
    const held = gate.arrival();
    expect((await recommend(bot, slack)).status).toBe(200);
    await held;
    expect(await bot.inFlight()).toBe(1);

    bot.child.kill('SIGTERM');
    await refusesConnections(bot);
    await expect(recommend(bot, slack)).rejects.toThrow();
    // Still running: it is waiting for the request in flight.
    expect(bot.child.exitCode).toBeNull();

    gate.release();
    expect(await bot.exited).toBe(0);
    expect(slack.messages.map((m) => readable(m).split('\n')[0])).toEqual(['alice is choosing a backend framework', '1/6 · What are you building?']);
    expect(discord.gateway.closes).toEqual([1000, 1000]);
    const parts = stoppedParts(bot.logs());
    // The announcer (revisit alerts and other due work) stops with the adapters, before the store it reads.
    // The platforms finish their requests first, then the background work (it may still post through them), then the store.
    expect(parts.slice(0, 2).sort()).toEqual(['discord', 'slack']);
    expect(parts.slice(2)).toEqual(['announcer', 'store']);
    // "stopped" comes once the store is closed (a library may still log a line of its own after it).
    const logs = bot.logs();
    const storeClosed = logs.findIndex((entry) => entry.msg === 'part stopped' && entry.part === 'store');
    expect(logs.findIndex((entry) => entry.msg === 'stopped')).toBeGreaterThan(storeClosed);
  });

  it('gives up waiting after SHUTDOWN_TIMEOUT_MS and still exits 0', async () => {
    const { slack, gate } = await slackBehindGate();
    const bot = await service({ SLACK_API_URL: gate.apiUrl, SHUTDOWN_TIMEOUT_MS: '500' });
    gate.hold('chat.postMessage');
    const held = gate.arrival();
    await recommend(bot, slack);
    await held;

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.logs().map((entry) => entry.msg)).toContain('shutdown timed out; closing anyway');
    // The held adapter never finishes, and the background work and the store wait for it: nothing is closed under a request.
    expect(stoppedParts(bot.logs())).toEqual([]);
  });
});
