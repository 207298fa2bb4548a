/**
 * Work the bot has accepted and not finished. stop() waits for it so a
 * shutdown does not cut a reply in half, and tests wait for it instead of
 * guessing how long a reply takes.
 */

export class InFlightWork {
  readonly #pending = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.#pending.add(work);
    const forget = () => this.#pending.delete(work);
    work.then(forget, forget);
    return work;
  }

  get size(): number {
    return this.#pending.size;
  }

  /** Resolves when nothing is in flight, including work started while waiting. */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }
}
