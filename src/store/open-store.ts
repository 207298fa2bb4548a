/**
 * Picks the store from DATABASE_URL: `memory` for a throwaway in-process
 * store, a postgres URL (not yet supported), or otherwise a SQLite file path
 * (`:memory:` being SQLite's own in-memory database).
 */
import type { Store } from '../core/conversations/store.js';
import { MemoryStore } from './memory-store.js';
import { SqliteStore } from './sqlite-store.js';

export async function openStore(databaseUrl: string): Promise<Store> {
  const target = databaseUrl.trim();
  if (target === '') throw new Error('DATABASE_URL is empty; give a SQLite file path such as ./var/advisor.db');
  if (target === 'memory') return new MemoryStore();
  if (/^postgres(ql)?:\/\//i.test(target)) {
    throw new Error('PostgreSQL support comes with the scale-out work; use a SQLite path for now');
  }
  return SqliteStore.open(target);
}
