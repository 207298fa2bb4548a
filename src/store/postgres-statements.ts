/**
 * Every SQL statement the PostgreSQL store runs. They are written with @names,
 * like SQLite's, and the same parameter objects (store-rows.ts) fill them;
 * statement() turns the names into PostgreSQL's $1, $2, ... once, at load.
 * Each one filters by tenant (or, for dedupe, by a key that carries its platform).
 */
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

/** A statement with its parameter names in $n order; Row is what one result row looks like. */
export interface Statement<Params, Row = never> {
  readonly text: string;
  values(params: Params): unknown[];
  /** Only carries the row type to whoever runs the statement. */
  readonly row?: Row;
}

type Params<F extends (...args: never[]) => unknown> = ReturnType<F>;
type Key = { tenant: string; id: string };
type Channel = { tenant: string; channel: string };
/** A vote row joined to its ballots: one row per ballot, or one row of NULL ballot columns when there are none. */
export type VoteWithBallotRow = VoteRow & { [K in keyof BallotRow]: BallotRow[K] | null };

const SELECT_VOTE_WITH_BALLOTS = `
  SELECT v.*, b.voter_id, b.voter_name, b.choice
  FROM votes v LEFT JOIN ballots b ON b.tenant = v.tenant AND b.vote_id = v.id
  WHERE v.tenant = @tenant AND v.id = @id
  ORDER BY b.voter_id`;

