/**
 * startDiscord: the discord.js gateway client wired to the DiscordAdapter.
 *
 * Intents: Guilds (slash commands, threads), GuildMessages and DirectMessages
 * (mentions and DMs). Message Content is privileged: it is requested only when
 * `messageContent` is true, which needs the intent switched on in the Developer
 * Portal (Bot > Privileged Gateway Intents). Without it the bot still works:
 * slash commands carry their options, and Discord still sends the text of DMs
 * and of messages that mention the bot.
 */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials, type RateLimitData } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Store } from '../../core/conversations/store.js';
import type { TeamAdvisor } from '../../core/team-advisor.js';
import { DiscordChannels } from './channels.js';
import { DiscordAdapter } from './discord-adapter.js';
import type { DrawChart } from './outbox.js';
import { safeError } from './safe-error.js';

export interface StartDiscordOptions {
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL'>;
  /** The core: handle() for every input; advisor.kb for autocomplete. */
  teamAdvisor: Pick<TeamAdvisor, 'handle' | 'advisor'>;
  store: Store;
  logger: Logger;
  /** Request the privileged Message Content intent (DISCORD_MESSAGE_CONTENT=true). */
  messageContent?: boolean;
  /** Defer an interaction when the core takes longer than this (default 2000 ms). */
  deferAfterMs?: number;
  /** Draws a reply's chart (default chartImage); tests put a failing one in its place. */
  drawChart?: DrawChart;
}

export type DiscordState = 'connecting' | 'ready' | 'reconnecting' | 'stopped';

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
    rest: { ...(api ? { api } : {}), retries: REST_RETRIES, timeout: REST_TIMEOUT_MS },
  });
}

function watchState(client: Client, logger: Logger, set: (state: DiscordState) => void): void {
  client.on(Events.ShardReady, () => set('ready'));
  client.on(Events.ShardResume, () => set('ready'));
  client.on(Events.ShardDisconnect, () => set('reconnecting'));
  client.on(Events.ShardReconnecting, () => set('reconnecting'));
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
  logger.info({ user: client.user?.tag, application: client.application?.id }, 'discord: connected');

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
