/**
 * The messages of one event (a slash command, a click, a mention): each reply
 * as a card with its chart and document. Charts are drawn up front, together,
 * while the adapter's deferral timer still runs, so slow drawing is covered
 * by a deferral instead of pushing the first response past Discord's 3
 * seconds. A chart that cannot be drawn, or a message Discord refuses with its
 * picture (no Attach Files permission, too large), costs the picture and a log
 * line, never the card.
 */
import { DiscordAPIError, HTTPError } from 'discord.js';
import type { Logger } from 'pino';
import type { ChartImage } from '../../charts/chart-image.js';
import type { Effect, Reply } from '../../core/index.js';
import { type Outgoing, outgoing } from './outgoing.js';
import { safeError } from './safe-error.js';

/** chartImage() in production; tests put a failing one in its place. */
export type DrawChart = (reply: Reply) => Promise<ChartImage | undefined>;

const repliesOf = (effect: Effect): Reply[] => (effect.type === 'start-thread' ? [effect.parent, effect.first] : [effect.reply]);

/** Discord said no to this message (as opposed to failing, which rest retries and the adapter apologises for). */
const refused = (error: unknown) => (error instanceof DiscordAPIError || error instanceof HTTPError) && error.status >= 400 && error.status < 500 && error.status !== 429;

export class Outbox {
  readonly #draw: DrawChart;
  readonly #logger: Logger;
  readonly #charts = new Map<Reply, ChartImage>();

  constructor(draw: DrawChart, logger: Logger) {
    this.#draw = draw;
    this.#logger = logger;
  }

  /** Draws the chart of every reply in the effects that has one; a failure leaves that reply without a picture. */
  async draw(effects: readonly Effect[]): Promise<void> {
    const withCharts = effects.flatMap(repliesOf).filter((reply) => reply.chart);
    await Promise.all(withCharts.map((reply) => this.#drawOne(reply)));
  }

  async #drawOne(reply: Reply): Promise<void> {
    try {
      const image = await this.#draw(reply);
      if (image) this.#charts.set(reply, image);
    } catch (error) {
      this.#logger.warn({ err: safeError(error), kind: reply.kind }, 'discord: could not draw the chart; sending the card without it');
    }
  }

  /** Sends the reply as a message with its chart; if Discord refuses it with the picture, sends it again without. */
  async send<T>(reply: Reply, send: (out: Outgoing) => Promise<T>): Promise<T> {
    const chart = this.#charts.get(reply);
    if (!chart) return send(outgoing(reply));
    try {
      return await send(outgoing(reply, chart));
    } catch (error) {
      if (!refused(error)) throw error;
      this.#logger.warn({ err: safeError(error), kind: reply.kind }, 'discord: the message was refused with its chart; sending it without');
      return send(outgoing(reply));
    }
  }
}
