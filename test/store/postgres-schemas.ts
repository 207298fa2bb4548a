/**
 * PostgreSQL for the tests: the server named by TEST_POSTGRES_URL (unset on a
 * laptop without one, and then those tests are skipped with a note), a fresh
 * schema for every store a test opens, and all of them dropped at the end.
 */
import pg from 'pg';

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() ?? '';

export const SKIP_NOTE = 'PostgreSQL tests skipped: set TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them';

export class TestSchemas {
  private readonly made: string[] = [];
  private readonly run = `${process.pid}_${Math.floor(Math.random() * 1e6)}`;

  constructor(
    private readonly url: string,
    private readonly prefix: string,
  ) {}

  /** A schema name nobody has used; it exists once a store opens on it. */
  fresh(): string {
    const name = `${this.prefix}_${this.run}_${this.made.length + 1}`;
    this.made.push(name);
    return name;
  }

  /** A plain pool on one schema, for looking at (or damaging) what a store wrote. */
  rawPool(schema: string): pg.Pool {
    return new pg.Pool({ connectionString: this.url, options: `-c search_path=${schema}`, max: 2 });
  }

  async dropAll(): Promise<void> {
    if (this.made.length === 0) return;
    const pool = new pg.Pool({ connectionString: this.url, max: 1 });
    try {
      for (const schema of this.made.splice(0)) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } finally {
      await pool.end();
    }
  }
}
