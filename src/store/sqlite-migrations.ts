/**
 * The SQLite schema as a numbered list of migrations, applied in order at open
 * (see sqlite-migrate.ts). Never edit a migration that has shipped: append a
 * new one, because databases in the field have already run the old text.
 *
 * JSON columns (answers, options, ...) are TEXT; every row read back is
 * validated against records.ts, so the database does not need to be strict.
 */
import type { Migration } from './store-migrations.js';

export const MIGRATIONS: readonly Migration[] = [
  {
    number: 1,
    description: 'flows, votes, ballots, decisions, channel settings, dedupe',
    sql: `
      CREATE TABLE flows (
        tenant      TEXT    NOT NULL,
        id          TEXT    NOT NULL,
        channel     TEXT    NOT NULL,
        owner_id    TEXT    NOT NULL,
        owner_name  TEXT    NOT NULL,
        answers     TEXT    NOT NULL,
        visited     TEXT    NOT NULL,
        pending     TEXT    NOT NULL,
        version     INTEGER NOT NULL,
        created_at  INTEGER NOT NULL,
        expires_at  INTEGER NOT NULL,
        PRIMARY KEY (tenant, id)
      );
      CREATE INDEX flows_by_expiry ON flows (expires_at);

      CREATE TABLE votes (
        tenant           TEXT    NOT NULL,
        id               TEXT    NOT NULL,
        channel          TEXT    NOT NULL,
        started_by_id    TEXT    NOT NULL,
        started_by_name  TEXT    NOT NULL,
        options          TEXT    NOT NULL,
        answers          TEXT,
        closed_at        INTEGER,
        created_at       INTEGER NOT NULL,
        PRIMARY KEY (tenant, id)
      );

      -- One row per (vote, voter): casting again replaces the row, and
      -- concurrent casts by different people touch different rows.
      CREATE TABLE ballots (
        tenant      TEXT NOT NULL,
        vote_id     TEXT NOT NULL,
        voter_id    TEXT NOT NULL,
        voter_name  TEXT NOT NULL,
        choice      TEXT NOT NULL,
        PRIMARY KEY (tenant, vote_id, voter_id),
        FOREIGN KEY (tenant, vote_id) REFERENCES votes (tenant, id) ON DELETE CASCADE
      );

      -- seq records insertion order, which breaks ties between equal created_at.
      CREATE TABLE decisions (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        tenant      TEXT    NOT NULL,
        id          TEXT    NOT NULL,
        channel     TEXT    NOT NULL,
        kind        TEXT    NOT NULL,
        by_id       TEXT    NOT NULL,
        by_name     TEXT    NOT NULL,
        answers     TEXT,
        options     TEXT    NOT NULL,
        decision    TEXT,
        tally       TEXT,
        weights     TEXT    NOT NULL,
        created_at  INTEGER NOT NULL,
        UNIQUE (tenant, id)
      );
      CREATE INDEX decisions_by_channel ON decisions (tenant, channel, created_at DESC, seq DESC);

      CREATE TABLE channel_settings (
        tenant       TEXT    NOT NULL,
        channel      TEXT    NOT NULL,
        importance   TEXT    NOT NULL,
        set_by_id    TEXT    NOT NULL,
        set_by_name  TEXT    NOT NULL,
        updated_at   INTEGER NOT NULL,
        PRIMARY KEY (tenant, channel)
      );

      -- Platform deliveries already handled; keys carry their platform, so no tenant column.
      CREATE TABLE dedupe (
        key         TEXT    NOT NULL PRIMARY KEY,
        expires_at  INTEGER NOT NULL
      );
      CREATE INDEX dedupe_by_expiry ON dedupe (expires_at);
    `,
  },
  {
    number: 2,
    description: 'installations (sealed tokens), erasures after uninstall, remembered answers, workspace-wide listings',
    sql: `
      -- One installation per workspace (or organisation); sealed holds the encrypted tokens.
      CREATE TABLE installations (
        key         TEXT    NOT NULL PRIMARY KEY,
        tenant      TEXT    NOT NULL,
        sealed      TEXT    NOT NULL,
        updated_at  INTEGER NOT NULL
      );
      CREATE INDEX installations_by_tenant ON installations (tenant);

      -- Tenants whose data goes once the grace period after an uninstall has passed.
      CREATE TABLE erasures (
        tenant  TEXT    NOT NULL PRIMARY KEY,
        due_at  INTEGER NOT NULL
      );
      CREATE INDEX erasures_by_due ON erasures (due_at);

      CREATE TABLE last_answers (
        tenant      TEXT    NOT NULL,
        user_id     TEXT    NOT NULL,
        answers     TEXT    NOT NULL,
        updated_at  INTEGER NOT NULL,
        PRIMARY KEY (tenant, user_id)
      );

      CREATE INDEX decisions_by_tenant ON decisions (tenant, created_at DESC, seq DESC);
      CREATE INDEX open_votes_by_tenant ON votes (tenant, created_at DESC) WHERE closed_at IS NULL;
    `,
  },
  {
    number: 3,
    description: 'numbered decisions with a status and details, vote deadlines and styles, channel alerts',
    sql: `
      ALTER TABLE decisions ADD COLUMN number  INTEGER;
      ALTER TABLE decisions ADD COLUMN status  TEXT;
      ALTER TABLE decisions ADD COLUMN details TEXT;
      -- Existing history keeps its order: each channel's decisions are numbered 1, 2, ... oldest first.
      UPDATE decisions SET number = (
        SELECT COUNT(*) FROM decisions d
        WHERE d.tenant = decisions.tenant AND d.channel = decisions.channel
          AND (d.created_at < decisions.created_at OR (d.created_at = decisions.created_at AND d.seq <= decisions.seq)));
      -- With the status they had: a vote closed on a winner was accepted, a shared result only proposed.
      UPDATE decisions SET status = CASE WHEN kind = 'closed-vote' AND decision IS NOT NULL THEN 'accepted' ELSE 'proposed' END;
      CREATE UNIQUE INDEX decisions_by_number ON decisions (tenant, channel, number);
      CREATE INDEX decisions_by_status ON decisions (status);

      ALTER TABLE votes ADD COLUMN closes_at       INTEGER;
      ALTER TABLE votes ADD COLUMN anonymous       INTEGER;
      ALTER TABLE votes ADD COLUMN method          TEXT;
      ALTER TABLE votes ADD COLUMN decision_number INTEGER;
      CREATE INDEX votes_by_deadline ON votes (closes_at) WHERE closed_at IS NULL AND closes_at IS NOT NULL;

      -- Channels that turned revisit alerts off; a row means off.
      CREATE TABLE channel_alerts (
        tenant   TEXT NOT NULL,
        channel  TEXT NOT NULL,
        PRIMARY KEY (tenant, channel)
      );
    `,
  },
];
