import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/conversations/store.js';
import { applyMigrations } from '../../src/store/postgres-migrate.js';
import { MIGRATIONS } from '../../src/store/postgres-migrations.js';
import { PostgresStore, type PostgresOptions } from '../../src/store/postgres-store.js';
import { DamagedRowError } from '../../src/store/store-errors.js';
import { ACME, GENERAL, HOUR, T0, aDecision, aFlow, aVote, alice, bob, people, someSettings } from './builders.js';
import { storeContract } from './contract.js';
import { DatabaseLink, closedPort, silentServer } from './postgres-link.js';
import { SKIP_NOTE, TEST_POSTGRES_URL, TestSchemas } from './postgres-schemas.js';

const url = TEST_POSTGRES_URL;
if (!url) {
  console.warn(SKIP_NOTE);
  it.skip(SKIP_NOTE, () => undefined);
}

const schemas = new TestSchemas(url, 'advisor_test');
afterAll(() => schemas.dropAll());

/** Stores and raw pools a test opened, closed after it whatever happens. */
const opened: { close?(): Promise<void>; end?(): Promise<void> }[] = [];
afterEach(async () => {
  for (const handle of opened.splice(0)) await (handle.close ?? handle.end)?.call(handle);
});

async function openStore(schema: string, options: PostgresOptions = {}, at = url): Promise<PostgresStore> {
  const store = await PostgresStore.open(at, { schema, ...options });
  opened.push(store);
  return store;
}

function rawPool(schema: string): pg.Pool {
  const pool = schemas.rawPool(schema);
  opened.push(pool);
  return pool;
}

async function column(pool: pg.Pool, sql: string): Promise<unknown[]> {
  return (await pool.query(sql)).rows.map((row: Record<string, unknown>) => Object.values(row)[0]);
}

