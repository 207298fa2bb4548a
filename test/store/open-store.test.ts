import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory-store.js';
import { openStore } from '../../src/store/open-store.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { TempFiles } from './temp-files.js';

const files = new TempFiles();
afterAll(() => files.remove());

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

  it.each(['postgres://advisor@db/advisor', 'postgresql://advisor@db/advisor'])('explains that PostgreSQL is not supported yet (%s)', async (url) => {
    await expect(openStore(url)).rejects.toThrow('PostgreSQL support comes with the scale-out work; use a SQLite path for now');
  });

  it('refuses an empty value', async () => {
    await expect(openStore('  ')).rejects.toThrow(/empty/);
  });
});
