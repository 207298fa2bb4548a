/**
 * Every SQL statement the SQLite store runs, prepared once per connection.
 * Each one filters by tenant (or, for dedupe, by a key that carries its platform).
 */
import type { Database } from 'better-sqlite3';
import type {
  BallotRow,
  ballotParams,
  DecisionRow,
  decisionParams,
  ErasureRow,
  FlowRow,
  InstallationRow,
  installationParams,
  LastAnswersRow,
  lastAnswersParams,
  flowParams,
  SettingsRow,
  settingsParams,
  VoteRow,
  voteParams,
} from './store-rows.js';

type Params<F extends (...args: never[]) => unknown> = ReturnType<F>;
type Key = { tenant: string; id: string };

export function prepareStatements(db: Database) {
  return {
    insertFlow: db.prepare<Params<typeof flowParams>>(`
      INSERT INTO flows (tenant, id, channel, owner_id, owner_name, answers, visited, pending, version, created_at, expires_at)
      VALUES (@tenant, @id, @channel, @ownerId, @ownerName, @answers, @visited, @pending, @version, @createdAt, @expiresAt)`),
    selectFlow: db.prepare<Key & { now: number }, FlowRow>(`
      SELECT * FROM flows WHERE tenant = @tenant AND id = @id AND expires_at > @now`),
    /** Optimistic: only applies over the version the caller read. */
    updateFlow: db.prepare<Params<typeof flowParams> & { previousVersion: number }>(`
      UPDATE flows
      SET channel = @channel, owner_id = @ownerId, owner_name = @ownerName, answers = @answers, visited = @visited,
          pending = @pending, version = @version, created_at = @createdAt, expires_at = @expiresAt
      WHERE tenant = @tenant AND id = @id AND version = @previousVersion`),
    deleteExpiredFlows: db.prepare<[number]>('DELETE FROM flows WHERE expires_at <= ?'),

    insertVote: db.prepare<Params<typeof voteParams>>(`
      INSERT INTO votes (tenant, id, channel, started_by_id, started_by_name, options, answers, closed_at, created_at, closes_at, anonymous, method, decision_number)
      VALUES (@tenant, @id, @channel, @startedById, @startedByName, @options, @answers, @closedAt, @createdAt, @closesAt, @anonymous, @method, @decisionNumber)`),
    dueVotes: db.prepare<{ now: number; limit: number }, Key>(`
      SELECT tenant, id FROM votes WHERE closed_at IS NULL AND closes_at IS NOT NULL AND closes_at <= @now ORDER BY closes_at LIMIT @limit`),
    /** Only while open and before the first ballot, and only over the options the caller read. */
    setVoteOptions: db.prepare<Key & { options: string; previous: string }>(`
      UPDATE votes SET options = @options
      WHERE tenant = @tenant AND id = @id AND closed_at IS NULL AND options = @previous
        AND NOT EXISTS (SELECT 1 FROM ballots b WHERE b.tenant = votes.tenant AND b.vote_id = votes.id)`),
    selectVote: db.prepare<Key, VoteRow>('SELECT * FROM votes WHERE tenant = @tenant AND id = @id'),
    selectBallots: db.prepare<Key, BallotRow>(`
      SELECT voter_id, voter_name, choice FROM ballots WHERE tenant = @tenant AND vote_id = @id ORDER BY voter_id`),
    /** One row per (vote, voter): a second cast by the same person replaces their ballot. */
    upsertBallot: db.prepare<Params<typeof ballotParams>[number]>(`
      INSERT INTO ballots (tenant, vote_id, voter_id, voter_name, choice)
      VALUES (@tenant, @voteId, @voterId, @voterName, @choice)
      ON CONFLICT (tenant, vote_id, voter_id) DO UPDATE SET voter_name = excluded.voter_name, choice = excluded.choice`),
    /** Only the first close wins; the others change no row. */
    closeVote: db.prepare<Key & { now: number }>(`
      UPDATE votes SET closed_at = @now WHERE tenant = @tenant AND id = @id AND closed_at IS NULL`),

    selectOpenVotes: db.prepare<{ tenant: string; limit: number }, VoteRow>(`
      SELECT * FROM votes WHERE tenant = @tenant AND closed_at IS NULL ORDER BY created_at DESC, rowid DESC LIMIT @limit`),

    /** The channel's next number is taken in the same statement, under SQLite's write lock. */
    insertDecision: db.prepare<Params<typeof decisionParams>, { number: number }>(`
      INSERT INTO decisions (tenant, id, channel, kind, by_id, by_name, answers, options, decision, tally, weights, created_at, status, details, number)
      SELECT @tenant, @id, @channel, @kind, @byId, @byName, @answers, @options, @decision, @tally, @weights, @createdAt, @status, @details,
        COALESCE(MAX(number), 0) + 1
      FROM decisions WHERE tenant = @tenant AND channel = @channel
      RETURNING number`),
    selectDecision: db.prepare<{ tenant: string; channel: string; number: number }, DecisionRow>(`
      SELECT * FROM decisions WHERE tenant = @tenant AND channel = @channel AND number = @number`),
    updateDecision: db.prepare<Params<typeof decisionParams>>(`
      UPDATE decisions SET kind = @kind, by_id = @byId, by_name = @byName, answers = @answers, options = @options, decision = @decision,
        tally = @tally, weights = @weights, created_at = @createdAt, status = @status, details = @details
      WHERE tenant = @tenant AND id = @id`),
    acceptedDecisions: db.prepare<{ limit: number }, DecisionRow>(`
      SELECT * FROM decisions WHERE status = 'accepted' ORDER BY seq LIMIT @limit`),

    selectAlertsOff: db.prepare<{ tenant: string; channel: string }, { one: number }>(`
      SELECT 1 AS one FROM channel_alerts WHERE tenant = @tenant AND channel = @channel`),
    insertAlertsOff: db.prepare<{ tenant: string; channel: string }>(`
      INSERT INTO channel_alerts (tenant, channel) VALUES (@tenant, @channel) ON CONFLICT (tenant, channel) DO NOTHING`),
    deleteAlertsOff: db.prepare<{ tenant: string; channel: string }>(`
      DELETE FROM channel_alerts WHERE tenant = @tenant AND channel = @channel`),
    selectDecisions: db.prepare<{ tenant: string; channel: string; limit: number }, DecisionRow>(`
      SELECT * FROM decisions WHERE tenant = @tenant AND channel = @channel
      ORDER BY created_at DESC, seq DESC LIMIT @limit`),

    selectTenantDecisions: db.prepare<{ tenant: string; limit: number }, DecisionRow>(`
      SELECT * FROM decisions WHERE tenant = @tenant ORDER BY created_at DESC, seq DESC LIMIT @limit`),

    selectLastAnswers: db.prepare<{ tenant: string; userId: string }, LastAnswersRow>(`
      SELECT * FROM last_answers WHERE tenant = @tenant AND user_id = @userId`),
    upsertLastAnswers: db.prepare<Params<typeof lastAnswersParams>>(`
      INSERT INTO last_answers (tenant, user_id, answers, updated_at) VALUES (@tenant, @userId, @answers, @updatedAt)
      ON CONFLICT (tenant, user_id) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at`),

    upsertInstallation: db.prepare<Params<typeof installationParams>>(`
      INSERT INTO installations (key, tenant, sealed, updated_at) VALUES (@key, @tenant, @sealed, @updatedAt)
      ON CONFLICT (key) DO UPDATE SET tenant = excluded.tenant, sealed = excluded.sealed, updated_at = excluded.updated_at`),
    selectInstallation: db.prepare<[string], InstallationRow>('SELECT * FROM installations WHERE key = ?'),
    deleteInstallation: db.prepare<[string]>('DELETE FROM installations WHERE key = ?'),

    upsertErasure: db.prepare<{ tenant: string; dueAt: number }>(`
      INSERT INTO erasures (tenant, due_at) VALUES (@tenant, @dueAt) ON CONFLICT (tenant) DO UPDATE SET due_at = excluded.due_at`),
    deleteErasure: db.prepare<[string]>('DELETE FROM erasures WHERE tenant = ?'),
    selectDueErasures: db.prepare<[number], ErasureRow>('SELECT * FROM erasures WHERE due_at <= ? ORDER BY due_at, tenant'),
    /** Ballots go with their votes (ON DELETE CASCADE). */
    eraseTenant: ['flows', 'votes', 'decisions', 'channel_settings', 'channel_alerts', 'last_answers', 'erasures'].map((table) => db.prepare<[string]>(`DELETE FROM ${table} WHERE tenant = ?`)),

    selectSettings: db.prepare<{ tenant: string; channel: string }, SettingsRow>(`
      SELECT * FROM channel_settings WHERE tenant = @tenant AND channel = @channel`),
    upsertSettings: db.prepare<Params<typeof settingsParams>>(`
      INSERT INTO channel_settings (tenant, channel, importance, set_by_id, set_by_name, updated_at)
      VALUES (@tenant, @channel, @importance, @setById, @setByName, @updatedAt)
      ON CONFLICT (tenant, channel) DO UPDATE SET importance = excluded.importance, set_by_id = excluded.set_by_id,
        set_by_name = excluded.set_by_name, updated_at = excluded.updated_at`),
    deleteSettings: db.prepare<{ tenant: string; channel: string }>(`
      DELETE FROM channel_settings WHERE tenant = @tenant AND channel = @channel`),

    /**
     * One statement, so two processes cannot both claim: inserts a new key, or
     * takes over an expired one; changes nothing (0 rows) while it is live.
     */
    claim: db.prepare<{ key: string; expiresAt: number; now: number }>(`
      INSERT INTO dedupe (key, expires_at) VALUES (@key, @expiresAt)
      ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE dedupe.expires_at <= @now`),
    deleteExpiredClaims: db.prepare<[number]>('DELETE FROM dedupe WHERE expires_at <= ?'),
    releaseClaim: db.prepare<{ key: string }>('DELETE FROM dedupe WHERE key = @key'),

    ping: db.prepare<[], number>('SELECT 1').pluck(),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
