/** GET /healthz: each adapter's state and whether the store answers. */
import type { Store } from './core/index.js';

export interface HealthReport {
  status: 'ok' | 'degraded';
  adapters: Record<string, string>;
  store: 'ok' | 'unreachable';
}

/** A ping that cannot hang the health check: a store that takes longer than this counts as unreachable. */
const PING_TIMEOUT_MS = 1_000;

async function storeAnswers(store: Store): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)));
  try {
    return await Promise.race([store.ping().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function healthReport(store: Store, adapters: Record<string, () => string>): Promise<HealthReport> {
  const storeOk = await storeAnswers(store);
  const states = Object.fromEntries(Object.entries(adapters).map(([name, state]) => [name, state()]));
  return { status: storeOk ? 'ok' : 'degraded', adapters: states, store: storeOk ? 'ok' : 'unreachable' };
}
