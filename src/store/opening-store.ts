/**
 * A store whose database may not be there yet when the service starts (the
 * database container still booting, a failover in progress). Rather than
 * exit and leave Slack and Discord without any answer until an orchestrator
 * restarts us, the service starts anyway: until the database opens, every
 * store call fails the way an outage does, so people get compare, info, top
 * and list, and a "briefly unavailable" notice for the rest, and /healthz
 * says degraded. Opening is retried in the background with capped backoff;
 * once it succeeds, calls go straight to the opened store.
 */
import type { ChannelSettings, DecisionRecord, ErasureRecord, FlowRecord, InstallationRecord, LastAnswers, Tenant, VoteRecord } from '../core/team/records.js';
import { type CastResult, type CloseResult, type Store, StoreError } from '../core/conversations/store.js';

export interface OpeningOptions {
  open: () => Promise<Store>;
  /**
   * False for a failure that waiting cannot fix (a URL that does not parse,
   * coded 'caller' rather than 'outage'):
   * start-up then fails at once with that message instead of retrying forever.
   */
  worthRetrying: (error: unknown) => boolean;
  /** Told of every failed attempt, with how long until the next. */
  onFailure?: (error: unknown, attempt: number, retryInMs: number) => void;
  onOpen?: (attempts: number) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/** The first retry comes quickly (a database finishing its boot); later ones back off to the cap. */
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;

export class StoreNotOpenError extends StoreError {
  override name = 'StoreNotOpenError';
  constructor() {
    super('outage', 'The database has not been reached since start-up; still trying in the background');
  }
}

export class OpeningStore implements Store {
  #store: Store | undefined;
  #attempts = 0;
  #timer: NodeJS.Timeout | undefined;
  #attempt: Promise<void> | undefined;
  #closed = false;

  private constructor(private readonly options: OpeningOptions) {}

  /** Tries once, and rejects only when that failure is not worth retrying; otherwise keeps trying in the background. */
  static async start(options: OpeningOptions): Promise<OpeningStore> {
    const store = new OpeningStore(options);
    const failure = await store.#tryOpen();
    if (failure !== undefined) {
      if (!options.worthRetrying(failure)) throw failure;
      store.#retryLater(failure);
    }
    return store;
  }

  createFlow(flow: FlowRecord): Promise<void> {
    return this.#use((s) => s.createFlow(flow));
  }

  getFlow(tenant: Tenant, id: string, now: number): Promise<FlowRecord | undefined> {
    return this.#use((s) => s.getFlow(tenant, id, now));
  }

  updateFlow(next: FlowRecord): Promise<boolean> {
    return this.#use((s) => s.updateFlow(next));
  }

  createVote(vote: VoteRecord): Promise<void> {
    return this.#use((s) => s.createVote(vote));
  }

  getVote(tenant: Tenant, id: string): Promise<VoteRecord | undefined> {
    return this.#use((s) => s.getVote(tenant, id));
  }

  castVote(tenant: Tenant, id: string, voter: { id: string; name: string }, choice: string): Promise<CastResult> {
    return this.#use((s) => s.castVote(tenant, id, voter, choice));
  }

  closeVote(tenant: Tenant, id: string, now: number): Promise<CloseResult> {
    return this.#use((s) => s.closeVote(tenant, id, now));
  }

  addDecision(decision: DecisionRecord): Promise<DecisionRecord> {
    return this.#use((s) => s.addDecision(decision));
  }

  getDecision(tenant: Tenant, channel: string, number: number): Promise<DecisionRecord | undefined> {
    return this.#use((s) => s.getDecision(tenant, channel, number));
  }

  updateDecision(decision: DecisionRecord): Promise<boolean> {
    return this.#use((s) => s.updateDecision(decision));
  }

  acceptedDecisions(limit: number): Promise<DecisionRecord[]> {
    return this.#use((s) => s.acceptedDecisions(limit));
  }

  dueVotes(now: number, limit: number): Promise<VoteRecord[]> {
    return this.#use((s) => s.dueVotes(now, limit));
  }

  addVoteOption(tenant: Tenant, id: string, framework: string): Promise<boolean> {
    return this.#use((s) => s.addVoteOption(tenant, id, framework));
  }

