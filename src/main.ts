/**
 * `npm start`: the bot service. Starts every platform whose credentials are
 * present; with none, says which variables to set and points at the CLI. On
 * SIGTERM it stops taking requests, finishes those in flight (bounded),
 * closes the gateway and the store, and exits 0. A PostgreSQL database that
 * cannot be reached at start-up does not stop it (see opening-store.ts).
 */
import 'dotenv/config';
import type { Logger } from 'pino';
import type { ShardPlan } from './adapters/discord/app.js';
import { ConfigError, halfConfigured, readConfig, type Config } from './config.js';
import { KnowledgeBaseError, type Store, storeErrorCode } from './core/index.js';
import { healthReport } from './health.js';
import { createLogger } from './logger.js';
import { Metrics } from './metrics.js';
import { type ExtraRoute, startOpsServer } from './ops-server.js';
import { type Deliverers, startAnnouncer } from './schedule/announcer.js';
import { dueJobs } from './schedule/due-jobs.js';
import { buildService, type Service } from './service.js';
import { OpeningStore } from './store/opening-store.js';
import { openStore } from './store/open-store.js';

export function configuredPlatforms(config: Config): Array<'slack' | 'discord'> {
  const platforms: Array<'slack' | 'discord'> = [];
  if ((config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID) && config.SLACK_SIGNING_SECRET) platforms.push('slack');
  if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) platforms.push('discord');
  return platforms;
}

export const NOTHING_CONFIGURED = [
  'No platform is configured, so there is nothing to start.',
  '  Slack:   set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (and SLACK_APP_TOKEN for Socket Mode),',
  '           or SLACK_CLIENT_ID and its companions for installs in many workspaces',
  '  Discord: set DISCORD_TOKEN and DISCORD_APPLICATION_ID',
  '  AI assistants over HTTP (/mcp): set MCP_TOKEN (or run npm run mcp for a local one)',
  'See README.md for setup. To try the advisor without an account, run: npm run advisor',
].join('\n');

