/**
 * Starts the real Bolt app: HTTP mode (Slack posts to /slack/events on PORT)
 * when a bot token and signing secret are set, Socket Mode when an app-level
 * token is set as well (development behind a firewall), and multi-workspace
 * mode (installs through OAuth, a token per workspace) when a client id is
 * set instead of a bot token. GET /healthz is
 * served in both modes. The Web API base URL can be moved (SLACK_API_URL) for
 * GovSlack, a proxy or tests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type CustomRoute, HTTPReceiver, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';
import { ConfigError, type Config } from '../../config.js';
import type { ExtraRoute } from '../../ops-server.js';
import type { Announcement, Store } from '../../core/index.js';
import { announceInSlack, installedToken, type TokenFor } from './announce.js';
import { boltLogger } from './bolt-logger.js';
import { InFlightWork } from '../kit/in-flight.js';
import { TrackedReceiver } from './tracked-receiver.js';
import { MultiWorkspace, type MultiWorkspaceSettings } from './install/multi-workspace.js';
import { SLACK_EVENTS_PATH } from './routes.js';
import { SlackAdapter, type SlackAdapterOptions } from './slack-adapter.js';
import { webClientOptions } from './web-api.js';

export { SLACK_EVENTS_PATH } from './routes.js';
export const HEALTH_PATH = '/healthz';
export const METRICS_PATH = '/metrics';
/** Slack's own requests are far smaller; a bigger body is refused with 413 before it is read whole (Bolt's default allows 4 MB). */
export const MAX_BODY_BYTES = 1024 * 1024;

export type SlackState = 'starting' | 'running' | 'reconnecting' | 'stopping' | 'stopped';

export interface SlackStartOptions {
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_API_URL' | 'PORT'> &
    Partial<Pick<Config, 'SLACK_CLIENT_ID' | 'SLACK_CLIENT_SECRET' | 'SLACK_STATE_SECRET' | 'INSTALLATION_ENCRYPTION_KEY' | 'PUBLIC_URL' | 'UNINSTALL_GRACE_DAYS'>>;
  teamAdvisor: SlackAdapterOptions['teamAdvisor'];
  store: Store;
  logger: Logger;
  /** The body of GET /healthz: each adapter's state and the store's. */
  health: () => unknown;
  /** GET /metrics in the Prometheus text format, when given. */
  metrics?: () => Promise<{ contentType: string; body: string }>;
  /** Other adapters' endpoints on the same port (MCP's /mcp). */
  routes?: readonly ExtraRoute[];
  /** Interface to listen on in HTTP mode; all interfaces when absent (tests use 127.0.0.1). */
  host?: string;
  /** The clock for install records and grace periods (tests move it). */
  now?: () => number;
}

/** How often uninstalled workspaces are checked for a grace period that has ended. */
const ERASURE_SWEEP_MS = 3_600_000;

export interface RunningSlack {
  mode: 'http' | 'socket';
  /** The port /slack/events and /healthz answer on (HTTP mode: the bound port, useful with PORT=0). */
  port: number | undefined;
  state(): SlackState;
  /** Resolves when every accepted request has been answered. */
  idle(): Promise<void>;
  /** Requests accepted and not yet fully answered (for /metrics: watch them drain on shutdown). */
  inFlight(): number;
  /** Stops taking requests, then waits for the ones in flight. */
  stop(): Promise<void>;
  /** Multi-workspace mode: erases now the data of workspaces uninstalled longer than the grace period (also runs hourly). */
  eraseDue(): Promise<void>;
  /** Posts something the bot says on its own in the announcement's channel (chat.postMessage with that workspace's token). */
  announce(announcement: Announcement): Promise<void>;
}

/** Slack's credentials are missing or refused: the operator's to fix, named by variable, never echoed. */
export class SlackConfigError extends ConfigError {
  override name = 'SlackConfigError';
}

/** The error code Slack's Web API answered with (invalid_auth, token_revoked...), if it answered at all. */
function slackRefusal(error: unknown): string | undefined {
  const e = error as { code?: unknown; data?: { error?: unknown } };
  return e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string' ? e.data.error : undefined;
}

function healthRoute(health: SlackStartOptions['health'], logger: Logger): CustomRoute {
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  return {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res) => {
      Promise.resolve()
        .then(health)
        .then((body) => answer(res, 200, body))
        .catch((error: unknown) => {
          logger.error({ err: error }, 'health check failed');
          answer(res, 500, { error: 'health check failed' });
        });
    },
  };
}

function metricsRoute(metrics: NonNullable<SlackStartOptions['metrics']>, logger: Logger): CustomRoute {
  return {
    path: METRICS_PATH,
    method: ['GET'],
    handler: (_req, res) => {
      metrics()
        .then(({ contentType, body }) => {
          res.writeHead(200, { 'content-type': contentType });
          res.end(body);
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'metrics failed');
          res.writeHead(500).end();
        });
    },
  };
}