  alertsOff(tenant: Tenant, channel: string): Promise<boolean> {
    return this.#use((s) => s.alertsOff(tenant, channel));
  }

  setAlertsOff(tenant: Tenant, channel: string, off: boolean): Promise<void> {
    return this.#use((s) => s.setAlertsOff(tenant, channel, off));
  }

  listDecisions(tenant: Tenant, channel: string, limit: number): Promise<DecisionRecord[]> {
    return this.#use((s) => s.listDecisions(tenant, channel, limit));
  }

  getChannelSettings(tenant: Tenant, channel: string): Promise<ChannelSettings | undefined> {
    return this.#use((s) => s.getChannelSettings(tenant, channel));
  }

  setChannelSettings(tenant: Tenant, channel: string, settings: ChannelSettings | undefined): Promise<void> {
    return this.#use((s) => s.setChannelSettings(tenant, channel, settings));
  }

  listOpenVotes(tenant: Tenant, limit: number): Promise<VoteRecord[]> {
    return this.#use((s) => s.listOpenVotes(tenant, limit));
  }

  listTenantDecisions(tenant: Tenant, limit: number): Promise<DecisionRecord[]> {
    return this.#use((s) => s.listTenantDecisions(tenant, limit));
  }

  getLastAnswers(tenant: Tenant, userId: string): Promise<LastAnswers | undefined> {
    return this.#use((s) => s.getLastAnswers(tenant, userId));
  }

  setLastAnswers(tenant: Tenant, userId: string, last: LastAnswers): Promise<void> {
    return this.#use((s) => s.setLastAnswers(tenant, userId, last));
  }

  saveInstallation(installation: InstallationRecord): Promise<void> {
    return this.#use((s) => s.saveInstallation(installation));
  }

  getInstallation(key: string): Promise<InstallationRecord | undefined> {
    return this.#use((s) => s.getInstallation(key));
  }

  deleteInstallation(key: string): Promise<boolean> {
    return this.#use((s) => s.deleteInstallation(key));
  }

  scheduleErasure(erasure: ErasureRecord): Promise<void> {
    return this.#use((s) => s.scheduleErasure(erasure));
  }

  cancelErasure(tenant: Tenant): Promise<boolean> {
    return this.#use((s) => s.cancelErasure(tenant));
  }

  dueErasures(now: number): Promise<ErasureRecord[]> {
    return this.#use((s) => s.dueErasures(now));
  }

  eraseTenant(tenant: Tenant): Promise<void> {
    return this.#use((s) => s.eraseTenant(tenant));
  }

  claimOnce(key: string, ttlMs: number, now: number): Promise<boolean> {
    return this.#use((s) => s.claimOnce(key, ttlMs, now));
  }

  releaseClaim(key: string): Promise<void> {
    return this.#use((s) => s.releaseClaim(key));
  }

  async ping(): Promise<boolean> {
    return this.#store ? this.#store.ping() : false;
  }

  /** Stops retrying, waits for an attempt under way, and closes the store if it opened. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#attempt;
    await this.#store?.close();
  }

  async #use<T>(call: (store: Store) => Promise<T>): Promise<T> {
    if (!this.#store) throw new StoreNotOpenError();
    return call(this.#store);
  }

  /** One attempt; resolves with the failure, or undefined once open. */
  async #tryOpen(): Promise<unknown> {
    this.#attempts += 1;
    try {
      const store = await this.options.open();
      // Closed while this attempt was under way: nobody will use it.
      if (this.#closed) await store.close();
      else this.#store = store;
      if (this.#attempts > 1 && !this.#closed) this.options.onOpen?.(this.#attempts);
      return undefined;
    } catch (error) {
      return error;
    }
  }

  #retryLater(failure: unknown): void {
    if (this.#closed) return;
    const first = this.options.firstDelayMs ?? FIRST_DELAY_MS;
    const delay = Math.min(first * 2 ** (this.#attempts - 1), this.options.maxDelayMs ?? MAX_DELAY_MS);
    this.options.onFailure?.(failure, this.#attempts, delay);
    this.#timer = setTimeout(() => {
      this.#attempt = this.#tryOpen().then((again) => {
        if (again !== undefined) this.#retryLater(again);
      });
    }, delay);
    // A pending retry must not keep a process alive that has nothing else to do.
    this.#timer.unref();
  }
}
