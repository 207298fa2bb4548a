/**
 * Runs the due-work jobs (due-jobs.ts) at start-up and on their intervals,
 * and posts what they return through the adapter of each tenant's platform
 * (the part before the colon of `slack:T123`). Timers are unref'd, so they
 * never keep the process alive, and stop() clears them and waits for a check
 * in progress. A failed check or post is logged and the next one carries on;
 * a failed post is also handed back to its job (a revisit alert gives back its
 * claim), and the job is checked again soon rather than at its next interval.
 */
import type { Logger } from 'pino';
import type { Announcement, Tenant } from '../core/index.js';
import { type DueJob, MINUTE_MS } from './due-jobs.js';

/** How soon a job is checked again after something it returned could not be posted: an alert should not wait a day. */
export const RETRY_AFTER_MS = 15 * MINUTE_MS;
/** Quick re-checks in a row after failed posts; then the job's own interval takes over, so a long outage is not hammered. */
export const MAX_RETRIES = 4;

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

/** What became of one announcement: posted; not posted but a later check returns it again; or not posted for good. */
type PostOutcome = 'posted' | 'given-back' | 'lost';

const platformOf = (tenant: Tenant) => tenant.slice(0, tenant.indexOf(':'));

export class Announcer {
  readonly name = 'announcer';
  readonly #options: AnnouncerOptions;
  readonly #clock: Clock;
  readonly #stops: Array<() => void> = [];
  /** A job's check in progress: a tick while it runs is skipped, not stacked. */
  readonly #running = new Map<DueJob, Promise<void>>();
  /** A job's quick re-check waiting to fire, at most one per job; stop() cancels it. */
  readonly #retries = new Map<DueJob, () => void>();
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
    return this.#check(job, 0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const stop of this.#stops.splice(0)) stop();
    for (const cancel of this.#retries.values()) cancel();
    this.#retries.clear();
    await Promise.all(this.#running.values());
  }

  /** `retry`: how many quick re-checks in a row this one is (0 for start-up and the interval). */
  #check(job: DueJob, retry: number): Promise<void> {
    const running = this.#running.get(job);
    if (running || this.#stopped) return running ?? Promise.resolve();
    const work = this.#run(job, retry).finally(() => this.#running.delete(job));
    this.#running.set(job, work);
    return work;
  }

  async #run(job: DueJob, retry: number): Promise<void> {
    const log = this.#options.logger.child({ job: job.name });
    let due: Announcement[];
    try {
      due = await job.run(this.#clock.now(), (tenant) => this.#options.deliver[platformOf(tenant)] !== undefined);
    } catch (error) {
      log.warn({ err: error }, 'could not check for due work; will check again at the next interval');
      return;
    }
    const outcomes: PostOutcome[] = [];
    for (const announcement of due) outcomes.push(await this.#post(job, announcement, log));
    const posted = outcomes.filter((o) => o === 'posted').length;
    if (posted > 0) log.info({ posted }, 'due work announced');
    if (outcomes.includes('given-back')) this.#retrySoon(job, retry + 1, log);
  }

  /** Posts one announcement; on failure logs it and hands it back to its job. */
  async #post(job: DueJob, announcement: Announcement, log: Logger): Promise<PostOutcome> {
    const { tenant, channel, about } = announcement;
    const deliver = this.#options.deliver[platformOf(tenant)];
    try {
      if (!deliver) throw new Error(`no adapter posts to ${platformOf(tenant)}`);
      await deliver(announcement);
      return 'posted';
    } catch (error) {
      log.error({ err: error, tenant, channel, about }, 'could not post an announcement');
    }
    try {
      if (await job.undelivered(announcement)) return 'given-back';
    } catch (error) {
      log.error({ err: error, tenant, channel, about }, 'could not give the announcement back: it will not be posted again');
    }
    return 'lost';
  }

  /**
   * Checks the job again in RETRY_AFTER_MS, at most MAX_RETRIES times in a
   * row, and only when that comes sooner than its own interval. The clock
   * has only intervals: one that stops itself at its first tick is the
   * one-shot timer, so tests drive it like the others.
   */
  #retrySoon(job: DueJob, retry: number, log: Logger): void {
    if (this.#stopped || this.#retries.has(job) || job.everyMs <= RETRY_AFTER_MS) return;
    if (retry > MAX_RETRIES) {
      log.warn({ retries: MAX_RETRIES }, 'still could not post; will try again at the next interval');
      return;
    }
    const cancel = this.#clock.every(RETRY_AFTER_MS, () => {
      cancel();
      this.#retries.delete(job);
      void this.#check(job, retry);
    });
    this.#retries.set(job, cancel);
    log.info({ inMs: RETRY_AFTER_MS, retry }, 'will check again soon for what could not be posted');
  }
}

export function startAnnouncer(options: AnnouncerOptions): Announcer {
  return new Announcer(options).start();
}
