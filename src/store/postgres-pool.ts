/**
 * How the PostgreSQL store connects: one pg.Pool per process, bounded so that
 * a dead or silent database makes calls fail within seconds instead of
 * hanging a reply, and shaped so rows look exactly like SQLite's.
 */
import pg from 'pg';
import { StoreError } from '../core/conversations/store.js';

export interface PostgresOptions {
  /**
   * Keep the tables in this schema (created if missing) instead of `public`,
   * e.g. one fresh schema per test file. A `?schema=` in the URL does the same.
   */
  schema?: string;
  /** How long a call may wait for a connection. */
  connectTimeoutMs?: number;
  /** How long one statement may run before the server cancels it. */
  statementTimeoutMs?: number;
  /** Connections per process; replicas multiply it, and the server's max_connections bounds the total. */
  maxConnections?: number;
  /**
   * Told when a connection breaks while idle in the pool (a restarted server,
   * a dropped network). The pool discards it and the next call opens a new one.
   */
  onConnectionError?: (error: Error) => void;
}

export const DEFAULTS = {
  connectTimeoutMs: 3000,
  statementTimeoutMs: 5000,
  maxConnections: 10,
};

/** A transaction left open (a bug, a stuck caller) must not hold row locks that block every replica. */
const IDLE_IN_TRANSACTION_MS = 10_000;

/**
 * The server cancels a slow statement itself (statement_timeout); the client
 * gives up a little later still, for when the server cannot answer at all.
 */
const CLIENT_GRACE_MS = 1000;

/** Schema names are used in SQL and in a startup option, so keep them to plain identifiers rather than quoting. */
const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function createPool(url: string, options: PostgresOptions = {}): { pool: pg.Pool; schema: string | undefined } {
  const { connectionString, schema, startupOptions } = connectionFrom(url, options.schema);
  const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULTS.statementTimeoutMs;
  const pool = new pg.Pool({
    connectionString,
    ...(startupOptions ? { options: startupOptions } : {}),
    max: options.maxConnections ?? DEFAULTS.maxConnections,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + CLIENT_GRACE_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
    // Notice a peer that vanished without closing the socket (a failed-over server, a dropped NAT entry).
    keepAlive: true,
    fallback_application_name: 'framework-advisor',
    types: SQLITE_SHAPED_ROWS,
  });
  // Without a listener, an idle connection's error is an unhandled 'error' event and kills the process.
  pool.on('error', options.onConnectionError ?? warnOfBrokenConnection);
  return { pool, schema };
}

/** host:port/database, for error messages: never the password. */
export function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the DATABASE_URL given';
  }
}

/**
 * Takes the schema out of the URL (pg would ignore `?schema=`) and turns it
 * into a search_path startup option. A URL's own `options=` is merged into
 * it, because pg lets the URL's value override the one passed beside it.
 */
function connectionFrom(url: string, schemaOption: string | undefined) {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StoreError('caller', `DATABASE_URL is not a valid URL; expected postgres://user@host:5432/database`);
  }
  const schema = schemaOption ?? (parsed.searchParams.get('schema') || undefined);
  if (schema === undefined) return { connectionString: url, schema, startupOptions: undefined };
  if (!PLAIN_IDENTIFIER.test(schema)) throw new StoreError('caller', `schema "${schema}" must be a plain lower-case identifier such as advisor_test_1`);
  const ownOptions = parsed.searchParams.get('options');
  parsed.searchParams.delete('schema');
  parsed.searchParams.delete('options');
  const startupOptions = [ownOptions, `-c search_path=${schema}`].filter(Boolean).join(' ');
  return { connectionString: parsed.toString(), schema, startupOptions };
}

/**
 * Rows come back shaped like SQLite's, so store-rows.ts decodes both: jsonb
 * as its JSON text (parsed and validated there), bigint as a number. A bigint
 * beyond 2^53 stays text, so validation reports the row as damaged instead of
 * rounding the value silently.
 */
const SQLITE_SHAPED_ROWS: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.JSONB || oid === pg.types.builtins.JSON) return (text: string) => text;
    if (oid === pg.types.builtins.INT8) return bigintAsNumber;
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

function bigintAsNumber(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
}

function warnOfBrokenConnection(error: Error): void {
  process.emitWarning(`A pooled PostgreSQL connection broke while idle and was discarded: ${error.message}`, 'PostgresStoreWarning');
}
