/**
 * Picks the store from DATABASE_URL: `memory` for a throwaway in-process
 * store, a postgres:// or postgresql:// URL for PostgreSQL (what several
 * replicas share), or otherwise a SQLite file path (`:memory:` being SQLite's
 * own in-memory database).
 */
import { type Store, StoreError } from '../core/conversations/store.js';
import { MemoryStore } from './memory-store.js';
import { PostgresStore } from './postgres-store.js';
import { SqliteStore } from './sqlite-store.js';

export interface OpenStoreOptions {
  /** Where a broken pooled connection is reported (PostgreSQL); a process warning when absent. */
  onConnectionError?: (error: Error) => void;
}

export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  const target = databaseUrl.trim();
  if (target === '') throw new StoreError('caller', 'DATABASE_URL is empty; give a SQLite file path such as ./var/advisor.db');
  if (target === 'memory') return new MemoryStore();
  if (/^postgres(ql)?:\/\//i.test(target)) return PostgresStore.open(target, options.onConnectionError ? { onConnectionError: options.onConnectionError } : {});
  return SqliteStore.open(target);
}