export const SQL = {
  insertFlow: statement<Params<typeof flowParams>>(`
    INSERT INTO flows (tenant, id, channel, owner_id, owner_name, answers, visited, pending, version, created_at, expires_at)
    VALUES (@tenant, @id, @channel, @ownerId, @ownerName, @answers, @visited, @pending, @version, @createdAt, @expiresAt)`),
  selectFlow: statement<Key & { now: number }, FlowRow>(`
    SELECT * FROM flows WHERE tenant = @tenant AND id = @id AND expires_at > @now`),
  /** Optimistic: only applies over the version the caller read; the row lock makes a concurrent second one see the new version and match nothing. */
  updateFlow: statement<Params<typeof flowParams> & { previousVersion: number }>(`
    UPDATE flows
    SET channel = @channel, owner_id = @ownerId, owner_name = @ownerName, answers = @answers, visited = @visited,
        pending = @pending, version = @version, created_at = @createdAt, expires_at = @expiresAt
    WHERE tenant = @tenant AND id = @id AND version = @previousVersion`),
  deleteExpiredFlows: statement<{ now: number }>('DELETE FROM flows WHERE expires_at <= @now'),

  insertVote: statement<Params<typeof voteParams>>(`
    INSERT INTO votes (tenant, id, channel, started_by_id, started_by_name, options, answers, closed_at, created_at, closes_at, anonymous, method, decision_number)
    VALUES (@tenant, @id, @channel, @startedById, @startedByName, @options, @answers, @closedAt, @createdAt, @closesAt, @anonymous, @method, @decisionNumber)`),
  dueVotes: statement<{ now: number; limit: number }, Key>(`
    SELECT tenant, id FROM votes WHERE closed_at IS NULL AND closes_at IS NOT NULL AND closes_at <= @now ORDER BY closes_at LIMIT @limit`),
  /** Only while open and before the first ballot, and only over the options the caller read. */
  setVoteOptions: statement<Key & { options: string; previous: string }>(`
    UPDATE votes SET options = @options::jsonb
    WHERE tenant = @tenant AND id = @id AND closed_at IS NULL AND options = @previous::jsonb
      AND NOT EXISTS (SELECT 1 FROM ballots b WHERE b.tenant = votes.tenant AND b.vote_id = votes.id)`),
  /** One statement, so the vote and its ballots come from one snapshot. */
  selectVote: statement<Key, VoteWithBallotRow>(SELECT_VOTE_WITH_BALLOTS),
  /**
   * The same, holding a share lock on the vote row until the cast commits:
   * casts run side by side, but a close (an UPDATE of that row) waits for
   * them, and a cast arriving after a close waits and then sees it closed.
   */
  selectVoteForCast: statement<Key, VoteWithBallotRow>(`${SELECT_VOTE_WITH_BALLOTS} FOR SHARE OF v`),
  /** Waits for casts in progress (they hold the row FOR SHARE) and keeps new ones out until the caller commits. */
  lockVote: statement<Key>(`SELECT 1 FROM votes WHERE tenant = @tenant AND id = @id FOR UPDATE`),
  /** One row per (vote, voter): a second cast by the same person replaces their ballot. */
  upsertBallot: statement<Params<typeof ballotParams>[number]>(`
    INSERT INTO ballots (tenant, vote_id, voter_id, voter_name, choice)
    VALUES (@tenant, @voteId, @voterId, @voterName, @choice)
    ON CONFLICT (tenant, vote_id, voter_id) DO UPDATE SET voter_name = excluded.voter_name, choice = excluded.choice`),
  /** Only the first close wins; the others change no row. */
  closeVote: statement<Key & { now: number }>(`
    UPDATE votes SET closed_at = @now WHERE tenant = @tenant AND id = @id AND closed_at IS NULL`),

  /** Open votes with their ballots: one row per ballot, as selectVote. */
  selectOpenVotes: statement<{ tenant: string; limit: number }, VoteWithBallotRow>(`
    SELECT v.*, b.voter_id, b.voter_name, b.choice
    FROM (SELECT * FROM votes WHERE tenant = @tenant AND closed_at IS NULL ORDER BY created_at DESC, id DESC LIMIT @limit) v
    LEFT JOIN ballots b ON b.tenant = v.tenant AND b.vote_id = v.id
    ORDER BY v.created_at DESC, v.id DESC, b.voter_id`),

  /**
   * Takes the channel's next number in the same statement; two replicas
   * numbering at once clash on decisions_by_number, and the loser retries.
   */
  insertDecision: statement<Params<typeof decisionParams>, { number: number }>(`
    INSERT INTO decisions (tenant, id, channel, kind, by_id, by_name, answers, options, decision, tally, weights, created_at, status, details, number)
    SELECT @tenant::text, @id::text, @channel::text, @kind::text, @byId::text, @byName::text, @answers::jsonb, @options::jsonb, @decision::text,
      @tally::jsonb, @weights::jsonb, @createdAt::bigint, @status::text, @details::jsonb, COALESCE(MAX(number), 0) + 1
    FROM decisions WHERE tenant = @tenant AND channel = @channel
    RETURNING number`),
  selectDecision: statement<Channel & { number: number }, DecisionRow>(`
    SELECT * FROM decisions WHERE tenant = @tenant AND channel = @channel AND number = @number`),
  updateDecision: statement<Params<typeof decisionParams>>(`
    UPDATE decisions SET kind = @kind, by_id = @byId, by_name = @byName, answers = @answers, options = @options, decision = @decision,
      tally = @tally, weights = @weights, created_at = @createdAt, status = @status, details = @details
    WHERE tenant = @tenant AND id = @id`),
  acceptedDecisions: statement<{ limit: number }, DecisionRow>(`
    SELECT * FROM decisions WHERE status = 'accepted' ORDER BY seq LIMIT @limit`),

  selectAlertsOff: statement<Channel, { one: number }>(`
    SELECT 1 AS one FROM channel_alerts WHERE tenant = @tenant AND channel = @channel`),
  insertAlertsOff: statement<Channel>(`
    INSERT INTO channel_alerts (tenant, channel) VALUES (@tenant, @channel) ON CONFLICT (tenant, channel) DO NOTHING`),
  deleteAlertsOff: statement<Channel>(`
    DELETE FROM channel_alerts WHERE tenant = @tenant AND channel = @channel`),
  selectDecisions: statement<Channel & { limit: number }, DecisionRow>(`
    SELECT * FROM decisions WHERE tenant = @tenant AND channel = @channel
    ORDER BY created_at DESC, seq DESC LIMIT @limit`),

  selectTenantDecisions: statement<{ tenant: string; limit: number }, DecisionRow>(`
    SELECT * FROM decisions WHERE tenant = @tenant ORDER BY created_at DESC, seq DESC LIMIT @limit`),

  selectLastAnswers: statement<{ tenant: string; userId: string }, LastAnswersRow>(`
    SELECT * FROM last_answers WHERE tenant = @tenant AND user_id = @userId`),
  upsertLastAnswers: statement<Params<typeof lastAnswersParams>>(`
    INSERT INTO last_answers (tenant, user_id, answers, updated_at) VALUES (@tenant, @userId, @answers, @updatedAt)
    ON CONFLICT (tenant, user_id) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at`),

  upsertInstallation: statement<Params<typeof installationParams>>(`
    INSERT INTO installations (key, tenant, sealed, updated_at) VALUES (@key, @tenant, @sealed, @updatedAt)
    ON CONFLICT (key) DO UPDATE SET tenant = excluded.tenant, sealed = excluded.sealed, updated_at = excluded.updated_at`),
  selectInstallation: statement<{ key: string }, InstallationRow>('SELECT * FROM installations WHERE key = @key'),
  deleteInstallation: statement<{ key: string }>('DELETE FROM installations WHERE key = @key'),

  upsertErasure: statement<{ tenant: string; dueAt: number }>(`
    INSERT INTO erasures (tenant, due_at) VALUES (@tenant, @dueAt) ON CONFLICT (tenant) DO UPDATE SET due_at = excluded.due_at`),
  deleteErasure: statement<{ tenant: string }>('DELETE FROM erasures WHERE tenant = @tenant'),
  selectDueErasures: statement<{ now: number }, ErasureRow>('SELECT * FROM erasures WHERE due_at <= @now ORDER BY due_at, tenant'),
  /** Ballots go with their votes (ON DELETE CASCADE). */
  eraseTenant: ['flows', 'votes', 'decisions', 'channel_settings', 'channel_alerts', 'last_answers', 'erasures'].map((table) => statement<{ tenant: string }>(`DELETE FROM ${table} WHERE tenant = @tenant`)),

  selectSettings: statement<Channel, SettingsRow>(`
    SELECT * FROM channel_settings WHERE tenant = @tenant AND channel = @channel`),
  upsertSettings: statement<Params<typeof settingsParams>>(`
    INSERT INTO channel_settings (tenant, channel, importance, set_by_id, set_by_name, updated_at)
    VALUES (@tenant, @channel, @importance, @setById, @setByName, @updatedAt)
    ON CONFLICT (tenant, channel) DO UPDATE SET importance = excluded.importance, set_by_id = excluded.set_by_id,
      set_by_name = excluded.set_by_name, updated_at = excluded.updated_at`),
  deleteSettings: statement<Channel>(`
    DELETE FROM channel_settings WHERE tenant = @tenant AND channel = @channel`),

  /**
   * One statement, so two replicas cannot both claim: inserts a new key, or
   * takes over an expired one; returns no row while the key is live. A
   * concurrent claim of the same new key waits for the first insert, then
   * finds it live.
   */
  claim: statement<{ key: string; expiresAt: number; now: number }, { key: string }>(`
    INSERT INTO dedupe (key, expires_at) VALUES (@key, @expiresAt)
    ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE dedupe.expires_at <= @now
    RETURNING key`),
  deleteExpiredClaims: statement<{ now: number }>('DELETE FROM dedupe WHERE expires_at <= @now'),
  releaseClaim: statement<{ key: string }>('DELETE FROM dedupe WHERE key = @key'),

  ping: statement<Record<string, never>, { one: number }>('SELECT 1 AS one'),
};

/** Numbers each distinct @name in order of first use, so one value can fill several places. */
function statement<P extends object, Row = never>(sql: string): Statement<P, Row> {
  const names: string[] = [];
  const text = sql.replace(/@([A-Za-z]\w*)/g, (_match, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return {
    text,
    values: (params) =>
      names.map((name) => {
        // A misspelt name would otherwise be sent as NULL.
        if (!(name in params)) throw new Error(`SQL parameter @${name} was not given`);
        return (params as Record<string, unknown>)[name];
      }),
  };
}
