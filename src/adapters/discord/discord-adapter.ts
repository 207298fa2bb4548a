/**
 * DiscordAdapter: each interaction or message becomes the core's Input and
 * Asker, TeamAdvisor decides, and the effects are carried out on Discord.
 * Every event is handled once (platforms redeliver), within Discord's
 * 3-second window, and a failure ends in a logged error and an apology,
 * never a crash.
 */
import type { AutocompleteInteraction, Interaction, Message } from 'discord.js';
import type { Logger } from 'pino';
import { chartImage } from '../../charts/chart-image.js';
import type { Effect, Store, TeamAdvisor } from '../../core/index.js';
import { Delivery } from '../kit/delivery.js';
import { InFlightWork } from '../kit/in-flight.js';
import { type MentionForm, withoutMention } from '../kit/mentions.js';
import type { DiscordChannels } from './channels.js';
import { type AnswerableInteraction, InteractionAnswer } from './interaction-answer.js';
import { inputOf } from './interaction-input.js';
import { MessageAnswer } from './message-answer.js';
import { type DrawChart, Outbox } from './outbox.js';
import { askerOf, interactionPlaceKind, messagePlaceKind, placeOf } from './place.js';
import { DISCORD_LIMITS } from './limits.js';
import { type Answer, carryOut } from './replies.js';
import { safeError } from './safe-error.js';

/** Interaction tokens live 15 minutes; a redelivery after that could not be answered anyway. */
const CLAIM_TTL_MS = 15 * 60 * 1000;
/** Defer when the core has not answered by then, leaving a second of Discord's three for the network. */
const DEFER_AFTER_MS = 2000;
/** <@123>, or <@!123> as a nickname mention. */
const DISCORD_MENTION: MentionForm = (id) => `<@!?${id}>`;

export interface DiscordAdapterOptions {
  /** The core: handle() for every input; frameworkChoices() for autocomplete. */
  teamAdvisor: Pick<TeamAdvisor, 'handle' | 'frameworkChoices'>;
  store: Store;
  logger: Logger;
  channels: DiscordChannels;
  /** The bot's own user id, known once connected: mentions of it are commands. */
  botUserId: () => string | undefined;
  deferAfterMs?: number;
  now?: () => number;
  /** Draws a reply's chart (default chartImage); a rejection sends the card without the picture. */
  drawChart?: DrawChart;
}

export class DiscordAdapter {
  readonly #options: DiscordAdapterOptions;
  readonly #work = new InFlightWork();
  readonly #delivery: Delivery;
  /** The kit's runner logs in the adapter's words: every Discord line starts "discord: ". */
  readonly #log: Logger;

  constructor(options: DiscordAdapterOptions) {
    this.#options = options;
    this.#log = options.logger.child({}, { msgPrefix: 'discord: ' });
    this.#delivery = new Delivery({ store: options.store, claimTtlMs: CLAIM_TTL_MS, ...(options.now ? { now: options.now } : {}), logged: safeError });
  }

  /** For the client's interactionCreate event; never rejects. */
  onInteraction(interaction: Interaction): Promise<void> {
    return this.#track(this.#interaction(interaction));
  }

  /** For the client's messageCreate event; never rejects. */
  onMessage(message: Message): Promise<void> {
    return this.#track(this.#message(message));
  }

  /** Resolves once every event received so far has been handled (graceful stop, tests). */
  idle(): Promise<void> {
    return this.#work.idle();
  }

  #track(work: Promise<void>): Promise<void> {
    return this.#work.track(work.catch((error: unknown) => this.#options.logger.error({ err: safeError(error) }, 'discord: event handling failed')));
  }

  async #interaction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return this.#autocomplete(interaction);
    const input = inputOf(interaction);
    if (!input || !(interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand() || interaction.isMessageComponent())) return;
    const place = placeOf(interaction.guildId, interaction.channelId ?? '', interaction.channel, interactionPlaceKind(interaction));
    const event = { interaction: interaction.id };
    const outbox = this.#outbox(event);
    const answer = new InteractionAnswer(interaction as AnswerableInteraction, place, this.#options.channels, outbox);
    await this.#run(interaction.id, answer, outbox, () => this.#options.teamAdvisor.handle(input, askerOf(place, interaction.user, interaction.locale)), event);
  }

  async #autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const typed = interaction.options.getFocused();
    await interaction.respond(this.#options.teamAdvisor.frameworkChoices(typed, { count: DISCORD_LIMITS.autocompleteChoices, nameLength: DISCORD_LIMITS.choiceName }));
  }

  async #message(message: Message): Promise<void> {
    const botId = this.#options.botUserId();
    if (message.author.bot || message.system || !botId) return;
    // In a guild only messages that mention the bot are for it; in a DM every message is.
    if (message.guildId && !message.mentions.users.has(botId)) return;
    const text = withoutMention(message.content, botId, DISCORD_MENTION);
    const place = placeOf(message.guildId, message.channelId, message.channel, messagePlaceKind(message.guildId));
    const event = { message: message.id };
    const outbox = this.#outbox(event);
    const answer = new MessageAnswer(message.id, place, this.#options.channels, outbox);
    await this.#run(message.id, answer, outbox, () => this.#options.teamAdvisor.handle({ type: 'text', text }, askerOf(place, message.author)), event);
  }

  #outbox(event: Record<string, string>): Outbox {
    return new Outbox(this.#options.drawChart ?? chartImage, this.#options.logger.child(event));
  }

  /** One event through the kit's runner: once per id, deferred when the core is slow, apologised for when anything fails. */
  #run(id: string, answer: Answer, outbox: Outbox, decide: () => Promise<Effect[]>, event: Record<string, string>): Promise<void> {
    return this.#delivery.run({
      claim: `discord:${id}`,
      log: this.#log.child(event),
      // Charts are drawn before anything is sent, inside the deferral window: slow drawing defers like a slow core.
      ask: async () => {
        const effects = await decide();
        await outbox.draw(effects);
        return effects;
      },
      deadline: { ms: this.#options.deferAfterMs ?? DEFER_AFTER_MS, late: () => answer.defer() },
      carryOut: (effects) => carryOut(effects, answer),
      apologise: () => answer.apologise(),
    });
  }
}
