/**
 * The PostgreSQL schema as a numbered list of migrations, applied in order at
 * open (see postgres-migrate.ts). Never edit a migration that has shipped:
 * append a new one, because databases in the field have already run the old text.
 *
 * Tables and column names match SQLite's (sqlite-migrations.ts), so both stores
 * share one row mapping (store-rows.ts). JSON columns are jsonb, so the
 * database at least refuses text that is not JSON; every row read back is
 * still validated against records.ts. Times are epoch milliseconds in bigint,
 * as the records carry them.
 */
import type { Migration } from './store-migrations.js';

export const MIGRATIONS: readonly Migration[] = [
  {
    number: 1,
    description: 'flows, votes, ballots, decisions, channel settings, dedupe',
    sql: `
      CREATE TABLE flows (
        tenant      text    NOT NULL,
        id          text    NOT NULL,
        channel     text    NOT NULL,
        owner_id    text    NOT NULL,
        owner_name  text    NOT NULL,
        answers     jsonb   NOT NULL,
        visited     jsonb   NOT NULL,
        pending     jsonb   NOT NULL,
        version     integer NOT NULL,
        created_at  bigint  NOT NULL,
        expires_at  bigint  NOT NULL,
        PRIMARY KEY (tenant, id)
      );
      CREATE INDEX flows_by_expiry ON flows (expires_at);

      CREATE TABLE votes (
        tenant           text   NOT NULL,
        id               text   NOT NULL,
        channel          text   NOT NULL,
        started_by_id    text   NOT NULL,
        started_by_name  text   NOT NULL,
        options          jsonb  NOT NULL,
        answers          jsonb,
        closed_at        bigint,
        created_at       bigint NOT NULL,
        PRIMARY KEY (tenant, id)
      );

      -- One row per (vote, voter): casting again replaces the row, and
      -- concurrent casts by different people touch different rows.
      CREATE TABLE ballots (
        tenant      text NOT NULL,
        vote_id     text NOT NULL,
        voter_id    text NOT NULL,
        voter_name  text NOT NULL,
        choice      text NOT NULL,
        PRIMARY KEY (tenant, vote_id, voter_id),
        FOREIGN KEY (tenant, vote_id) REFERENCES votes (tenant, id) ON DELETE CASCADE
      );

      -- seq records insertion order, which breaks ties between equal created_at.
      CREATE TABLE decisions (
        seq         bigserial PRIMARY KEY,
        tenant      text   NOT NULL,
        id          text   NOT NULL,
        channel     text   NOT NULL,
        kind        text   NOT NULL,
        by_id       text   NOT NULL,
        by_name     text   NOT NULL,
        answers     jsonb,
        options     jsonb  NOT NULL,
        decision    text,
        tally       jsonb,
        weights     jsonb  NOT NULL,
        created_at  bigint NOT NULL,
        UNIQUE (tenant, id)
      );
      CREATE INDEX decisions_by_channel ON decisions (tenant, channel, created_at DESC, seq DESC);

      CREATE TABLE channel_settings (
        tenant       text   NOT NULL,
        channel      text   NOT NULL,
        importance   jsonb  NOT NULL,
        set_by_id    text   NOT NULL,
        set_by_name  text   NOT NULL,
        updated_at   bigint NOT NULL,
        PRIMARY KEY (tenant, channel)
      );

      -- Platform deliveries already handled; keys carry their platform, so no tenant column.
      CREATE TABLE dedupe (
        key         text   NOT NULL PRIMARY KEY,
        expires_at  bigint NOT NULL
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
        key         text    NOT NULL PRIMARY KEY,
        tenant      text    NOT NULL,
        sealed      text    NOT NULL,
        updated_at  bigint  NOT NULL
      );
      CREATE INDEX installations_by_tenant ON installations (tenant);

      -- Tenants whose data goes once the grace period after an uninstall has passed.
      CREATE TABLE erasures (
        tenant  text    NOT NULL PRIMARY KEY,
        due_at  bigint  NOT NULL
      );
      CREATE INDEX erasures_by_due ON erasures (due_at);

      CREATE TABLE last_answers (
        tenant      text    NOT NULL,
        user_id     text    NOT NULL,
        answers     jsonb   NOT NULL,
        updated_at  bigint  NOT NULL,
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
      ALTER TABLE decisions ADD COLUMN number  integer;
      ALTER TABLE decisions ADD COLUMN status  text;
      ALTER TABLE decisions ADD COLUMN details jsonb;
      -- Existing history keeps its order: each channel's decisions are numbered 1, 2, ... oldest first.
      UPDATE decisions SET number = (
        SELECT COUNT(*) FROM decisions d
        WHERE d.tenant = decisions.tenant AND d.channel = decisions.channel
          AND (d.created_at < decisions.created_at OR (d.created_at = decisions.created_at AND d.seq <= decisions.seq)));
      -- With the status they had: a vote closed on a winner was accepted, a shared result only proposed.
      UPDATE decisions SET status = CASE WHEN kind = 'closed-vote' AND decision IS NOT NULL THEN 'accepted' ELSE 'proposed' END;
      CREATE UNIQUE INDEX decisions_by_number ON decisions (tenant, channel, number);
      CREATE INDEX decisions_by_status ON decisions (status);

      ALTER TABLE votes ADD COLUMN closes_at       bigint;
      ALTER TABLE votes ADD COLUMN anonymous       integer;
      ALTER TABLE votes ADD COLUMN method          text;
      ALTER TABLE votes ADD COLUMN decision_number integer;
      CREATE INDEX votes_by_deadline ON votes (closes_at) WHERE closed_at IS NULL AND closes_at IS NOT NULL;

      -- Channels that turned revisit alerts off; a row means off.
      CREATE TABLE channel_alerts (
        tenant   text NOT NULL,
        channel  text NOT NULL,
        PRIMARY KEY (tenant, channel)
      );
    `,
  },
];
