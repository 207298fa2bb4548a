/**
 * startDiscord: the discord.js gateway client wired to the DiscordAdapter.
 *
 * Intents: Guilds (slash commands, threads), GuildMessages and DirectMessages
 * (mentions and DMs). Message Content is privileged: it is requested only when
 * `messageContent` is true, which needs the intent switched on in the Developer
 * Portal (Bot > Privileged Gateway Intents). Without it the bot still works:
 * slash commands carry their options, and Discord still sends the text of DMs
 * and of messages that mention the bot.
 *
 * Sharding: `shards` says how many gateway shards the bot has in all and
 * which of them this process holds (discord.js runs them side by side in one
 * client). Several processes can split the shards between them; each guild's
 * events reach only the process holding its shard, and the shared store
 * makes every click work wherever it lands.
 */
import { once } from 'node:events';
import { Client, type ClientOptions, Events, GatewayIntentBits, Partials, type RateLimitData, type ResponseLike } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Store, TeamAdvisor } from '../../core/index.js';
import { DiscordChannels } from './channels.js';
import { DiscordAdapter } from './discord-adapter.js';
import type { DrawChart } from './outbox.js';
import { safeError } from './safe-error.js';

export interface StartDiscordOptions {
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>;
  /** The core: handle() for every input; advisor.kb for autocomplete. */
  teamAdvisor: Pick<TeamAdvisor, 'handle' | 'frameworkChoices'>;
  store: Store;
  logger: Logger;
  /** Request the privileged Message Content intent (DISCORD_MESSAGE_CONTENT=true). */
  messageContent?: boolean;
  /** Defer an interaction when the core takes longer than this (default 2000 ms). */
  deferAfterMs?: number;
  /** The bot's shards (DISCORD_SHARDS, DISCORD_SHARD_IDS); one shard when absent. */
  shards?: ShardPlan;
  /** Draws a reply's chart (default chartImage); tests put a failing one in its place. */
  drawChart?: DrawChart;
}

/** `failed`: a shard was closed for good (bad token, intents not allowed); the process needs fixing and a restart. */
export type DiscordState = 'connecting' | 'ready' | 'reconnecting' | 'failed' | 'stopped';

/** How many shards the bot has in all (`auto`: as Discord recommends), and which this process holds (all when absent). */
export interface ShardPlan {
  count: number | 'auto';
  ids?: number[];
}

/** discord.js's own sharding options for a plan. */
export function shardOptions(plan: ShardPlan | undefined): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (!plan) return {};
  if (plan.count === 'auto') return { shards: 'auto' };
  return { shardCount: plan.count, shards: plan.ids ?? Array.from({ length: plan.count }, (_, id) => id) };
}

export interface DiscordBot {
  /** Finishes the events in hand, then disconnects. */
  stop(): Promise<void>;
  /** For /healthz. */
  state(): DiscordState;
  /** Resolves once every event received so far has been handled. */
  idle(): Promise<void>;
}

/** A 5xx is retried twice: enough for a blip, short enough to answer or apologise within Discord's window. */
const REST_RETRIES = 2;
const REST_TIMEOUT_MS = 10_000;

function createClient(options: StartDiscordOptions): Client {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (options.messageContent) intents.push(GatewayIntentBits.MessageContent);
  const api = options.config.DISCORD_API_URL;
  return new Client({
    intents,
    // DM channels are not cached before their first message; without this partial their messages are dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...shardOptions(options.shards),
    rest: { ...(api ? { api } : {}), retries: REST_RETRIES, timeout: REST_TIMEOUT_MS, makeRequest: nodeFetch },
  });
}

/**
 * REST calls through Node's own fetch, the strategy @discordjs/rest documents
 * ("makeRequest: fetch"), instead of its bundled undici 6. When Slack is
 * configured too, @slack/socket-mode loads undici 7, which installs its Agent
 * as the process-wide dispatcher that undici 6 also uses; undici 7 cannot read
 * a multipart body built for undici 6, so every message with a file (a chart,
 * a decision record) failed with "action is not a function". Node's fetch
 * encodes the body itself before any dispatcher sees it.
 */
const nodeFetch = (url: string, init: unknown): Promise<ResponseLike> => fetch(url, init as RequestInit) as Promise<ResponseLike>;

function watchState(client: Client, logger: Logger, set: (state: DiscordState) => void): void {
  // Ready only while every shard this process holds is connected: a guild on a lost shard gets no answers.
  const down = new Set<number>();
  const closedForGood = new Set<number>();
  const summary = (): DiscordState => (closedForGood.size > 0 ? 'failed' : down.size === 0 ? 'ready' : 'reconnecting');
  const up = (shard: number) => (down.delete(shard), set(summary()));
  const lost = (shard: number) => (down.add(shard), set(summary()));
  client.on(Events.ShardReady, up);
  client.on(Events.ShardResume, up);
  // discord.js emits this only for close codes it will not reconnect after (4004 authentication failed, 4014 intents...).
  client.on(Events.ShardDisconnect, (event, shard) => {
    logger.error({ shard, code: event.code }, `discord: the gateway closed shard ${shard} with code ${event.code} and it will not reconnect; check DISCORD_TOKEN, the intents and the shard settings, then restart`);
    closedForGood.add(shard);
    lost(shard);
  });
  client.on(Events.ShardReconnecting, lost);
  client.on(Events.ShardError, (error) => logger.warn({ err: safeError(error) }, 'discord: gateway error'));
  client.on(Events.Error, (error) => logger.error({ err: safeError(error) }, 'discord: client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord: warning'));
  client.rest.on('rateLimited', (info: RateLimitData) =>
    logger.warn({ route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global }, 'discord: rate limited, waiting'),
  );
}

export async function startDiscord(options: StartDiscordOptions): Promise<DiscordBot> {
  const token = options.config.DISCORD_TOKEN;
  if (!token) throw new Error('DISCORD_TOKEN is not set');
  const { logger } = options;
  const client = createClient(options);
  const adapter = new DiscordAdapter({
    teamAdvisor: options.teamAdvisor,
    store: options.store,
    logger,
    channels: new DiscordChannels(client.rest),
    botUserId: () => client.user?.id,
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    ...(options.drawChart ? { drawChart: options.drawChart } : {}),
  });
  let state: DiscordState = 'connecting';
  watchState(client, logger, (next) => {
    if (state !== 'stopped') state = next;
  });
  client.on(Events.InteractionCreate, (interaction) => void adapter.onInteraction(interaction));
  client.on(Events.MessageCreate, (message) => void adapter.onMessage(message));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  state = 'ready';
  logger.info({ user: client.user?.tag, application: client.application?.id, shards: [...client.ws.shards.keys()], shardCount: client.options.shardCount }, 'discord: connected');

  return {
    async stop() {
      if (state === 'stopped') return;
      state = 'stopped';
      await adapter.idle();
      await client.destroy();
    },
    state: () => state,
    idle: () => adapter.idle(),
  };
}
