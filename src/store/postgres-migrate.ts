/**
 * Brings a PostgreSQL schema up to what this build expects. Everything runs
 * in one transaction that first takes a transaction-scoped advisory lock:
 * when several replicas start at once, one applies the migrations while the
 * others wait at the lock, then find nothing left to do. A replica that dies
 * half-way rolls back and releases the lock with its connection.
 */
import type pg from 'pg';
import { MIGRATIONS } from './postgres-migrations.js';
import { inTransaction } from './postgres-transaction.js';
import { checkNumbering, type Migration, refuseNewerSchema } from './store-migrations.js';

/**
 * Any constant unique to this application (here "FrAd" in ASCII): every
 * replica of the bot takes the same lock, other applications sharing the
 * database use their own keys. The lock is per database, so schemas share it.
 */
export const MIGRATION_LOCK_KEY = 0x46_72_41_64;

/**
 * Waiting for another replica's migrations, or a migration that rebuilds a
 * large table, may take longer than an ordinary call is allowed to.
 */
const MIGRATION_TIMEOUT_MS = 60_000;

/** Applies what is missing; returns the numbers it applied (empty when up to date). */
export async function applyMigrations(pool: pg.Pool, schema?: string, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  checkNumbering(migrations);
  return inTransaction(pool, async (client) => {
    const run = (text: string, values: unknown[] = []) => client.query({ text, values, query_timeout: MIGRATION_TIMEOUT_MS } as pg.QueryConfig);
    await run(`SET LOCAL statement_timeout = ${MIGRATION_TIMEOUT_MS}`);
    await run('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    // Under the lock, so two replicas creating a fresh schema cannot collide on its name.
    if (schema) await run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await run('CREATE TABLE IF NOT EXISTS schema_migrations (number integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const applied = new Set((await run('SELECT number FROM schema_migrations')).rows.map((row: { number: number }) => row.number));
    refuseNewerSchema(applied, migrations.length);
    const pending = migrations.filter((m) => !applied.has(m.number));
    for (const migration of pending) {
      await run(migration.sql);
      await run('INSERT INTO schema_migrations (number) VALUES ($1)', [migration.number]);
    }
    return pending.map((m) => m.number);
  });
}
