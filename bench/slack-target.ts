/**
 * One load target in a process of its own, so the load generator and the
 * server do not share an event loop (on two cores, one each). Run as
 * `node --import tsx bench/slack-target.ts <advisor|bare-bolt|bare-http>`
 * with an IPC channel: it sends { port } when listening, answers any message
 * with its CPU time so far ({ cpuMicros }), and stops when the parent disconnects.
 */
import { FakeSlackApi } from '../test/fakes/slack-api.js';
import { startBareBolt, startBareHttp } from './slack-baselines.js';
import { startSlackService } from './slack-service.js';

const SLACK_TARGETS = ['advisor', 'bare-bolt', 'bare-http'] as const;
export type SlackTarget = (typeof SLACK_TARGETS)[number];

async function start(target: SlackTarget): Promise<{ port: number; close(): Promise<void> }> {
  if (target === 'bare-http') return startBareHttp();
  const api = await FakeSlackApi.start();
  const server = target === 'advisor' ? await startSlackService(api.apiUrl) : await startBareBolt(api.apiUrl);
  return { port: server.port, close: () => server.close().then(() => api.close()) };
}

async function main(): Promise<void> {
  const target = process.argv[2] as SlackTarget;
  if (!SLACK_TARGETS.includes(target)) throw new Error(`unknown target ${target}; one of ${SLACK_TARGETS.join(', ')}`);
  const server = await start(target);
  process.once('disconnect', () => void server.close().finally(() => process.exit(0)));
  // CPU time used so far, so the parent can work out CPU per request: unlike latency, it hardly moves on a busy machine.
  process.on('message', () => {
    const { user, system } = process.cpuUsage();
    process.send!({ cpuMicros: user + system });
  });
  process.send!({ port: server.port });
}

// Only as a child with an IPC channel: importing the type above runs nothing.
if (process.send) void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
