/**
 * Wraps Bolt's receiver so that every event it hands to the app is tracked
 * (the kit's InFlightWork) from the moment it arrives, before the ack is
 * sent: everything after the ack (Web API calls, follow-ups through
 * response_url) is then waited for by stop() and by tests.
 */
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { InFlightWork } from '../kit/in-flight.js';

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
