/**
 * The embedded default store, on better-sqlite3. The driver is synchronous,
 * but the methods stay async so the Store interface remains honest for a
 * networked PostgreSQL store later.
 *
 * Across processes sharing one file, correctness comes from SQLite itself:
 * WAL so readers never block the writer, busy_timeout so a locked write waits
 * instead of failing, BEGIN IMMEDIATE around read-then-write sequences, and
 * single-statement conditional writes (optimistic flow updates, first close
 * wins, dedupe claims).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ChannelSettings, DecisionRecord, ErasureRecord, FlowRecord, InstallationRecord, LastAnswers, Person, type Tenant, VoteRecord } from '../core/team/records.js';
import type { CastResult, CloseResult, Store } from '../core/conversations/store.js';
import { applyMigrations } from './sqlite-migrate.js';
import {
  ballotParams,
  decisionFromRow,
  decisionParams,
  erasureFromRow,
  flowFromRow,
  flowParams,
  installationFromRow,
  installationParams,
  lastAnswersFromRow,
  lastAnswersParams,
  settingsFromRow,
  settingsParams,
  voteFromRows,
  voteParams,
} from './store-rows.js';
import { prepareStatements, type Statements } from './sqlite-statements.js';
import { checkBallotsMatchVoters, checkLimit, checkTtl } from './store-arguments.js';
import { DuplicateRecordError } from './store-errors.js';
import { validChoice } from '../core/decisions/ballot.js';
import { SweepSchedule } from './sweep-schedule.js';

/** How long a write waits for another process's lock before giving up. */
const BUSY_TIMEOUT_MS = 5000;

export class SqliteStore implements Store {
  private readonly sql: Statements;
  private readonly sweep = new SweepSchedule();
  /** A transaction gives the vote and its ballots one snapshot, even while another process casts. */
  private readonly readVoteSnapshot: Database.Transaction<(tenant: Tenant, id: string) => VoteRecord | undefined>;
  private readonly castInTransaction: Database.Transaction<(tenant: Tenant, id: string, voter: Person, choice: string) => CastResult>;
  private readonly closeInTransaction: Database.Transaction<(tenant: Tenant, id: string, now: number) => CloseResult>;
  private readonly insertVoteWithBallots: Database.Transaction<(vote: VoteRecord) => void>;
  private readonly eraseInTransaction: Database.Transaction<(tenant: Tenant) => void>;

  private constructor(
    private readonly db: Database.Database,
    /** The file (or ':memory:') this store was opened on. */
    readonly path: string,
  ) {
    this.sql = prepareStatements(db);
    this.readVoteSnapshot = db.transaction((tenant, id) => this.readVote(tenant, id));
    this.castInTransaction = db.transaction((tenant, id, voter, choice) => this.castNow(tenant, id, voter, choice));
    this.closeInTransaction = db.transaction((tenant, id, now) => this.closeNow(tenant, id, now));
    this.insertVoteWithBallots = db.transaction((vote) => this.insertVoteNow(vote));
    this.eraseInTransaction = db.transaction((tenant) => {
      for (const erase of this.sql.eraseTenant) erase.run(tenant);
    });
  }

