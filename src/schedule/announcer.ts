/**
 * Runs the due-work jobs (due-jobs.ts) at start-up and on their intervals,
 * and posts what they return through the adapter of each tenant's platform
 * (the part before the colon of `slack:T123`). Timers are unref'd, so they
 * never keep the process alive, and stop() clears them and waits for a check
 * in progress. A failed check or post is logged and the next one carries on.
 */
import type { Logger } from 'pino';
import type { Announcement, Tenant } from '../core/index.js';
import type { DueJob } from './due-jobs.js';

/** Posts an announcement in its channel on one platform, with no interaction to answer. */
export type Deliver = (announcement: Announcement) => Promise<void>;

/** Per platform name ("slack", "discord"): how to post there. A platform without one is not reached. */
export type Deliverers = Partial<Record<string, Deliver>>;

/** The clock and timers, injectable so tests move time themselves. */
export interface Clock {
  now(): number;
  /** Calls `tick` every `ms`; returns how to stop it. */
  every(ms: number, tick: () => void): () => void;
}

export const SYSTEM_CLOCK: Clock = {
  now: Date.now,
  every(ms, tick) {
    const timer = setInterval(tick, ms).unref();
    return () => clearInterval(timer);
  },
};

export interface AnnouncerOptions {
  jobs: readonly DueJob[];
  deliver: Deliverers;
  logger: Logger;
  clock?: Clock;
}

const platformOf = (tenant: Tenant) => tenant.slice(0, tenant.indexOf(':'));

export class Announcer {
  readonly name = 'announcer';
  readonly #options: AnnouncerOptions;
  readonly #clock: Clock;
  readonly #stops: Array<() => void> = [];
  /** A job's check in progress: a tick while it runs is skipped, not stacked. */
  readonly #running = new Map<DueJob, Promise<void>>();
  #stopped = false;

  constructor(options: AnnouncerOptions) {
    this.#options = options;
    this.#clock = options.clock ?? SYSTEM_CLOCK;
  }

  /** Checks every job now, then on its interval. */
  start(): this {
    for (const job of this.#options.jobs) {
      void this.check(job);
      this.#stops.push(this.#clock.every(job.everyMs, () => void this.check(job)));
    }
    return this;
  }

  /** Checks every job once now, and resolves when what they returned has been posted. */
  async checkAll(): Promise<void> {
    await Promise.all(this.#options.jobs.map((job) => this.check(job)));
  }

  /** One check of one job; never rejects. */
  check(job: DueJob): Promise<void> {
    const running = this.#running.get(job);
    if (running || this.#stopped) return running ?? Promise.resolve();
    const work = this.#run(job).finally(() => this.#running.delete(job));
    this.#running.set(job, work);
    return work;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const stop of this.#stops.splice(0)) stop();
    await Promise.all(this.#running.values());
  }

  async #run(job: DueJob): Promise<void> {
    const log = this.#options.logger.child({ job: job.name });
    let due: Announcement[];
    try {
      due = await job.run(this.#clock.now(), (tenant) => this.#options.deliver[platformOf(tenant)] !== undefined);
    } catch (error) {
      log.warn({ err: error }, 'could not check for due work; will check again at the next interval');
      return;
    }
    for (const announcement of due) await this.#post(announcement, log);
    if (due.length > 0) log.info({ posted: due.length }, 'due work announced');
  }

  async #post(announcement: Announcement, log: Logger): Promise<void> {
    const { tenant, channel, about } = announcement;
    const deliver = this.#options.deliver[platformOf(tenant)];
    try {
      if (!deliver) throw new Error(`no adapter posts to ${platformOf(tenant)}`);
      await deliver(announcement);
    } catch (error) {
      // Claimed already, so it is not retried: one missed post beats the same alert twice.
      log.error({ err: error, tenant, channel, about }, 'could not post an announcement');
    }
  }
}

export function startAnnouncer(options: AnnouncerOptions): Announcer {
  return new Announcer(options).start();
}
