import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/store/sqlite-migrate.js';
import { MIGRATIONS } from '../../src/store/sqlite-migrations.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { DamagedRowError } from '../../src/store/store-errors.js';
import { ACME, GENERAL, HOUR, T0, aDecision, aFlow, aVote, alice, bob, people, someSettings } from './builders.js';
import { storeContract } from './contract.js';
import { TempFiles } from './temp-files.js';

const files = new TempFiles();
afterAll(() => files.remove());

storeContract(
  'SqliteStore on a file',
  async () => SqliteStore.open(files.path()),
  async (store) => {
    await store.close();
    return SqliteStore.open((store as SqliteStore).path);
  },
);

storeContract('SqliteStore in memory', async () => SqliteStore.open(':memory:'));

/** Stores and raw connections a test opened, closed after it whatever happens. */
const opened: { close(): unknown }[] = [];
afterEach(async () => {
  for (const handle of opened.splice(0)) await handle.close();
});

function openStore(path: string): SqliteStore {
  const store = SqliteStore.open(path);
  opened.push(store);
  return store;
}

/** A plain better-sqlite3 connection, for looking at (or damaging) what the store wrote. */
function rawConnection(path: string): Database.Database {
  const db = new Database(path, { timeout: 5000 });
  opened.push(db);
  return db;
}

