/**
 * Everything the bot remembers, behind one asynchronous interface keyed by
 * tenant. Implementations (memory, SQLite, later PostgreSQL) live outside the
 * core and all pass one contract suite (test/store/contract.ts).
 */
import type { ChannelSettings, DecisionRecord, FlowRecord, Tenant, VoteRecord } from '../team/records.js';

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

  addDecision(decision: DecisionRecord): Promise<void>;
  /** The channel's decisions, newest first. */
  listDecisions(tenant: Tenant, channel: string, limit: number): Promise<DecisionRecord[]>;

  getChannelSettings(tenant: Tenant, channel: string): Promise<ChannelSettings | undefined>;
  /** undefined clears them. */
  setChannelSettings(tenant: Tenant, channel: string, settings: ChannelSettings | undefined): Promise<void>;

  /**
   * Records `key` if it is not already recorded (and unexpired): true the first
   * time, false after. Used to handle each platform delivery once.
   */
  claimOnce(key: string, ttlMs: number, now: number): Promise<boolean>;

  /** Is the store reachable? For /healthz. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
