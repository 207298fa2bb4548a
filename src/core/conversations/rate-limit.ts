/**
 * A per-person limit on commands (a sliding window), so one user or a runaway
 * script cannot flood a channel or the process. Kept in process memory: a
 * replica limits what it serves, which bounds each replica's load; the limit is
 * a courtesy, not an accounting record.
 */
export interface RateLimitOptions {
  perMinute: number;
  /** How many people are tracked at most; the least recently seen are forgotten first. */
  maxTracked?: number;
}

const WINDOW_MS = 60_000;

export class RateLimiter {
  readonly #recent = new Map<string, number[]>();
  readonly #perMinute: number;
  readonly #maxTracked: number;

  constructor({ perMinute, maxTracked = 50_000 }: RateLimitOptions) {
    this.#perMinute = perMinute;
    this.#maxTracked = maxTracked;
  }

  /** Records one command by `who` at `now`; false when it is over the limit (and then not recorded). */
  allow(who: string, now: number): boolean {
    const times = (this.#recent.get(who) ?? []).filter((t) => now - t < WINDOW_MS);
    this.#recent.delete(who); // re-inserted below, so Map order is least recently seen first
    if (times.length >= this.#perMinute) {
      this.#recent.set(who, times);
      return false;
    }
    times.push(now);
    this.#recent.set(who, times);
    if (this.#recent.size > this.#maxTracked) this.#recent.delete(this.#recent.keys().next().value!);
    return true;
  }

  /** Seconds until `who` may send another command. */
  retryAfterSeconds(who: string, now: number): number {
    const oldest = (this.#recent.get(who) ?? [])[0];
    return oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
  }
}
