/**
 * Runs work on one pooled connection between BEGIN and COMMIT, rolling back
 * on any error. A connection whose ROLLBACK fails is in an unknown state, so
 * it is destroyed rather than handed to the next caller.
 */
import type pg from 'pg';

export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let result: T;
  try {
    await client.query('BEGIN');
    result = await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await rollBack(client);
    throw error;
  }
  client.release();
  return result;
}

async function rollBack(client: pg.PoolClient): Promise<void> {
  try {
    await client.query('ROLLBACK');
    client.release();
  } catch (error) {
    client.release(error instanceof Error ? error : new Error(String(error)));
  }
}