describe.skipIf(!url)('PostgreSQL', () => {
  storeContract(
    'PostgresStore',
    async () => PostgresStore.open(url, { schema: schemas.fresh() }),
    async (store: Store) => {
      await store.close();
      return PostgresStore.open(url, { schema: (store as PostgresStore).schema });
    },
  );

  describe('PostgresStore migrations', () => {
    it('applies each migration once, however often the schema is opened', async () => {
      const schema = schemas.fresh();
      await (await openStore(schema)).close();
      await (await openStore(schema)).close();
      expect(await column(rawPool(schema), 'SELECT number FROM schema_migrations ORDER BY number')).toEqual(MIGRATIONS.map((m) => m.number));
    });

    it('opens four stores on one fresh schema at the same moment, migrating it once', async () => {
      const schema = schemas.fresh();
      const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(schema)));
      expect(await Promise.all(stores.map((store) => store.ping()))).toEqual([true, true, true, true]);
      expect(await column(rawPool(schema), 'SELECT number FROM schema_migrations ORDER BY number')).toEqual(MIGRATIONS.map((m) => m.number));
    });

    it('runs a migration exactly once when four replicas race for it (the advisory lock)', async () => {
      const schema = schemas.fresh();
      // Slow, and not idempotent: without the lock, every replica would find it pending and run it.
      const probe = [
        {
          number: 1,
          description: 'counts its own runs',
          sql: 'CREATE TABLE IF NOT EXISTS runs (at timestamptz); SELECT pg_sleep(0.3); INSERT INTO runs VALUES (now());',
        },
      ];
      const pools = [1, 2, 3, 4].map(() => rawPool(schema));
      const applied = await Promise.all(pools.map((pool) => applyMigrations(pool, schema, probe)));
      expect(applied.flat()).toEqual([1]);
      expect(await column(rawPool(schema), 'SELECT count(*)::int FROM runs')).toEqual([1]);
    });

    it('refuses a schema migrated by a newer build', async () => {
      const schema = schemas.fresh();
      await openStore(schema);
      await rawPool(schema).query('INSERT INTO schema_migrations (number) VALUES ($1)', [MIGRATIONS.length + 1]);
      await expect(PostgresStore.open(url, { schema })).rejects.toThrow(/newer build/);
    });

    it('takes its schema from the URL too, leaving public alone', async () => {
      const schema = schemas.fresh();
      const separator = url.includes('?') ? '&' : '?';
      const store = await PostgresStore.open(`${url}${separator}schema=${schema}`);
      opened.push(store);
      await store.createFlow(aFlow());
      expect(await column(rawPool(schema), 'SELECT id FROM flows')).toEqual(['flow-0001']);
      expect(store.schema).toBe(schema);
    });

    it('refuses a schema name it would have to quote', async () => {
      await expect(PostgresStore.open(url, { schema: 'Robert"; DROP TABLE votes' })).rejects.toThrow(/plain lower-case identifier/);
    });
  });

  describe('two PostgresStore pools on one database (two replicas)', () => {
    async function twoReplicas() {
      const schema = schemas.fresh();
      return [await openStore(schema), await openStore(schema)] as const;
    }

    it("sees the other replica's flows, votes, decisions, settings and claims", async () => {
      const [first, second] = await twoReplicas();
      await first.createFlow(aFlow());
      await first.createVote(aVote());
      await second.castVote(ACME, 'vote-0001', alice, 'django');
      await second.addDecision(aDecision());
      await second.setChannelSettings(ACME, GENERAL, someSettings());
      expect(await first.claimOnce('slack:Ev01', HOUR, T0)).toBe(true);
      expect(await second.getFlow(ACME, 'flow-0001', T0)).toStrictEqual(aFlow());
      expect((await first.getVote(ACME, 'vote-0001'))?.ballots).toEqual({ [alice.id]: 'django' });
      expect(await first.listDecisions(ACME, GENERAL, 5)).toStrictEqual([{ ...aDecision(), number: 1 }]);
      expect(await first.getChannelSettings(ACME, GENERAL)).toStrictEqual(someSettings());
      expect(await second.claimOnce('slack:Ev01', HOUR, T0 + 1)).toBe(false);
    });

    it('lets only one of two replicas apply an update from the same version', async () => {
      const [first, second] = await twoReplicas();
      await first.createFlow(aFlow());
      const results = await Promise.all([first, second].map((store, i) => store.updateFlow(aFlow({ version: 1, pending: [i ? 'rust' : 'go'] }))));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await second.getFlow(ACME, 'flow-0001', T0))?.version).toBe(1);
    });

    it('counts every ballot cast through both replicas at once', async () => {
      const [first, second] = await twoReplicas();
      await first.createVote(aVote());
      const replicas = [first, second];
      const results = await Promise.all(people(60).map((person, i) => replicas[i % 2]?.castVote(ACME, 'vote-0001', person, aVote().options[i % 3] ?? 'fastify')));
      expect(results.every((r) => r?.outcome === 'counted')).toBe(true);
      const ballots = (await second.getVote(ACME, 'vote-0001'))?.ballots ?? {};
      expect(Object.keys(ballots)).toHaveLength(60);
      expect(Object.values(ballots).filter((choice) => choice === 'fastify')).toHaveLength(20);
    });

    it('gives a delivery to exactly one of many claims made through both replicas', async () => {
      const [first, second] = await twoReplicas();
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? first : second).claimOnce('discord:Ix01', HOUR, T0)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('lets one replica close a vote so the other turns ballots away', async () => {
      const [first, second] = await twoReplicas();
      await first.createVote(aVote());
      expect((await second.closeVote(ACME, 'vote-0001', T0 + HOUR)).outcome).toBe('closed');
      expect((await first.castVote(ACME, 'vote-0001', bob, 'fastify')).outcome).toBe('closed');
      expect((await first.closeVote(ACME, 'vote-0001', T0 + 2 * HOUR)).outcome).toBe('already-closed');
    });

    it('never loses or sneaks in a ballot when a close lands in the middle of a crowd voting', async () => {
      const [first, second] = await twoReplicas();
      await first.createVote(aVote());
      const crowd = people(40);
      const casts = crowd.map((person) => first.castVote(ACME, 'vote-0001', person, 'nestjs'));
      const close = second.closeVote(ACME, 'vote-0001', T0 + HOUR);
      const results = await Promise.all(casts);
      const closed = await close;
      expect(closed.outcome).toBe('closed');
      const counted = crowd.filter((_, i) => results[i]?.outcome === 'counted').map((p) => p.id);
      const refused = results.filter((r) => r.outcome === 'closed');
      expect(counted.length + refused.length).toBe(40);
      // Exactly the ballots reported as counted are in the closed vote, as the close returned it and as stored.
      const final = closed.outcome === 'closed' ? closed.vote : undefined;
      expect(Object.keys(final?.ballots ?? {}).sort()).toEqual([...counted].sort());
      expect((await first.getVote(ACME, 'vote-0001'))?.ballots).toEqual(final?.ballots);
    });
  });

  describe('PostgresStore with a damaged row', () => {
    /** Opens a store holding one of everything, then lets the test break a column behind its back. */
    async function storeWithData() {
      const schema = schemas.fresh();
      const store = await openStore(schema);
      await store.createFlow(aFlow());
      await store.createVote(aVote());
      await store.castVote(ACME, 'vote-0001', alice, 'django');
      await store.addDecision(aDecision());
      await store.setChannelSettings(ACME, GENERAL, someSettings());
      return { store, db: rawPool(schema) };
    }

    it('names the table when jsonb no longer matches the record', async () => {
      const { store, db } = await storeWithData();
      await db.query(`UPDATE flows SET visited = '["project", "astrology"]'`);
      await expect(store.getFlow(ACME, 'flow-0001', T0)).rejects.toThrow(DamagedRowError);
      await expect(store.getFlow(ACME, 'flow-0001', T0)).rejects.toThrow(/table "flows".*visited/);
    });

    it('refuses a vote whose options were damaged, for reading and for casting', async () => {
      const { store, db } = await storeWithData();
      await db.query(`UPDATE votes SET options = '["only-one"]'`);
      await expect(store.getVote(ACME, 'vote-0001')).rejects.toThrow(/table "votes"/);
      await expect(store.castVote(ACME, 'vote-0001', bob, 'django')).rejects.toThrow(/table "votes"/);
    });

    it('refuses damaged decisions and channel settings', async () => {
      const { store, db } = await storeWithData();
      await db.query(`UPDATE decisions SET weights = '"NaN"'`);
      await db.query(`UPDATE channel_settings SET importance = '{"vibes": 11}'`);
      await expect(store.listDecisions(ACME, GENERAL, 5)).rejects.toThrow(/table "decisions".*weights/);
      await expect(store.getChannelSettings(ACME, GENERAL)).rejects.toThrow(/table "channel_settings"/);
    });

    it('refuses a time too large to be a JavaScript number rather than rounding it', async () => {
      const { store, db } = await storeWithData();
      await db.query('UPDATE flows SET created_at = 9007199254740993');
      await expect(store.getFlow(ACME, 'flow-0001', T0)).rejects.toThrow(/table "flows".*createdAt/);
    });
  });

  describe('PostgresStore housekeeping', () => {
    it('deletes expired flows and claims in passing, once they are long gone', async () => {
      const schema = schemas.fresh();
      const store = await openStore(schema);
      await store.createFlow(aFlow({ expiresAt: T0 + HOUR }));
      await store.claimOnce('slack:Ev01', HOUR, T0);
      await store.getFlow(ACME, 'flow-0001', T0 + 2 * HOUR);
      const db = rawPool(schema);
      expect(await column(db, 'SELECT count(*)::int FROM flows')).toEqual([0]);
      expect(await column(db, 'SELECT count(*)::int FROM dedupe')).toEqual([0]);
    });
  });

  describe('PostgresStore when the database misbehaves', () => {
    const target = new URL(url || 'postgres://localhost');
    const database = target.pathname.slice(1);

    async function throughLink() {
      const link = new DatabaseLink(target.hostname, Number(target.port || 5432));
      await link.open();
      const brokenConnections: Error[] = [];
      const store = await openStore(schemas.fresh(), { onConnectionError: (e) => brokenConnections.push(e), statementTimeoutMs: 500, connectTimeoutMs: 1000 }, link.urlFor(database));
      opened.push({ close: () => link.cut() });
      return { link, store, brokenConnections };
    }

    it('survives a pooled connection being killed while idle, and carries on', async () => {
      const broken: Error[] = [];
      const separator = url.includes('?') ? '&' : '?';
      const name = `advisor_idle_${process.pid}`;
      const store = await openStore(schemas.fresh(), { onConnectionError: (e) => broken.push(e) }, `${url}${separator}application_name=${name}`);
      expect(await store.ping()).toBe(true);
      const admin = new pg.Pool({ connectionString: url, max: 1 });
      opened.push(admin);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [name]);
      await expect.poll(() => broken.length).toBeGreaterThan(0);
      expect(await store.ping()).toBe(true);
      await store.createFlow(aFlow());
    });

    it('answers ping false and rejects calls while the database is gone, then recovers by itself', async () => {
      const { link, store, brokenConnections } = await throughLink();
      await store.createVote(aVote());
      await link.cut();
      await expect.poll(() => brokenConnections.length).toBeGreaterThan(0);
      expect(await store.ping()).toBe(false);
      await expect(store.getVote(ACME, 'vote-0001')).rejects.toThrow();
      await expect(store.castVote(ACME, 'vote-0001', alice, 'django')).rejects.toThrow();
      await link.open();
      expect(await store.ping()).toBe(true);
      expect((await store.castVote(ACME, 'vote-0001', alice, 'django')).outcome).toBe('counted');
    });

    it('gives up on a database that stops answering instead of hanging', async () => {
      const { link, store } = await throughLink();
      await store.createFlow(aFlow());
      link.freeze();
      expect(await store.ping()).toBe(false);
      await expect(store.getFlow(ACME, 'flow-0001', T0)).rejects.toThrow();
    });
  });
});

