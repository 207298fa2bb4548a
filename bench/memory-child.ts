/**
 * The Slack bot (slack-service.ts) in a process of its own, run with
 * --expose-gc, so its memory can be read without the load generator's:
 * sends { port } when listening; answers any message with its memory at
 * rest: after full garbage collections and a pause for the memory they free
 * to be handed back (process.memoryUsage(), plus `handles`, the count of open
 * resources); stops when the parent disconnects.
 */
import { startSlackService } from './slack-service.js';

/** Long enough for freed memory to leave RSS: read at once after 10,000 commands, RSS was 50-70 MB higher than 2 s later, with the same JS heap. */
const SETTLE_MS = 2_000;

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('memory-child needs --expose-gc');
  // Twice: objects freed by the first collection's finalizers go in the second.
  gc();
  gc();
}

/**
 * Memory a collection frees leaves RSS some time after gc() returns (pages
 * are released in the background): right after a burst of traffic, RSS
 * still counts them. Collect, wait for that, collect again, then read.
 */
async function atRest(): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  collectGarbage();
}

async function main(): Promise<void> {
  const service = await startSlackService(process.argv[2]!);
  process.once('disconnect', () => void service.close().finally(() => process.exit(0)));
  process.on('message', async () => {
    await atRest();
    // Open handles too (sockets, timers, servers), for the soak test: a leak of those grows the count.
    process.send!({ ...process.memoryUsage(), handles: process.getActiveResourcesInfo().length });
  });
  process.send!({ port: service.port });
}

if (process.send) void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
