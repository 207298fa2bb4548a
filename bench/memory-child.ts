/**
 * The Slack bot (slack-service.ts) in a process of its own, run with
 * --expose-gc, so its memory can be read without the load generator's:
 * sends { port } when listening; answers any message with its memory after
 * two full garbage collections (process.memoryUsage(), plus `handles`, the
 * count of open resources); stops when the parent disconnects.
 */
import { startSlackService } from './slack-service.js';

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('memory-child needs --expose-gc');
  // Twice: objects freed by the first collection's finalizers go in the second.
  gc();
  gc();
}

async function main(): Promise<void> {
  const service = await startSlackService(process.argv[2]!);
  process.once('disconnect', () => void service.close().finally(() => process.exit(0)));
  process.on('message', () => {
    collectGarbage();
    // Open handles too (sockets, timers, servers), for the soak test: a leak of those grows the count.
    process.send!({ ...process.memoryUsage(), handles: process.getActiveResourcesInfo().length });
  });
  process.send!({ port: service.port });
}

if (process.send) void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
