/**
 * What both SQL stores' schema migrations obey: a list numbered 1, 2, 3, ...
 * applied in order and recorded in schema_migrations, and a refusal to run
 * over a schema newer than this build knows.
 */
export interface Migration {
  readonly number: number;
  readonly description: string;
  readonly sql: string;
}

/** A gap or a reordering in the list would apply migrations out of order on some databases. */
export function checkNumbering(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.number !== index + 1) throw new Error(`Migration at position ${index + 1} is numbered ${migration.number}; number them 1, 2, 3, ...`);
  });
}

/** An older build must not write to a schema it does not understand (e.g. after a rollback). */
export function refuseNewerSchema(applied: ReadonlySet<number>, known: number): void {
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new Error(`The database is at schema migration ${newest}, but this build only knows up to ${known}; run a newer build`);
  }
}
