/**
 * Load on a Slack endpoint with autocannon: signed `/framework compare django
 * fastapi` slash commands, as Slack sends them. People take turns from a pool
 * of 30,000: a big workspace, where even 6,000 requests a second give each
 * person 12 commands a minute, under the rate limit of 20 (which would
 * otherwise answer instead), and the limiter tracks fewer people than its
 * bound of 50,000. Each request is signed when it is sent, so none is stale. Latency percentiles come from every response's own time (in
 * microseconds), not from autocannon's millisecond histogram, which cannot
 * tell 0.3 ms from 0.6 ms.
 */
import autocannon, { type AutocannonRequest } from 'autocannon';
import { FORM, slackSignature, slashCommandBody } from '../test/fakes/slack-requests.js';
import { percentile } from './measure.js';
import { BENCH_SIGNING_SECRET } from './slack-service.js';

export const COMMAND_TEXT = 'compare django fastapi';

export interface LoadResult {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  /** Requests that failed, timed out or were answered with anything but 2xx. */
  failed: number;
  /** Requests answered with 2xx. */
  answered: number;
}

const PEOPLE = 30_000;
let sent = 0;

function signedCommand(request: AutocannonRequest): AutocannonRequest {
  sent += 1;
  const person = sent % PEOPLE;
  const body = slashCommandBody({
    token: 'legacy',
    team_id: 'T0BENCH01',
    team_domain: 'bench',
    channel_id: 'C0BENCH01',
    channel_name: 'general',
    user_id: `U${person}`,
    user_name: `person${person}`,
    command: '/framework',
    text: COMMAND_TEXT,
    api_app_id: 'A0BENCH01',
    response_url: 'http://127.0.0.1:9/unused',
    trigger_id: `trigger.${sent}`,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    ...request,
    body,
    headers: { 'content-type': FORM, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(BENCH_SIGNING_SECRET, timestamp, body) },
  };
}

export async function loadSlack(port: number, connections: number, durationSeconds: number): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: durationSeconds,
    timeout: 10,
    requests: [{ method: 'POST', path: '/slack/events', setupRequest: signedCommand }],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    if (status >= 200 && status < 300) times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: times.length / result.duration,
    p50_ms: percentile(times, 50),
    p99_ms: percentile(times, 99),
    failed: result.errors + result.timeouts + result.non2xx,
    answered: times.length,
  };
}