  /** Opens (creating the file and its directory if needed) and migrates the database. */
  static open(path: string): SqliteStore {
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    try {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL loses at most the last commits on power loss, never consistency.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      applyMigrations(db);
      return new SqliteStore(db, path);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async createFlow(flow: FlowRecord): Promise<void> {
    const record = FlowRecord.parse(flow);
    this.insertOnce('flow', record, () => this.sql.insertFlow.run(flowParams(record)));
  }

  async getFlow(tenant: Tenant, id: string, now: number): Promise<FlowRecord | undefined> {
    this.sweepExpired(now);
    const row = this.sql.selectFlow.get({ tenant, id, now });
    return row && flowFromRow(row);
  }

  async updateFlow(next: FlowRecord): Promise<boolean> {
    const record = FlowRecord.parse(next);
    const result = this.sql.updateFlow.run({ ...flowParams(record), previousVersion: record.version - 1 });
    return result.changes === 1;
  }

  async createVote(vote: VoteRecord): Promise<void> {
    const record = VoteRecord.parse(vote);
    checkBallotsMatchVoters(record);
    this.insertOnce('vote', record, () => this.insertVoteWithBallots(record));
  }

  async getVote(tenant: Tenant, id: string): Promise<VoteRecord | undefined> {
    return this.readVoteSnapshot(tenant, id);
  }

  async castVote(tenant: Tenant, id: string, voter: { id: string; name: string }, choice: string): Promise<CastResult> {
    const person = Person.parse(voter);
    // IMMEDIATE takes the write lock before checking the vote is open, so no ballot lands after a close.
    return this.castInTransaction.immediate(tenant, id, person, choice);
  }

  async closeVote(tenant: Tenant, id: string, now: number): Promise<CloseResult> {
    return this.closeInTransaction.immediate(tenant, id, now);
  }

  async listOpenVotes(tenant: Tenant, limit: number): Promise<VoteRecord[]> {
    const rows = this.sql.selectOpenVotes.all({ tenant, limit: checkLimit(limit) });
    return rows.map((row) => voteFromRows(row, this.sql.selectBallots.all({ tenant, id: row.id })));
  }

  async addDecision(decision: DecisionRecord): Promise<DecisionRecord> {
    const record = DecisionRecord.parse(decision);
    let number = 0;
    this.insertOnce('decision', record, () => {
      number = this.sql.insertDecision.get(decisionParams(record))!.number;
    });
    return { ...record, number };
  }

  async getDecision(tenant: Tenant, channel: string, number: number): Promise<DecisionRecord | undefined> {
    const row = this.sql.selectDecision.get({ tenant, channel, number });
    return row && decisionFromRow(row);
  }

  async updateDecision(decision: DecisionRecord): Promise<boolean> {
    const record = DecisionRecord.parse(decision);
    return this.sql.updateDecision.run(decisionParams(record)).changes === 1;
  }

  async acceptedDecisions(limit: number): Promise<DecisionRecord[]> {
    return this.sql.acceptedDecisions.all({ limit: checkLimit(limit) }).map(decisionFromRow);
  }

  async dueVotes(now: number, limit: number): Promise<VoteRecord[]> {
    const keys = this.sql.dueVotes.all({ now, limit: checkLimit(limit) });
    return keys.flatMap((key) => this.readVoteSnapshot(key.tenant, key.id) ?? []);
  }

  async addVoteOption(tenant: Tenant, id: string, framework: string): Promise<boolean> {
    const vote = this.readVoteSnapshot(tenant, id);
    if (!vote || vote.options.includes(framework)) return false;
    const next = VoteRecord.safeParse({ ...vote, options: [...vote.options, framework] });
    if (!next.success) return false;
    const changed = this.sql.setVoteOptions.run({ tenant, id, options: JSON.stringify(next.data.options), previous: JSON.stringify(vote.options) });
    return changed.changes === 1;
  }

  async alertsOff(tenant: Tenant, channel: string): Promise<boolean> {
    return this.sql.selectAlertsOff.get({ tenant, channel }) !== undefined;
  }

  async setAlertsOff(tenant: Tenant, channel: string, off: boolean): Promise<void> {
    if (off) this.sql.insertAlertsOff.run({ tenant, channel });
    else this.sql.deleteAlertsOff.run({ tenant, channel });
  }

  async listDecisions(tenant: Tenant, channel: string, limit: number): Promise<DecisionRecord[]> {
    const rows = this.sql.selectDecisions.all({ tenant, channel, limit: checkLimit(limit) });
    return rows.map(decisionFromRow);
  }

  async listTenantDecisions(tenant: Tenant, limit: number): Promise<DecisionRecord[]> {
    return this.sql.selectTenantDecisions.all({ tenant, limit: checkLimit(limit) }).map(decisionFromRow);
  }

  async getLastAnswers(tenant: Tenant, userId: string): Promise<LastAnswers | undefined> {
    const row = this.sql.selectLastAnswers.get({ tenant, userId });
    return row && lastAnswersFromRow(row);
  }

  async setLastAnswers(tenant: Tenant, userId: string, last: LastAnswers): Promise<void> {
    this.sql.upsertLastAnswers.run(lastAnswersParams(tenant, userId, LastAnswers.parse(last)));
  }

  async saveInstallation(installation: InstallationRecord): Promise<void> {
    this.sql.upsertInstallation.run(installationParams(InstallationRecord.parse(installation)));
  }

  async getInstallation(key: string): Promise<InstallationRecord | undefined> {
    const row = this.sql.selectInstallation.get(key);
    return row && installationFromRow(row);
  }

  async deleteInstallation(key: string): Promise<boolean> {
    return this.sql.deleteInstallation.run(key).changes === 1;
  }

  async scheduleErasure(erasure: ErasureRecord): Promise<void> {
    const record = ErasureRecord.parse(erasure);
    this.sql.upsertErasure.run({ tenant: record.tenant, dueAt: record.dueAt });
  }

  async cancelErasure(tenant: Tenant): Promise<boolean> {
    return this.sql.deleteErasure.run(tenant).changes === 1;
  }

  async dueErasures(now: number): Promise<ErasureRecord[]> {
    return this.sql.selectDueErasures.all(now).map(erasureFromRow);
  }

  async eraseTenant(tenant: Tenant): Promise<void> {
    this.eraseInTransaction.immediate(tenant);
  }

  async getChannelSettings(tenant: Tenant, channel: string): Promise<ChannelSettings | undefined> {
    const row = this.sql.selectSettings.get({ tenant, channel });
    return row && settingsFromRow(row);
  }

  async setChannelSettings(tenant: Tenant, channel: string, settings: ChannelSettings | undefined): Promise<void> {
    if (settings === undefined) this.sql.deleteSettings.run({ tenant, channel });
    else this.sql.upsertSettings.run(settingsParams(tenant, channel, ChannelSettings.parse(settings)));
  }

  async claimOnce(key: string, ttlMs: number, now: number): Promise<boolean> {
    this.sweepExpired(now);
    const result = this.sql.claim.run({ key, expiresAt: now + checkTtl(ttlMs), now });
    return result.changes === 1;
  }

  async releaseClaim(key: string): Promise<void> {
    this.sql.releaseClaim.run({ key });
  }

  async ping(): Promise<boolean> {
    try {
      return this.sql.ping.get() === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private castNow(tenant: Tenant, id: string, voter: Person, choice: string): CastResult {
    const vote = this.readVote(tenant, id);
    if (!vote) return { outcome: 'missing' };
    if (vote.closedAt !== undefined) return { outcome: 'closed', vote };
    if (!validChoice(vote, choice)) return { outcome: 'not-an-option', vote };
    this.sql.upsertBallot.run({ tenant, voteId: id, voterId: voter.id, voterName: voter.name, choice });
    return { outcome: 'counted', vote: this.requireVote(tenant, id) };
  }

  private closeNow(tenant: Tenant, id: string, now: number): CloseResult {
    const closedNow = this.sql.closeVote.run({ tenant, id, now }).changes === 1;
    const vote = this.readVote(tenant, id);
    if (!vote) return { outcome: 'missing' };
    return { outcome: closedNow ? 'closed' : 'already-closed', vote };
  }

  private insertVoteNow(vote: VoteRecord): void {
    this.sql.insertVote.run(voteParams(vote));
    for (const ballot of ballotParams(vote)) this.sql.upsertBallot.run(ballot);
  }

  private readVote(tenant: Tenant, id: string): VoteRecord | undefined {
    const row = this.sql.selectVote.get({ tenant, id });
    return row && voteFromRows(row, this.sql.selectBallots.all({ tenant, id }));
  }

  private requireVote(tenant: Tenant, id: string): VoteRecord {
    const vote = this.readVote(tenant, id);
    if (!vote) throw new Error(`vote ${id} vanished inside its own transaction`);
    return vote;
  }

  /** Runs an INSERT, turning a primary-key clash into the same error the memory store raises. */
  private insertOnce(kind: 'flow' | 'vote' | 'decision', record: { tenant: string; id: string }, insert: () => void): void {
    try {
      insert();
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateRecordError(kind, record.tenant, record.id);
      throw error;
    }
  }

  private sweepExpired(now: number): void {
    if (!this.sweep.due(now)) return;
    this.sql.deleteExpiredFlows.run(now);
    this.sql.deleteExpiredClaims.run(now);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Database.SqliteError && (error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || error.code === 'SQLITE_CONSTRAINT_UNIQUE');
}
