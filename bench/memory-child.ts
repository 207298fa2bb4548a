/**
 * The Slack bot (slack-service.ts) in a process of its own, run with
 * --expose-gc, so its memory can be read without the load generator's:
 * sends { port } when listening; answers any message with its resident set
 * and heap after two full garbage collections; stops when the parent disconnects.
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
    process.send!(process.memoryUsage());
  });
  process.send!({ port: service.port });
}

if (process.send) void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
