/**
 * The store for running several replicas: PostgreSQL through a pg.Pool
 * (DATABASE_URL=postgres://...). Nothing is held in process memory, so any
 * replica can serve the next click, and races between replicas are settled
 * by the database: conditional single-statement writes (optimistic flow
 * updates, first close wins, dedupe claims) and, for casting a ballot, a
 * short transaction holding a share lock on the vote row.
 */
import pg from 'pg';
import { ChannelSettings, DecisionRecord, ErasureRecord, FlowRecord, InstallationRecord, LastAnswers, Person, type Tenant, VoteRecord } from '../core/team/records.js';
import { type CastResult, type CloseResult, type Store, StoreError } from '../core/conversations/store.js';
import { applyMigrations } from './postgres-migrate.js';
import { createPool, describeTarget, type PostgresOptions } from './postgres-pool.js';
import { SQL, type Statement, type VoteWithBallotRow } from './postgres-statements.js';
import { inTransaction } from './postgres-transaction.js';
import { checkBallotsMatchVoters, checkLimit, checkTtl } from './store-arguments.js';
import { DuplicateRecordError } from './store-errors.js';
import { validChoice } from '../core/decisions/ballot.js';
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
import { SweepSchedule } from './sweep-schedule.js';

export type { PostgresOptions } from './postgres-pool.js';

/** /healthz must answer quickly even when the database does not. */
const PING_TIMEOUT_MS = 2000;

/** The pool itself, or one connection inside a transaction. */
type Connection = pg.Pool | pg.PoolClient;