describe('PostgresStore without a reachable database (no server needed)', () => {
  it('fails to open on a port nobody listens on, saying where it tried', async () => {
    const port = await closedPort();
    await expect(PostgresStore.open(`postgres://advisor:secret@127.0.0.1:${port}/advisor`)).rejects.toThrow(
      new RegExp(`Could not open the PostgreSQL store at 127\\.0\\.0\\.1:${port}/advisor: .*ECONNREFUSED`),
    );
  });

  it('never puts the password in that error', async () => {
    const port = await closedPort();
    const error = await PostgresStore.open(`postgres://advisor:hunter2@127.0.0.1:${port}/advisor`).catch((e: unknown) => e);
    expect(String(error)).not.toContain('hunter2');
  });

  it('gives up on a server that accepts connections but never answers', async () => {
    const silent = await silentServer();
    try {
      await expect(PostgresStore.open(`postgres://advisor@127.0.0.1:${silent.port}/advisor`, { connectTimeoutMs: 300 })).rejects.toThrow(/Could not open the PostgreSQL store/);
    } finally {
      await silent.close();
    }
  });

  it('refuses a URL it cannot parse without echoing it', async () => {
    const error = await PostgresStore.open('postgres://advisor:hunter2@db:port/advisor').catch((e: unknown) => e);
    expect(String(error)).toMatch(/not a valid URL/);
    expect(String(error)).not.toContain('hunter2');
  });
});
