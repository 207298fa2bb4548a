/**
 * Brings a SQLite database up to the schema this build expects. Runs inside
 * BEGIN IMMEDIATE, which takes the write lock before reading what has been
 * applied: when two processes open a fresh file at once, the second waits
 * (busy_timeout) and then finds nothing left to do.
 */
import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './sqlite-migrations.js';

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

/** A gap or a reordering in the list would apply migrations out of order on some databases. */
function checkNumbering(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.number !== index + 1) throw new Error(`Migration at position ${index + 1} is numbered ${migration.number}; number them 1, 2, 3, ...`);
  });
}

/** An older build must not write to a schema it does not understand (e.g. after a rollback). */
function refuseNewerSchema(applied: ReadonlySet<number>, known: number): void {
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new Error(`The database is at schema migration ${newest}, but this build only knows up to ${known}; run a newer build`);
  }
}
