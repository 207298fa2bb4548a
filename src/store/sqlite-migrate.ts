/**
 * Brings a SQLite database up to the schema this build expects. Runs inside
 * BEGIN IMMEDIATE, which takes the write lock before reading what has been
 * applied: when two processes open a fresh file at once, the second waits
 * (busy_timeout) and then finds nothing left to do.
 */
import type { Database } from 'better-sqlite3';
import { MIGRATIONS } from './sqlite-migrations.js';
import { checkNumbering, type Migration, refuseNewerSchema } from './store-migrations.js';

/** Applies what is missing; returns the numbers it applied (empty when up to date). */
export function applyMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  checkNumbering(migrations);
  const migrate = db.transaction((): number[] => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
    const applied = new Set(db.prepare<[], number>('SELECT number FROM schema_migrations').pluck().all());
    refuseNewerSchema(applied, migrations.length);
    const record = db.prepare<[number, number]>('INSERT INTO schema_migrations (number, applied_at) VALUES (?, ?)');
    const pending = migrations.filter((m) => !applied.has(m.number));
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.number, Date.now());
    }
    return pending.map((m) => m.number);
  });
  return migrate.immediate();
}
