/**
 * At most N requests in flight per host, and optionally a minimum gap between
 * request starts (crates.io asks for about one request a second).
 */
export class HostLimiter {
  readonly #maxInFlight: number;
  readonly #minGapMs: number;
  #inFlight = 0;
  #lastStart = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(maxInFlight: number, minGapMs = 0) {
    this.#maxInFlight = maxInFlight;
    this.#minGapMs = minGapMs;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.#acquire();
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  async #acquire(): Promise<void> {
    if (this.#inFlight >= this.#maxInFlight) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#inFlight += 1;
    // The gap is claimed before waiting, so two callers never take the same slot.
    const start = Math.max(Date.now(), this.#lastStart + this.#minGapMs);
    this.#lastStart = start;
    const wait = start - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  #release(): void {
    const next = this.#waiting.shift();
    // Hand the slot straight to the next caller; the in-flight count stays the same.
    if (next) next();
    else this.#inFlight -= 1;
  }
}
