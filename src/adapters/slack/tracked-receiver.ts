/**
 * Work the bot has accepted and not finished: everything after the ack (Web
 * API calls, follow-ups through response_url). stop() waits for it so a
 * shutdown does not cut a reply in half, and tests wait for it instead of
 * guessing how long a reply takes.
 */
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';

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

/**
 * Wraps Bolt's receiver so that every event it hands to the app is tracked
 * from the moment it arrives, before the ack is sent.
 */
export class TrackedReceiver implements Receiver {
  constructor(
    readonly inner: Receiver,
    private readonly work: InFlightWork,
  ) {}

  init(app: App): void {
    // The receivers only call processEvent on the app they are given; the rest of App is reached through the prototype.
    const tracked = Object.create(app) as App;
    tracked.processEvent = (event: ReceiverEvent) => this.work.track(app.processEvent(event));
    this.inner.init(tracked);
  }

  start(...args: unknown[]): Promise<unknown> {
    return this.inner.start(...args);
  }

  stop(...args: unknown[]): Promise<unknown> {
    return this.inner.stop(...args);
  }
}
