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
import { type Answer, carryOut } from './carry-out.js';
import type { DiscordChannels } from './channels.js';
import { type AnswerableInteraction, InteractionAnswer } from './interaction-answer.js';
import { inputOf } from './interaction-input.js';
import { MessageAnswer } from './message-answer.js';
import { type DrawChart, Outbox } from './outbox.js';
import { askerOf, placeOf } from './place.js';
import { DISCORD_LIMITS } from './limits.js';
import { safeError } from './safe-error.js';

/** Interaction tokens live 15 minutes; a redelivery after that could not be answered anyway. */
const CLAIM_TTL_MS = 15 * 60 * 1000;
/** Defer when the core has not answered by then, leaving a second of Discord's three for the network. */
const DEFER_AFTER_MS = 2000;

export interface DiscordAdapterOptions {
  /** The core: handle() for every input; advisor.kb for autocomplete. */
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
  readonly #inFlight = new Set<Promise<void>>();

  constructor(options: DiscordAdapterOptions) {
    this.#options = options;
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
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  #track(work: Promise<void>): Promise<void> {
    const tracked = work.catch((error: unknown) => this.#options.logger.error({ err: safeError(error) }, 'discord: event handling failed'));
    this.#inFlight.add(tracked);
    void tracked.finally(() => this.#inFlight.delete(tracked));
    return tracked;
  }

  async #interaction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return this.#autocomplete(interaction);
    const input = inputOf(interaction);
    if (!input || !(interaction.isChatInputCommand() || interaction.isMessageComponent())) return;
    if (!(await this.#firstDelivery(interaction.id))) return;
    const place = placeOf(interaction.guildId, interaction.channelId ?? '', interaction.channel);
    const event = { interaction: interaction.id };
    const outbox = this.#outbox(event);
    const answer = new InteractionAnswer(interaction as AnswerableInteraction, place, this.#options.channels, outbox);
    await this.#run(answer, outbox, () => this.#options.teamAdvisor.handle(input, askerOf(place, interaction.user)), event);
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
    if (!(await this.#firstDelivery(message.id))) return;
    const text = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
    const place = placeOf(message.guildId, message.channelId, message.channel);
    const event = { message: message.id };
    const outbox = this.#outbox(event);
    const answer = new MessageAnswer(message.id, place, this.#options.channels, outbox);
    await this.#run(answer, outbox, () => this.#options.teamAdvisor.handle({ type: 'text', text }, askerOf(place, message.author)), event);
  }

  /** False for a redelivery. If the store cannot tell, answering twice beats never answering. */
  async #firstDelivery(id: string): Promise<boolean> {
    const now = this.#options.now?.() ?? Date.now();
    try {
      return await this.#options.store.claimOnce(`discord:${id}`, CLAIM_TTL_MS, now);
    } catch (error) {
      this.#options.logger.warn({ err: safeError(error), event: id }, 'discord: could not check for a duplicate delivery; handling it');
      return true;
    }
  }

  #outbox(event: Record<string, string>): Outbox {
    return new Outbox(this.#options.drawChart ?? chartImage, this.#options.logger.child(event));
  }

  async #run(answer: Answer, outbox: Outbox, decide: () => Promise<Effect[]>, event: Record<string, string>): Promise<void> {
    try {
      // Charts are drawn before anything is sent, inside the deferral window: slow drawing defers like a slow core.
      const effects = await this.#withDeferral(this.#decideAndDraw(decide, outbox), answer);
      await carryOut(effects, answer);
    } catch (error) {
      this.#options.logger.error({ err: safeError(error), ...event }, 'discord: could not answer');
      await answer.apologise().catch((again: unknown) => this.#options.logger.error({ err: safeError(again), ...event }, 'discord: could not apologise either'));
    }
  }

  async #decideAndDraw(decide: () => Promise<Effect[]>, outbox: Outbox): Promise<Effect[]> {
    const effects = await decide();
    await outbox.draw(effects);
    return effects;
  }

  /** Waits for the core; if it is slow, defers the interaction meanwhile so Discord does not give up on it. */
  async #withDeferral(decision: Promise<Effect[]>, answer: Answer): Promise<Effect[]> {
    let deferral: Promise<void> | undefined;
    const timer = setTimeout(() => (deferral = answer.defer()), this.#options.deferAfterMs ?? DEFER_AFTER_MS);
    try {
      return await decision;
    } finally {
      clearTimeout(timer);
      await deferral;
    }
  }
}
