/**
 * Everything the bot remembers, behind one asynchronous interface keyed by
 * tenant. Implementations (memory, SQLite, later PostgreSQL) live outside the
 * core and all pass one contract suite (test/store/contract.ts).
 */
import type { ChannelSettings, DecisionRecord, ErasureRecord, FlowRecord, InstallationRecord, LastAnswers, Tenant, VoteRecord } from '../team/records.js';

/**
 * What kind of failure a store reports, so callers classify by code and never
 * by a class name: `outage` the database is not answering (say so, retry),
 * `conflict` a record that already exists, `damaged` a stored row that no
 * longer matches its schema (a bug to report, not an outage), `caller` a bad
 * argument or record.
 */
export type StoreErrorCode = 'outage' | 'conflict' | 'damaged' | 'caller';

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The code a store failure carries, or undefined when it carries none (a driver's own error). */
export function storeErrorCode(error: unknown): StoreErrorCode | undefined {
  return error instanceof StoreError ? error.code : undefined;
}

export type CastResult =
  | { outcome: 'counted'; vote: VoteRecord }
  | { outcome: 'closed'; vote: VoteRecord }
  | { outcome: 'not-an-option'; vote: VoteRecord }
  | { outcome: 'missing' };

export type CloseResult = { outcome: 'closed'; vote: VoteRecord } | { outcome: 'already-closed'; vote: VoteRecord } | { outcome: 'missing' };

export interface Store {
  /** Saves a new flow; it is forgotten after its expiresAt. */
  createFlow(flow: FlowRecord): Promise<void>;
  /** The flow, or undefined when unknown, expired, or of another tenant. */
  getFlow(tenant: Tenant, id: string, now: number): Promise<FlowRecord | undefined>;
  /**
   * Replaces a flow only if its stored version is still `next.version - 1`, so
   * two clicks on two replicas cannot both apply. False when it lost that race.
   */
  updateFlow(next: FlowRecord): Promise<boolean>;

  createVote(vote: VoteRecord): Promise<void>;
  getVote(tenant: Tenant, id: string): Promise<VoteRecord | undefined>;
  /** Atomically records (or replaces) one person's ballot. */
  castVote(tenant: Tenant, id: string, voter: { id: string; name: string }, choice: string): Promise<CastResult>;
  /** Atomically closes a vote; the caller checks who may close it. */
  closeVote(tenant: Tenant, id: string, now: number): Promise<CloseResult>;

  /** The tenant's votes still open, newest first. */
  listOpenVotes(tenant: Tenant, limit: number): Promise<VoteRecord[]>;

  /** Records a decision under the channel's next number (1, 2, ...), which the returned record carries. */
  addDecision(decision: DecisionRecord): Promise<DecisionRecord>;
  /** The channel's decisions, newest first. */
  listDecisions(tenant: Tenant, channel: string, limit: number): Promise<DecisionRecord[]>;
  /** The decisions of every channel of the tenant, newest first. */
  listTenantDecisions(tenant: Tenant, limit: number): Promise<DecisionRecord[]>;
  /** Decision number `number` of the channel. */
  getDecision(tenant: Tenant, channel: string, number: number): Promise<DecisionRecord | undefined>;
  /** Replaces a recorded decision (same tenant and id; its number stays). False when there is none. */
  updateDecision(decision: DecisionRecord): Promise<boolean>;
  /** Accepted decisions in every workspace, for the revisit alerts (each carries its tenant). */
  acceptedDecisions(limit: number): Promise<DecisionRecord[]>;

  /** Open votes in every workspace whose deadline has passed. */
  dueVotes(now: number, limit: number): Promise<VoteRecord[]>;
  /** Adds an option to an open vote nobody has voted in yet; false otherwise. */
  addVoteOption(tenant: Tenant, id: string, framework: string): Promise<boolean>;

  /** Whether revisit alerts are off in a channel (they are on until someone turns them off). */
  alertsOff(tenant: Tenant, channel: string): Promise<boolean>;
  setAlertsOff(tenant: Tenant, channel: string, off: boolean): Promise<void>;

  getLastAnswers(tenant: Tenant, userId: string): Promise<LastAnswers | undefined>;
  /** Replaces the person's remembered answers. */
  setLastAnswers(tenant: Tenant, userId: string, last: LastAnswers): Promise<void>;

  getChannelSettings(tenant: Tenant, channel: string): Promise<ChannelSettings | undefined>;
  /** undefined clears them. */
  setChannelSettings(tenant: Tenant, channel: string, settings: ChannelSettings | undefined): Promise<void>;

  /** Saves an installation, replacing the one under the same key. */
  saveInstallation(installation: InstallationRecord): Promise<void>;
  getInstallation(key: string): Promise<InstallationRecord | undefined>;
  /** True when there was one to delete. */
  deleteInstallation(key: string): Promise<boolean>;

  /** Marks the tenant's data for erasure at `dueAt`, replacing an earlier mark. */
  scheduleErasure(erasure: ErasureRecord): Promise<void>;
  /** Unmarks it (the app came back); true when it was marked. */
  cancelErasure(tenant: Tenant): Promise<boolean>;
  /** Erasures due at `now`, oldest first. */
  dueErasures(now: number): Promise<ErasureRecord[]>;
  /**
   * Deletes all the tenant's data: flows, votes and ballots, decisions,
   * channel settings, remembered answers, and its erasure mark. Installations
   * are not touched (they go the moment the app is uninstalled).
   */
  eraseTenant(tenant: Tenant): Promise<void>;

  /**
   * Records `key` if it is not already recorded (and unexpired): true the first
   * time, false after. Used to handle each platform delivery once.
   */
  claimOnce(key: string, ttlMs: number, now: number): Promise<boolean>;
  /**
   * Gives a claim back, so the next claimOnce of `key` succeeds: for work
   * claimed before it was done (an alert) that then could not be done (its
   * post failed), so it is tried again rather than lost. Nothing happens when
   * the key is not claimed.
   */
  releaseClaim(key: string): Promise<void>;

  /** Is the store reachable? For /healthz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
