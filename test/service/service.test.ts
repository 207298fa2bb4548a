/** `npm start` as it runs in production: the real process, Slack pointed at a fake Web API on loopback. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi, TEAM_ID } from '../fakes/slack-api.js';
import { FORM, sendSigned, slackSignature, slashCommandBody } from '../fakes/slack-requests.js';
import { startService, type ServiceProcess } from '../support/service-process.js';

const SECRET = 'test-signing-secret';
let slack: FakeSlackApi;
let service: ServiceProcess;

beforeAll(async () => {
  slack = await FakeSlackApi.start();
  service = await startService({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl });
});

afterAll(async () => {
  if (service.child.exitCode === null) await service.stop();
  await slack.close();
});

describe('the bot service', () => {
  it('reports each adapter and the store at /healthz', async () => {
    const health = await (await fetch(`${service.url}/healthz`)).json();
    expect(health).toEqual({ status: 'ok', adapters: { slack: 'running' }, store: 'ok' });
  });

  it('answers a signed slash command and counts it in /metrics', async () => {
    const body = slashCommandBody({ command: '/framework', text: 'compare django fastapi', user_id: 'U1', user_name: 'alice', team_id: TEAM_ID, channel_id: 'C1', response_url: `${slack.url}/response/1`, trigger_id: 't' });
    const answer = await sendSigned(`${service.url}/slack/events`, body, FORM, { secret: SECRET });
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toContain('Django vs FastAPI');
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toMatch(/advisor_handled_total\{platform="slack",input="text",kind="compare"\} 1/);
    expect(metrics).toMatch(/advisor_reply_seconds_bucket/);
    expect(metrics).toMatch(/advisor_store_seconds_count\{operation="getChannelSettings",outcome="ok"\} 1/);
  });

  it('logs the address Slack requests are served at, to put behind the Request URL', async () => {
    const entry = await service.waitForLog((e) => typeof e.eventsUrl === 'string', 'the Slack events URL in the start-up log');
    expect(entry.eventsUrl).toBe(service.eventsUrl);
    expect(entry.msg).toContain(`Slack: requests are served at ${service.eventsUrl}`);
  });

  it('logs JSON lines with no secret in them', () => {
    const lines = service.output().trim().split('\n').filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(service.output()).not.toContain('xoxb-test-token');
    expect(service.output()).not.toContain(SECRET);
  });

  it('keeps running after a signed request whose JSON body is null', async () => {
    // Bolt leaves this request unanswered (a rejection inside its receiver); bound the wait, then check the service.
    const timestamp = Math.floor(Date.now() / 1000);
    await fetch(`${service.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(SECRET, timestamp, 'null') },
      body: 'null',
      signal: AbortSignal.timeout(4_000),
    }).catch(() => undefined);
    const health = await (await fetch(`${service.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok' });
    expect(service.child.exitCode).toBeNull();
  });

  it('stops on SIGTERM and exits 0', async () => {
    expect(await service.stop()).toBe(0);
    expect(service.output()).toMatch(/"msg":"stopped"/);
  });
});

describe('starting with a token Slack refuses', () => {
  it('stops with one sentence naming SLACK_BOT_TOKEN and Slack\'s reason, without a stack', async () => {
    const refusing = await FakeSlackApi.start();
    refusing.refuseNext('auth.test', 'invalid_auth');
    try {
      const failure = await startService({ SLACK_BOT_TOKEN: 'xoxb-refused-token', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: refusing.apiUrl }).then(
        () => expect.unreachable('the service started with a refused token'),
        (error: Error) => error.message,
      );
      expect(failure).toMatch(/exited with 1/);
      expect(failure).toContain('SLACK_BOT_TOKEN was refused by Slack (invalid_auth)');
      expect(failure).not.toMatch(/\n\s+at /);
      expect(failure).not.toContain('xoxb-refused-token');
    } finally {
      await refusing.close();
    }
  });
});