describe('SqliteStore on disk', () => {
  it('creates the parent directory on first run', async () => {
    const path = join(dirname(files.path()), 'var', 'nested', 'advisor.db');
    const store = openStore(path);
    expect(await store.ping()).toBe(true);
    expect(existsSync(path)).toBe(true);
  });

  it('uses WAL and waits for locks rather than failing', () => {
    const path = files.path();
    openStore(path);
    const db = rawConnection(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(SqliteStore.open(path)).toBeInstanceOf(SqliteStore);
  });

  it('deletes expired flows and claims in passing, once they are long gone', async () => {
    const path = files.path();
    const store = openStore(path);
    await store.createFlow(aFlow({ expiresAt: T0 + HOUR }));
    await store.claimOnce('slack:Ev01', HOUR, T0);
    await store.getFlow(ACME, 'flow-0001', T0 + 2 * HOUR);
    const db = rawConnection(path);
    expect(db.prepare('SELECT count(*) FROM flows').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM dedupe').pluck().get()).toBe(0);
  });
});

describe('SqliteStore migrations', () => {
  it('applies each migration once, however often the file is opened', async () => {
    const path = files.path();
    await openStore(path).close();
    await openStore(path).close();
    const numbers = rawConnection(path).prepare('SELECT number FROM schema_migrations ORDER BY number').pluck().all();
    expect(numbers).toEqual(MIGRATIONS.map((m) => m.number));
  });

  it('refuses a database migrated by a newer build', () => {
    const path = files.path();
    openStore(path);
    rawConnection(path).prepare('INSERT INTO schema_migrations (number, applied_at) VALUES (?, ?)').run(MIGRATIONS.length + 1, T0);
    expect(() => SqliteStore.open(path)).toThrow(/newer build/);
  });

  it('refuses a migration list with a gap', () => {
    const db = rawConnection(':memory:');
    expect(() => applyMigrations(db, [{ number: 2, description: 'skips 1', sql: 'SELECT 1' }])).toThrow(/numbered 2/);
  });

  it('is idempotent when several processes open a fresh file at once', async () => {
    const path = files.path();
    const startAt = String(Date.now() + 2000);
    const runs = await Promise.all([1, 2, 3, 4].map(() => runStoreProcess(['open', path, startAt])));
    expect(runs.map((output) => JSON.parse(output))).toEqual(Array(4).fill({ opened: true }));
    const numbers = rawConnection(path).prepare('SELECT number FROM schema_migrations ORDER BY number').pluck().all();
    expect(numbers).toEqual(MIGRATIONS.map((m) => m.number));
  });
});

describe('SqliteStore shared by two processes', () => {
  it("sees the other instance's flows, votes, decisions and settings", async () => {
    const path = files.path();
    const first = openStore(path);
    const second = openStore(path);
    await first.createFlow(aFlow());
    await first.createVote(aVote());
    await second.castVote(ACME, 'vote-0001', alice, 'django');
    await second.addDecision(aDecision());
    await second.setChannelSettings(ACME, GENERAL, someSettings());
    expect(await second.getFlow(ACME, 'flow-0001', T0)).toStrictEqual(aFlow());
    expect((await first.getVote(ACME, 'vote-0001'))?.ballots).toEqual({ [alice.id]: 'django' });
    expect(await first.listDecisions(ACME, GENERAL, 5)).toStrictEqual([{ ...aDecision(), number: 1 }]);
    expect(await first.getChannelSettings(ACME, GENERAL)).toStrictEqual(someSettings());
  });

  it('lets only one of two instances apply an update from the same version', async () => {
    const path = files.path();
    const first = openStore(path);
    const second = openStore(path);
    await first.createFlow(aFlow());
    expect(await first.updateFlow(aFlow({ version: 1, pending: ['go'] }))).toBe(true);
    expect(await second.updateFlow(aFlow({ version: 1, pending: ['rust'] }))).toBe(false);
    expect((await second.getFlow(ACME, 'flow-0001', T0))?.pending).toEqual(['go']);
  });

  it('counts every ballot cast through both instances at once', async () => {
    const path = files.path();
    const instances = [openStore(path), openStore(path)];
    await instances[0]?.createVote(aVote());
    const crowd = people(60);
    const results = await Promise.all(crowd.map((person, i) => instances[i % 2]?.castVote(ACME, 'vote-0001', person, 'nestjs')));
    expect(results.every((r) => r?.outcome === 'counted')).toBe(true);
    expect(Object.keys((await instances[1]?.getVote(ACME, 'vote-0001'))?.ballots ?? {})).toHaveLength(60);
  });

  it('lets one instance close a vote so the other turns ballots away', async () => {
    const path = files.path();
    const first = openStore(path);
    const second = openStore(path);
    await first.createVote(aVote());
    expect((await second.closeVote(ACME, 'vote-0001', T0 + HOUR)).outcome).toBe('closed');
    expect((await first.castVote(ACME, 'vote-0001', bob, 'fastify')).outcome).toBe('closed');
    expect((await first.closeVote(ACME, 'vote-0001', T0 + 2 * HOUR)).outcome).toBe('already-closed');
  });

  it('counts every ballot when four real processes cast at the same moment', async () => {
    const path = files.path();
    await openStore(path).createVote(aVote({ options: ['django', 'fastify'] }));
    const startAt = String(Date.now() + 2000);
    const runs = await Promise.all(['p1', 'p2', 'p3', 'p4'].map((prefix) => runStoreProcess(['cast', path, startAt, 'vote-0001', prefix, '25'])));
    for (const output of runs) expect(JSON.parse(output)).toEqual({ outcomes: Array(25).fill('counted') });
    const vote = await openStore(path).getVote(ACME, 'vote-0001');
    expect(Object.keys(vote?.ballots ?? {})).toHaveLength(100);
  });
});

describe('SqliteStore with a damaged row', () => {
  /** Opens a store holding one of everything, then lets the test break a column behind its back. */
  async function storeWithData() {
    const path = files.path();
    const store = openStore(path);
    await store.createFlow(aFlow());
    await store.createVote(aVote());
    await store.castVote(ACME, 'vote-0001', alice, 'django');
    await store.addDecision(aDecision());
    await store.setChannelSettings(ACME, GENERAL, someSettings());
    return { store, db: rawConnection(path) };
  }

  it('names the table when a JSON column is not JSON', async () => {
    const { store, db } = await storeWithData();
    db.prepare(`UPDATE flows SET answers = '{"project": "api"'`).run();
    await expect(store.getFlow(ACME, 'flow-0001', T0)).rejects.toThrow(DamagedRowError);
    await expect(store.getFlow(ACME, 'flow-0001', T0)).rejects.toThrow(/table "flows".*answers is not valid JSON/);
  });

  it('names the table when JSON no longer matches the record', async () => {
    const { store, db } = await storeWithData();
    db.prepare(`UPDATE flows SET visited = '["project", "astrology"]'`).run();
    await expect(store.getFlow(ACME, 'flow-0001', T0)).rejects.toThrow(/table "flows".*visited/);
  });

  it('refuses a vote whose options were damaged', async () => {
    const { store, db } = await storeWithData();
    db.prepare(`UPDATE votes SET options = '["only-one"]'`).run();
    await expect(store.getVote(ACME, 'vote-0001')).rejects.toThrow(/table "votes"/);
    await expect(store.castVote(ACME, 'vote-0001', bob, 'django')).rejects.toThrow(/table "votes"/);
  });

  it('refuses damaged decisions and channel settings', async () => {
    const { store, db } = await storeWithData();
    db.prepare(`UPDATE decisions SET weights = 'NaN'`).run();
    db.prepare(`UPDATE channel_settings SET importance = '{"vibes": 11}'`).run();
    await expect(store.listDecisions(ACME, GENERAL, 5)).rejects.toThrow(/table "decisions".*weights/);
    await expect(store.getChannelSettings(ACME, GENERAL)).rejects.toThrow(/table "channel_settings"/);
  });
});

const execFileAsync = promisify(execFile);
const storeProcess = fileURLToPath(new URL('./store-process.ts', import.meta.url));

/** Runs store-process.ts in its own Node process (via tsx) and returns what it printed. */
async function runStoreProcess(args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', storeProcess, ...args], { timeout: 20_000 });
  return stdout;
}