/** The multi-workspace settings when SLACK_CLIENT_ID is set (config.ts has checked they come together). */
function multiWorkspaceSettings(config: SlackStartOptions['config']): MultiWorkspaceSettings | undefined {
  if (config.SLACK_CLIENT_ID === undefined) return undefined;
  const { SLACK_CLIENT_SECRET: clientSecret, SLACK_STATE_SECRET: stateSecret, INSTALLATION_ENCRYPTION_KEY: encryptionKey, PUBLIC_URL: publicUrl } = config;
  if (!encryptionKey) throw new SlackConfigError('Multi-workspace mode needs INSTALLATION_ENCRYPTION_KEY (32 random bytes in base64) to encrypt workspace tokens; refusing to start without it');
  if (!clientSecret || !stateSecret || !publicUrl) throw new SlackConfigError('Multi-workspace mode needs SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and PUBLIC_URL');
  return { clientId: config.SLACK_CLIENT_ID, clientSecret, stateSecret, encryptionKey, publicUrl, graceDays: config.UNINSTALL_GRACE_DAYS ?? 30 };
}

export async function startSlack(options: SlackStartOptions): Promise<RunningSlack> {
  const { config } = options;
  const token = config.SLACK_BOT_TOKEN;
  const signingSecret = config.SLACK_SIGNING_SECRET;
  const logger = options.logger.child({ platform: 'slack' });
  const multiSettings = multiWorkspaceSettings(config);
  if (!signingSecret || (!token && !multiSettings)) throw new SlackConfigError(`${!token && !multiSettings ? 'SLACK_BOT_TOKEN' : 'SLACK_SIGNING_SECRET'} is missing: Slack needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or, for many workspaces, SLACK_CLIENT_ID and its companions)`);
  const multi = multiSettings && new MultiWorkspace(multiSettings, options.store, logger, options.now);
  // A wrong key fails here, before any request: no workspace could be served with it.
  await multi?.vault.checkKey();

  const boltLog = boltLogger(logger);
  const clientOptions = webClientOptions(config.SLACK_API_URL);
  const customRoutes: CustomRoute[] = [
    healthRoute(options.health, logger),
    ...(options.metrics ? [metricsRoute(options.metrics, logger)] : []),
    ...(options.routes ?? []).map((r) => ({ path: r.path, method: [...r.methods], handler: (req: IncomingMessage, res: ServerResponse) => r.handler(req, res) })),
  ];
  const work = new InFlightWork();
  let state: SlackState = 'starting';

  const socket = config.SLACK_APP_TOKEN !== undefined;
  const inner: Receiver = socket
    ? new SocketModeReceiver({ appToken: config.SLACK_APP_TOKEN!, logger: boltLog, customRoutes, installerOptions: { port: config.PORT, clientOptions } })
    : new HTTPReceiver({ signingSecret, endpoints: SLACK_EVENTS_PATH, port: config.PORT, customRoutes, logger: boltLog, bodyLimit: MAX_BODY_BYTES, ...multi?.receiverOptions(clientOptions) });
  if (inner instanceof SocketModeReceiver) {
    inner.client.on('connected', () => (state = state === 'stopping' ? state : 'running'));
    inner.client.on('reconnecting', () => (state = state === 'stopping' ? state : 'reconnecting'));
  }

  // The tracking wrapper hides the receiver's installer from Bolt, so its authorize is handed over here.
  const installer = inner instanceof HTTPReceiver ? inner.installer : undefined;
  const app = new App({
    ...(multi && installer ? { authorize: installer.authorize } : { token }),
    receiver: new TrackedReceiver(inner, work),
    logger: boltLog,
    clientOptions,
    // auth.test runs in init() below, so a wrong token fails start-up instead of the first request.
    deferInitialization: true,
  });
  new SlackAdapter({ teamAdvisor: options.teamAdvisor, store: options.store, logger }).register(app);
  multi?.register(app);
  try {
    await app.init();
  } catch (error) {
    const refusal = slackRefusal(error);
    if (refusal) throw new SlackConfigError(`SLACK_BOT_TOKEN was refused by Slack (${refusal}). Copy the Bot User OAuth Token (xoxb-...) from the app's OAuth & Permissions page.`);
    throw error;
  }

  const started = socket ? await app.start() : await app.start({ port: config.PORT, ...(options.host ? { host: options.host } : {}) });
  const address = !socket && started && typeof started === 'object' && 'address' in started ? (started as { address(): AddressInfo | string | null }).address() : null;
  const port = address && typeof address === 'object' ? address.port : socket ? config.PORT : undefined;
  state = 'running';
  let stopping: Promise<void> | undefined;
  const eraseDue = async () => {
    await multi?.eraseDue().catch((error: unknown) => logger.error({ err: error }, 'could not erase the data of uninstalled workspaces; will try again'));
  };
  const sweep = multi ? setInterval(eraseDue, ERASURE_SWEEP_MS).unref() : undefined;
  const tokenFor: TokenFor = multi && installer ? installedToken((query) => installer.authorize(query)) : async () => token!;
  await eraseDue();
  logger.info({ mode: socket ? 'socket' : 'http', workspaces: multi ? 'many (OAuth)' : 'one', port }, 'Slack adapter started');

  return {
    mode: socket ? 'socket' : 'http',
    port,
    state: () => state,
    idle: () => work.idle(),
    inFlight: () => work.size,
    eraseDue,
    announce: (announcement) => announceInSlack(app.client, tokenFor, announcement, logger.child({ via: 'announcement', tenant: announcement.tenant, channel: announcement.channel })),
    // Every caller waits for the same stop: a second call must not return while the first is still finishing requests.
    stop() {
      stopping ??= (async () => {
        state = 'stopping';
        clearInterval(sweep);
        await app.stop();
        await work.idle();
        state = 'stopped';
        logger.info('Slack adapter stopped');
      })();
      return stopping;
    },
  };
}