/** Where this process answers Slack: what to put behind the public HTTPS address pasted into Slack. */
function slackEventsUrl(config: Config, port: number | undefined): string {
  const host = !config.HOST || config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port ?? config.PORT}/slack/events`;
}

/** Something started that must be stopped on shutdown. */
type Stoppable = { name: string; stop(): Promise<void> };

const isPostgres = (url: string) => /^postgres(ql)?:\/\//i.test(url.trim());

/**
 * SQLite is a local file: if it cannot be opened, waiting will not help, so
 * start-up fails. PostgreSQL is a server that may simply not be up yet (or be
 * failing over): the service starts without it and keeps trying.
 */
async function openServiceStore(url: string, logger: Logger): Promise<Store> {
  if (!isPostgres(url)) return openStore(url);
  // A pooled connection that breaks is logged like everything else, not printed as a bare warning.
  const onConnectionError = (error: Error) => logger.warn({ err: error }, 'a database connection broke; the pool will replace it');
  return OpeningStore.start({
    open: () => openStore(url, { onConnectionError }),
    // Failing to reach or migrate the database is an outage worth waiting out; a URL it cannot use is the caller's mistake.
    worthRetrying: (error) => storeErrorCode(error) === 'outage',
    onFailure: (error, attempt, retryInMs) => {
      const level = attempt === 1 ? 'error' : 'warn';
      logger[level]({ err: error, attempt, retryInMs }, 'the database is unreachable; answering what needs no database and retrying');
    },
    onOpen: (attempts) => logger.info({ attempts }, 'the database is reachable; the store is open'),
  });
}

/** /mcp on the service's port when MCP_TOKEN is set, with the bots' rate limit (the same core). */
async function mcpRoutes(config: Config, service: Service, logger: Logger): Promise<ExtraRoute[]> {
  if (!config.MCP_TOKEN) return [];
  const { LOCAL_HOSTS, mcpEndpoint } = await import('./adapters/mcp/http-endpoint.js');
  const hosts = config.MCP_ALLOWED_HOSTS ?? LOCAL_HOSTS;
  return [mcpEndpoint({ token: config.MCP_TOKEN, hosts, port: config.PORT, core: service.advisorFor('mcp'), logger })];
}

/** DISCORD_SHARDS and DISCORD_SHARD_IDS as discord/app.ts takes them. */
function shardPlan(config: Config): ShardPlan | undefined {
  if (config.DISCORD_SHARDS === undefined) return undefined;
  return { count: config.DISCORD_SHARDS, ...(config.DISCORD_SHARD_IDS ? { ids: config.DISCORD_SHARD_IDS } : {}) };
}

/**
 * Work that runs on its own clock rather than in answer to a request: revisit
 * alerts and vote deadlines, checked at start-up and then on each job's
 * interval, and posted through the platforms this service runs. Started once
 * the store and the adapters are up; stopped after the adapters have finished
 * their requests and before the store closes (it may still be using both).
 */
function startBackground(service: Service, deliver: Deliverers, logger: Logger): Stoppable[] {
  return [startAnnouncer({ jobs: dueJobs(service.dueWork), deliver, logger })];
}

/** What start() leaves running, in the order shutdown stops it. */
interface Running {
  /** Slack, Discord and the ops server: they take requests, and stop first. */
  adapters: Stoppable[];
  /** Timers and sweeps (startBackground). */
  background: Stoppable[];
  store: Stoppable;
}

async function start(config: Config, logger: Logger): Promise<Running> {
  const running: Stoppable[] = [];
  const metrics = new Metrics();
  const service = await buildService(config, { metrics, openStore: (url) => openServiceStore(url, logger) });
  const { store } = service;
  const stopStore: Stoppable = { name: 'store', stop: () => service.close() };
  const states: Record<string, () => string> = {};
  const health = () => healthReport(store, states);
  const metricsText = () => metrics.text();
  const platforms = configuredPlatforms(config);
  const routes = await mcpRoutes(config, service, logger);
  if (routes.length > 0) states.mcp = () => 'running';

  let servesHttp = false;
  const deliver: Deliverers = {};
  // Each platform's library is loaded only when that platform is configured: a Slack-only
  // deployment never loads discord.js, and the other way round (less memory, faster start).
  if (platforms.includes('slack')) {
    const { startSlack } = await import('./adapters/slack/app.js');
    const slack = await startSlack({ config, teamAdvisor: service.advisorFor('slack'), store, logger, health, metrics: metricsText, routes, ...(config.HOST ? { host: config.HOST } : {}) });
    states.slack = () => slack.state();
    if (slack.mode === 'http') logger.info({ eventsUrl: slackEventsUrl(config, slack.port) }, `Slack: requests are served at ${slackEventsUrl(config, slack.port)} (give Slack its public HTTPS address as the Request URL)`);
    metrics.watchInFlight('slack', () => slack.inFlight());
    running.push({ name: 'slack', stop: () => slack.stop() });
    deliver.slack = slack.announce;
    servesHttp = true;
  }
  if (platforms.includes('discord')) {
    const shards = shardPlan(config);
    const { startDiscord } = await import('./adapters/discord/app.js');
    const discord = await startDiscord({ config, teamAdvisor: service.advisorFor('discord'), store, logger, messageContent: config.DISCORD_MESSAGE_CONTENT, ...(shards ? { shards } : {}) });
    states.discord = () => discord.state();
    running.push({ name: 'discord', stop: () => discord.stop() });
    deliver.discord = discord.announce;
  }
  if (!servesHttp) {
    const ops = await startOpsServer(config.PORT, { health, metrics: metricsText, extra: routes }, config.HOST);
    running.push({ name: 'ops server', stop: () => ops.close() });
  }
  const background = startBackground(service, deliver, logger);
  logger.info({ platforms, mcp: routes.length > 0, store: isPostgres(config.DATABASE_URL) ? 'postgres' : 'sqlite' }, 'Framework Advisor started');
  return { adapters: running, background, store: stopStore };
}

async function stopPart(part: Stoppable, logger: Logger): Promise<void> {
  try {
    await part.stop();
    logger.info({ part: part.name }, 'part stopped');
  } catch (error) {
    logger.error({ err: error, part: part.name }, 'error while stopping');
  }
}

/**
 * Every adapter at once, each finishing its requests in flight (so Slack
 * stops taking requests without waiting for Discord to drain); then the
 * background work; then the store they were all using. Gives up waiting
 * after the timeout.
 */
async function shutdown(running: Running, logger: Logger, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const stopAll = (async () => {
    await Promise.all(running.adapters.map((part) => stopPart(part, logger)));
    await Promise.all(running.background.map((part) => stopPart(part, logger)));
    await stopPart(running.store, logger);
  })();
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(() => (logger.warn('shutdown timed out; closing anyway'), resolve()), timeoutMs)));
  await Promise.race([stopAll, timeout]);
  clearTimeout(timer);
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

async function main(): Promise<number> {
  let config: Config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const gaps = halfConfigured(config);
  if (gaps.length > 0) return fail([...gaps, 'Set what is missing (README.md: Slack setup, Discord setup), or unset the rest to run without that platform.'].join('\n'));
  if (configuredPlatforms(config).length === 0 && !config.MCP_TOKEN) return fail(NOTHING_CONFIGURED);
  const logger = createLogger({ level: config.LOG_LEVEL, pretty: config.NODE_ENV !== 'production' && process.stdout.isTTY === true });
  // A safety net, not a handler: a library promise rejected where nobody awaits it (seen in Bolt's
  // receiver for a signed body of `null`) is logged instead of taking every conversation down.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection (kept running)'));
  let running: Running;
  try {
    running = await start(config, logger);
  } catch (error) {
    // A refused token or a bad data file is the operator's to fix: say which, without a stack.
    if (error instanceof KnowledgeBaseError || error instanceof ConfigError) return fail(error.message);
    logger.fatal({ err: error }, 'could not start');
    return 1;
  }
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  logger.info('stopping: no new requests; finishing those in flight');
  await shutdown(running, logger, config.SHUTDOWN_TIMEOUT_MS);
  logger.info('stopped');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Framework Advisor failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
