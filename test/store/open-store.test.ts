import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory-store.js';
import { openStore } from '../../src/store/open-store.js';
import { PostgresStore } from '../../src/store/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { closedPort } from './postgres-link.js';
import { TEST_POSTGRES_URL, TestSchemas } from './postgres-schemas.js';
import { TempFiles } from './temp-files.js';

const files = new TempFiles();
const schemas = new TestSchemas(TEST_POSTGRES_URL, 'advisor_open');
afterAll(async () => {
  files.remove();
  await schemas.dropAll();
});

describe('openStore', () => {
  it('gives a memory store for DATABASE_URL=memory', async () => {
    const store = await openStore('memory');
    expect(store).toBeInstanceOf(MemoryStore);
    await store.close();
  });

  it("gives SQLite's own in-memory database for :memory:", async () => {
    const store = await openStore(':memory:');
    expect(store).toBeInstanceOf(SqliteStore);
    expect(await store.ping()).toBe(true);
    await store.close();
  });

  it('opens any other value as a SQLite file', async () => {
    const path = files.path();
    const store = await openStore(path);
    expect(store).toBeInstanceOf(SqliteStore);
    expect(existsSync(path)).toBe(true);
    await store.close();
  });

  it.each(['postgres', 'postgresql'])('opens a %s:// URL as PostgreSQL, not as a SQLite file', async (scheme) => {
    const port = await closedPort();
    await expect(openStore(`${scheme}://advisor@127.0.0.1:${port}/advisor`)).rejects.toThrow(/Could not open the PostgreSQL store/);
  });

  it.skipIf(!TEST_POSTGRES_URL).each(['postgres', 'postgresql'])('gives a PostgresStore for a reachable %s:// URL', async (scheme) => {
    const url = new URL(TEST_POSTGRES_URL);
    url.protocol = `${scheme}:`;
    url.searchParams.set('schema', schemas.fresh());
    const store = await openStore(url.toString());
    expect(store).toBeInstanceOf(PostgresStore);
    expect(await store.ping()).toBe(true);
    await store.close();
  });

  it('refuses an empty value', async () => {
    await expect(openStore('  ')).rejects.toThrow(/empty/);
  });
});
