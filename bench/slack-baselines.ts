/**
 * What the Slack path is compared with, under the same load in the same run:
 * a bare Bolt app (the same HTTP receiver, signature check and logger) whose
 * command handler acks a fixed text, and a bare node:http server that reads
 * the body and answers a fixed JSON. The first shows what the advisor adds to
 * Bolt; the second what Bolt itself costs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import { boltLogger } from '../src/adapters/slack/bolt-logger.js';
import { SLACK_EVENTS_PATH } from '../src/adapters/slack/app.js';
import { webClientOptions } from '../src/adapters/slack/web-api.js';
import { BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET, discardedLogs } from './slack-service.js';

export interface Baseline {
  port: number;
  close(): Promise<void>;
}

const FIXED_ANSWER = { response_type: 'ephemeral', text: 'Django vs FastAPI' } as const;

export async function startBareBolt(slackApiUrl: string): Promise<Baseline> {
  const logger = boltLogger(discardedLogs());
  const receiver = new HTTPReceiver({ signingSecret: BENCH_SIGNING_SECRET, endpoints: SLACK_EVENTS_PATH, port: 0, logger });
  const app = new App({ token: BENCH_BOT_TOKEN, receiver, logger, clientOptions: webClientOptions(slackApiUrl), deferInitialization: true });
  app.command(/.*/, async ({ ack }) => ack(FIXED_ANSWER));
  await app.init();
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as { address(): AddressInfo };
  return { port: server.address().port, close: () => app.stop().then(() => undefined) };
}

export async function startBareHttp(): Promise<Baseline> {
  const body = JSON.stringify(FIXED_ANSWER);
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
