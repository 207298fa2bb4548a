/**
 * The one composition root: the knowledge base, the store and the core with
 * its settings, put together the same way for `npm start` (main.ts), the
 * terminal (`npm run advisor`), the MCP server over stdio and the benchmark.
 * What differs between them is passed in (how the store is opened, whether
 * answers are measured), so the wiring itself cannot drift apart.
 */
import type { Config } from './config.js';
import { loadKnowledgeBase, TeamAdvisor, type AdvisorFace, type Store } from './core/index.js';
import { measuredAdvisor, measuredStore, type Metrics, type Platform } from './metrics.js';
import { DATA_DIR } from './paths.js';
import { openStore } from './store/open-store.js';

/** The settings the service is built from (readConfig gives them all, with their defaults). */
export type ServiceConfig = Pick<Config, 'DATABASE_URL' | 'FLOW_TTL_HOURS' | 'RATE_LIMIT_PER_MINUTE'>;

export interface ServiceOptions {
  /** Opens the store DATABASE_URL names; openStore by default (main.ts waits out an unreachable PostgreSQL instead). */
  openStore?: (databaseUrl: string) => Promise<Store>;
  /** Counts and times every answer and store call (the service's /metrics); the terminal has none. */
  metrics?: Metrics;
}

export interface Service {
  /** The store the core and the adapters share: measured when metrics are given. */
  store: Store;
  /** The core as one platform calls it: counted under that platform's name when metrics are given. */
  advisorFor(platform: Platform): AdvisorFace;
  /** What the core does on a clock (revisit alerts, vote deadlines, and giving back what could not be posted), for the service's background work. */
  dueWork: Pick<TeamAdvisor, 'revisitAlerts' | 'closeDueVotes' | 'undelivered'>;
  /** Closes the store; the last thing to stop. */
  close(): Promise<void>;
}

const HOUR_MS = 3_600_000;

/**
 * Loads the knowledge base first (a bad data file fails before any database
 * is touched), then opens the store and builds the core over it.
 */
export async function buildService(config: ServiceConfig, options: ServiceOptions = {}): Promise<Service> {
  const kb = loadKnowledgeBase(DATA_DIR);
  const opened = await (options.openStore ?? openStore)(config.DATABASE_URL);
  const { metrics } = options;
  const store = metrics ? measuredStore(opened, metrics) : opened;
  const core = new TeamAdvisor(kb, { store, flowTtlMs: config.FLOW_TTL_HOURS * HOUR_MS, commandsPerMinute: config.RATE_LIMIT_PER_MINUTE });
  return {
    store,
    advisorFor: (platform) => (metrics ? measuredAdvisor(core, metrics, platform) : core),
    dueWork: core,
    close: () => opened.close(),
  };
}
