/**
 * The Slack bot wired the way `npm start` wires it (src/main.ts): the
 * knowledge base, a SQLite store, metrics around the core and the store, the
 * per-person rate limit, and the real Bolt app over HTTP, with its logs
 * written (and thrown away) as in production. Only the Web API is a fake, on
 * 127.0.0.1, so a benchmark measures the bot and not Slack.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startSlack, type RunningSlack } from '../src/adapters/slack/app.js';
import { readConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { Metrics } from '../src/metrics.js';
import { buildService } from '../src/service.js';

export const BENCH_BOT_TOKEN = 'xoxb-bench-0000-BENCHTOKEN';
export const BENCH_SIGNING_SECRET = 'bench-signing-secret-0123456789';

export interface SlackService {
  slack: RunningSlack;
  port: number;
  close(): Promise<void>;
}

/** Production logs go to stdout; here to /dev/null, so the cost of writing them is kept and the output is not. */
export function discardedLogs(level = 'info') {
  return createLogger({ level, pretty: false, destination: pino.destination({ dest: '/dev/null', sync: false }) as unknown as NodeJS.WritableStream });
}

export async function startSlackService(slackApiUrl: string): Promise<SlackService> {
  const dir = mkdtempSync(join(tmpdir(), 'advisor-bench-'));
  const metrics = new Metrics();
  // The settings npm start reads, with their defaults (rate limit, flow lifetime), over a SQLite file of its own.
  const config = readConfig({ DATABASE_URL: join(dir, 'advisor.db'), SLACK_BOT_TOKEN: BENCH_BOT_TOKEN, SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET, SLACK_API_URL: slackApiUrl, PORT: '0' });
  const service = await buildService(config, { metrics });
  const { store } = service;
  const slack = await startSlack({ config, teamAdvisor: service.advisorFor('slack'), store, logger: discardedLogs(), health: () => ({ slack: slack.state() }), metrics: () => metrics.text(), host: '127.0.0.1' });
  return {
    slack,
    port: slack.port!,
    async close() {
      await slack.stop();
      await service.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
