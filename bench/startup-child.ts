/**
 * Start-up, measured from the process's own start (performance.timeOrigin):
 * how long until the knowledge base is loaded and validated, then until the
 * Slack app is listening (store opened, Bolt started, auth.test answered by
 * a fake on 127.0.0.1). Only the knowledge base's modules load before the
 * first mark; the Slack modules are imported after it. Module loading is
 * included in both. Sends both over IPC and exits.
 */
import { performance } from 'node:perf_hooks';
import { loadKnowledgeBase } from '../src/core/knowledge/load.js';
import { DATA_DIR } from '../src/paths.js';

async function main(): Promise<void> {
  const kb = loadKnowledgeBase(DATA_DIR);
  const kbReadyMs = performance.now();
  const { FakeSlackApi } = await import('../test/fakes/slack-api.js');
  const { startSlackService } = await import('./slack-service.js');
  const api = await FakeSlackApi.start();
  const service = await startSlackService(api.apiUrl);
  const slackReadyMs = performance.now();
  process.send!({ kb_ready_ms: kbReadyMs, slack_ready_ms: slackReadyMs, frameworks: kb.frameworks.length });
  await service.close();
  await api.close();
  process.disconnect();
}

if (process.send) void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
