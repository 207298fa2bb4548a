/**
 * The delivery runner: one event from a person, from arrival to answer, the
 * same way on every platform. A redelivered event is answered once; the core
 * is asked; a platform with a deadline is told "on the way" when the answer
 * is late; the effects are carried out; and any failure ends in a logged
 * error and an apology, never a crash or silence.
 */
import type { Effect, Store } from '../../core/index.js';
import { LATE, within } from './deadline.js';

/** The logging a delivery needs (pino's Logger has it; the terminal passes a small one). */
export interface DeliveryLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}

/** For a platform that drops an event not acknowledged in time. */
export interface Deadline {
  ms: number;
  /** The answer is late: acknowledge without it, so the platform does not give up; the answer follows. */
  late(): Promise<void>;
  /**
   * The answer came in time (undefined: the core failed): acknowledge, with
   * the answer where the platform allows. Returns the effects still to carry
   * out, or undefined when an apology is still owed. Without it, the effects
   * are carried out as they are.
   */
  inTime?(effects: readonly Effect[] | undefined): Promise<readonly Effect[] | undefined>;
}

export interface DeliveryJob {
  /** The event's key when the platform may deliver it again (an event or interaction id): answered only the first time. */
  claim?: string;
  log: DeliveryLog;
  /** Ask the core (and prepare what must be ready before anything is sent, like a chart). */
  ask(): Promise<readonly Effect[]>;
  deadline?: Deadline;
  carryOut(effects: readonly Effect[]): Promise<void>;
  /** Tell the person it failed; `error` is what failed, or undefined when the core did. */
  apologise(error: unknown): Promise<void>;
}

export interface DeliveryOptions {
  /** Where redeliveries are recognised, across replicas. */
  store?: Pick<Store, 'claimOnce'>;
  /** How long a claim outlives the event: as long as the platform may redeliver it. */
  claimTtlMs?: number;
  now?: () => number;
  /** An error as a log field (Discord's errors carry tokens in their URLs, which are cut out). */
  logged?: (error: unknown) => unknown;
}

const HOUR_MS = 3_600_000;

export class Delivery {
  readonly #options: DeliveryOptions;

  constructor(options: DeliveryOptions = {}) {
    this.#options = options;
  }

  /** Runs one job to its end; never rejects. */
  async run(job: DeliveryJob): Promise<void> {
    if (job.claim !== undefined && !(await this.#firstDelivery(job.claim, job.log))) return;
    const answer = this.#ask(job);
    // What went wrong: undefined when the core failed (and #ask has logged it).
    let failure: unknown;
    try {
      const effects = await this.#meetDeadline(job, answer);
      if (effects) return await job.carryOut(effects);
    } catch (error) {
      job.log.error({ err: this.#logged(error) }, 'could not answer');
      failure = error;
    }
    await job.apologise(failure).catch((again: unknown) => job.log.error({ err: this.#logged(again) }, 'could not apologise either'));
  }

  /** The effects to carry out: all of them, or what the acknowledgement left (undefined: apologise). */
  async #meetDeadline(job: DeliveryJob, answer: Promise<readonly Effect[] | undefined>): Promise<readonly Effect[] | undefined> {
    const { deadline } = job;
    if (!deadline) return answer;
    const early = await within(answer, deadline.ms);
    if (early !== LATE) return deadline.inTime ? deadline.inTime(early) : early;
    await deadline.late();
    return answer;
  }

  /** The core's effects, or undefined after logging when the core failed. */
  async #ask(job: DeliveryJob): Promise<readonly Effect[] | undefined> {
    try {
      const effects = await job.ask();
      job.log.debug({ effects: effects.map((e) => e.type) }, 'answered');
      return effects;
    } catch (error) {
      job.log.error({ err: this.#logged(error) }, 'the advisor failed to answer');
      return undefined;
    }
  }

  /** True the first time a key is seen: platforms re-deliver when an answer is slow, and each event must be answered once. */
  async #firstDelivery(key: string, log: DeliveryLog): Promise<boolean> {
    const { store, claimTtlMs = HOUR_MS, now = Date.now } = this.#options;
    if (!store) return true;
    try {
      const first = await store.claimOnce(key, claimTtlMs, now());
      if (!first) log.info({ claim: key }, 'repeated delivery of an event already handled; ignored');
      return first;
    } catch (error) {
      // Answering twice is better than not answering at all.
      log.warn({ err: this.#logged(error), claim: key }, 'could not record the event delivery; handling it anyway');
      return true;
    }
  }

  #logged(error: unknown): unknown {
    return this.#options.logged ? this.#options.logged(error) : error;
  }
}