export class PostgresStore implements Store {
  private readonly sweep = new SweepSchedule();
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    /** The schema holding the tables, when not the URL's default. */
    readonly schema: string | undefined,
  ) {}

  /** Connects and migrates; rejects (rather than waiting on) a database that cannot be reached. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const { pool, schema } = createPool(url, options);
    try {
      await applyMigrations(pool, schema);
    } catch (error) {
      await pool.end().catch(() => undefined);
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreError('outage', `Could not open the PostgreSQL store at ${describeTarget(url)}: ${reason}`, { cause: error });
    }
    return new PostgresStore(pool, schema);
  }

  async createFlow(flow: FlowRecord): Promise<void> {
    const record = FlowRecord.parse(flow);
    await this.insertOnce('flow', record, () => this.run(SQL.insertFlow, flowParams(record)));
  }

  async getFlow(tenant: Tenant, id: string, now: number): Promise<FlowRecord | undefined> {
    await this.sweepExpired(now);
    const [row] = await this.rows(SQL.selectFlow, { tenant, id, now });
    return row && flowFromRow(row);
  }

  async updateFlow(next: FlowRecord): Promise<boolean> {
    const record = FlowRecord.parse(next);
    const result = await this.run(SQL.updateFlow, { ...flowParams(record), previousVersion: record.version - 1 });
    return result.rowCount === 1;
  }

  async createVote(vote: VoteRecord): Promise<void> {
    const record = VoteRecord.parse(vote);
    checkBallotsMatchVoters(record);
    await this.insertOnce('vote', record, () =>
      inTransaction(this.pool, async (client) => {
        await this.run(SQL.insertVote, voteParams(record), client);
        for (const ballot of ballotParams(record)) await this.run(SQL.upsertBallot, ballot, client);
      }),
    );
  }

  async getVote(tenant: Tenant, id: string): Promise<VoteRecord | undefined> {
    return this.readVote(SQL.selectVote, { tenant, id });
  }

  async castVote(tenant: Tenant, id: string, voter: { id: string; name: string }, choice: string): Promise<CastResult> {
    const person = Person.parse(voter);
    return inTransaction(this.pool, async (client): Promise<CastResult> => {
      const vote = await this.readVote(SQL.selectVoteForCast, { tenant, id }, client);
      if (!vote) return { outcome: 'missing' };
      if (vote.closedAt !== undefined) return { outcome: 'closed', vote };
      if (!validChoice(vote, choice)) return { outcome: 'not-an-option', vote };
      await this.run(SQL.upsertBallot, { tenant, voteId: id, voterId: person.id, voterName: person.name, choice }, client);
      return { outcome: 'counted', vote: await this.requireVote(tenant, id, client) };
    });
  }

  async closeVote(tenant: Tenant, id: string, now: number): Promise<CloseResult> {
    // The UPDATE waits for casts holding the vote row; once it has run, no ballot can be added, so the read after it is final.
    const closedNow = (await this.run(SQL.closeVote, { tenant, id, now })).rowCount === 1;
    const vote = await this.getVote(tenant, id);
    if (!vote) return { outcome: 'missing' };
    return { outcome: closedNow ? 'closed' : 'already-closed', vote };
  }

  async listOpenVotes(tenant: Tenant, limit: number): Promise<VoteRecord[]> {
    const rows = await this.rows(SQL.selectOpenVotes, { tenant, limit: checkLimit(limit) });
    const byVote = new Map<string, VoteWithBallotRow[]>();
    for (const row of rows) byVote.set(row.id, [...(byVote.get(row.id) ?? []), row]);
    return [...byVote.values()].map((voteRows) => votesFromJoin(voteRows)!);
  }

  async addDecision(decision: DecisionRecord): Promise<DecisionRecord> {
    const record = DecisionRecord.parse(decision);
    for (let attempt = 1; ; attempt++) {
      try {
        let number = 0;
        await this.insertOnce('decision', record, async () => {
          [{ number }] = (await this.rows(SQL.insertDecision, decisionParams(record))) as [{ number: number }];
        });
        return { ...record, number };
      } catch (error) {
        // Another replica took the same number at the same moment: take the next one.
        const clash = error instanceof pg.DatabaseError && error.constraint === 'decisions_by_number';
        if (!clash) throw error;
        if (attempt >= NUMBERING_ATTEMPTS) throw new StoreError('conflict', `decision numbering in ${record.channel} clashed ${NUMBERING_ATTEMPTS} times in a row`, { cause: error });
      }
    }
  }

  async getDecision(tenant: Tenant, channel: string, number: number): Promise<DecisionRecord | undefined> {
    const [row] = await this.rows(SQL.selectDecision, { tenant, channel, number });
    return row && decisionFromRow(row);
  }

  async updateDecision(decision: DecisionRecord): Promise<boolean> {
    const record = DecisionRecord.parse(decision);
    return (await this.run(SQL.updateDecision, decisionParams(record))).rowCount === 1;
  }

  async acceptedDecisions(limit: number): Promise<DecisionRecord[]> {
    return (await this.rows(SQL.acceptedDecisions, { limit: checkLimit(limit) })).map(decisionFromRow);
  }

  async dueVotes(now: number, limit: number): Promise<VoteRecord[]> {
    const keys = await this.rows(SQL.dueVotes, { now, limit: checkLimit(limit) });
    const votes = await Promise.all(keys.map((key) => this.getVote(key.tenant, key.id)));
    return votes.filter((v): v is VoteRecord => v !== undefined);
  }

  async addVoteOption(tenant: Tenant, id: string, framework: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      // Casts hold the vote row FOR SHARE: this lock waits for them, and the read after it (a new snapshot) sees their ballots.
      await this.run(SQL.lockVote, { tenant, id }, client);
      const vote = await this.readVote(SQL.selectVote, { tenant, id }, client);
      if (!vote || vote.closedAt !== undefined || Object.keys(vote.ballots).length > 0 || vote.options.includes(framework)) return false;
      const next = VoteRecord.safeParse({ ...vote, options: [...vote.options, framework] });
      if (!next.success) return false;
      const changed = await this.run(SQL.setVoteOptions, { tenant, id, options: JSON.stringify(next.data.options), previous: JSON.stringify(vote.options) }, client);
      return changed.rowCount === 1;
    });
  }

  async alertsOff(tenant: Tenant, channel: string): Promise<boolean> {
    return (await this.rows(SQL.selectAlertsOff, { tenant, channel })).length > 0;
  }

  async setAlertsOff(tenant: Tenant, channel: string, off: boolean): Promise<void> {
    await this.run(off ? SQL.insertAlertsOff : SQL.deleteAlertsOff, { tenant, channel });
  }

  async listDecisions(tenant: Tenant, channel: string, limit: number): Promise<DecisionRecord[]> {
    const rows = await this.rows(SQL.selectDecisions, { tenant, channel, limit: checkLimit(limit) });
    return rows.map(decisionFromRow);
  }

  async listTenantDecisions(tenant: Tenant, limit: number): Promise<DecisionRecord[]> {
    const rows = await this.rows(SQL.selectTenantDecisions, { tenant, limit: checkLimit(limit) });
    return rows.map(decisionFromRow);
  }

  async getLastAnswers(tenant: Tenant, userId: string): Promise<LastAnswers | undefined> {
    const [row] = await this.rows(SQL.selectLastAnswers, { tenant, userId });
    return row && lastAnswersFromRow(row);
  }

  async setLastAnswers(tenant: Tenant, userId: string, last: LastAnswers): Promise<void> {
    await this.run(SQL.upsertLastAnswers, lastAnswersParams(tenant, userId, LastAnswers.parse(last)));
  }

  async saveInstallation(installation: InstallationRecord): Promise<void> {
    await this.run(SQL.upsertInstallation, installationParams(InstallationRecord.parse(installation)));
  }

  async getInstallation(key: string): Promise<InstallationRecord | undefined> {
    const [row] = await this.rows(SQL.selectInstallation, { key });
    return row && installationFromRow(row);
  }

  async deleteInstallation(key: string): Promise<boolean> {
    return (await this.run(SQL.deleteInstallation, { key })).rowCount === 1;
  }

  async scheduleErasure(erasure: ErasureRecord): Promise<void> {
    const record = ErasureRecord.parse(erasure);
    await this.run(SQL.upsertErasure, { tenant: record.tenant, dueAt: record.dueAt });
  }

  async cancelErasure(tenant: Tenant): Promise<boolean> {
    return (await this.run(SQL.deleteErasure, { tenant })).rowCount === 1;
  }

  async dueErasures(now: number): Promise<ErasureRecord[]> {
    return (await this.rows(SQL.selectDueErasures, { now })).map(erasureFromRow);
  }

  async eraseTenant(tenant: Tenant): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      for (const erase of SQL.eraseTenant) await this.run(erase, { tenant }, client);
    });
  }

  async getChannelSettings(tenant: Tenant, channel: string): Promise<ChannelSettings | undefined> {
    const [row] = await this.rows(SQL.selectSettings, { tenant, channel });
    return row && settingsFromRow(row);
  }

  async setChannelSettings(tenant: Tenant, channel: string, settings: ChannelSettings | undefined): Promise<void> {
    if (settings === undefined) await this.run(SQL.deleteSettings, { tenant, channel });
    else await this.run(SQL.upsertSettings, settingsParams(tenant, channel, ChannelSettings.parse(settings)));
  }

  async claimOnce(key: string, ttlMs: number, now: number): Promise<boolean> {
    const expiresAt = now + checkTtl(ttlMs);
    await this.sweepExpired(now);
    const claimed = await this.rows(SQL.claim, { key, expiresAt, now });
    return claimed.length === 1;
  }

  async releaseClaim(key: string): Promise<void> {
    await this.run(SQL.releaseClaim, { key });
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      const query = { text: SQL.ping.text, query_timeout: PING_TIMEOUT_MS } as pg.QueryConfig;
      const result = await this.pool.query<{ one: number }>(query);
      return result.rows[0]?.one === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async readVote(statement: Statement<{ tenant: string; id: string }, VoteWithBallotRow>, key: { tenant: string; id: string }, on?: Connection) {
    return votesFromJoin(await this.rows(statement, key, on));
  }

  private async requireVote(tenant: Tenant, id: string, on: Connection): Promise<VoteRecord> {
    const vote = await this.readVote(SQL.selectVote, { tenant, id }, on);
    if (!vote) throw new Error(`vote ${id} vanished inside its own transaction`);
    return vote;
  }

  private run<P>(statement: Statement<P, unknown>, params: P, on: Connection = this.pool): Promise<pg.QueryResult> {
    return on.query(statement.text, statement.values(params));
  }

  private async rows<P, R>(statement: Statement<P, R>, params: P, on: Connection = this.pool): Promise<R[]> {
    const result = await this.run(statement, params, on);
    return result.rows as R[];
  }

  /** Runs an INSERT, turning a primary-key clash into the same error the other stores raise. */
  private async insertOnce(kind: 'flow' | 'vote' | 'decision', record: { tenant: string; id: string }, insert: () => Promise<unknown>): Promise<void> {
    try {
      await insert();
    } catch (error) {
      if (error instanceof pg.DatabaseError && error.code === UNIQUE_VIOLATION && error.constraint !== 'decisions_by_number') throw new DuplicateRecordError(kind, record.tenant, record.id);
      throw error;
    }
  }

  private async sweepExpired(now: number): Promise<void> {
    if (!this.sweep.due(now)) return;
    await this.run(SQL.deleteExpiredFlows, { now });
    await this.run(SQL.deleteExpiredClaims, { now });
  }
}

/** One vote from the rows of a vote joined to its ballots (a single row of NULL ballot columns when it has none). */
function votesFromJoin(rows: VoteWithBallotRow[]): VoteRecord | undefined {
  const [vote] = rows;
  if (!vote) return undefined;
  const ballots = rows.flatMap((row) => (row.voter_id === null ? [] : [{ voter_id: row.voter_id, voter_name: row.voter_name ?? '', choice: row.choice ?? '' }]));
  return voteFromRows(vote, ballots);
}

/** Two replicas numbering in one channel at once: more clashes than this in a row is not a race. */
const NUMBERING_ATTEMPTS = 5;

/** SQLSTATE for a duplicate key. */
const UNIQUE_VIOLATION = '23505';
