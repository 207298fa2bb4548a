/**
 * Runs the real CLI (`npm run advisor`) as a child process against a scratch
 * database. Nothing is inherited that could point it at the person's own
 * store: DATABASE_URL is always a fresh temporary file, and no .env is read.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TSX = 'node_modules/.bin/tsx';

/** A fresh SQLite file in its own temporary directory, for one test's store. */
export function scratchDatabase(prefix = 'advisor-cli-'): string {
  return join(mkdtempSync(join(tmpdir(), prefix)), 'advisor.db');
}

export function cliRunner() {
  const DATABASE_URL = scratchDatabase();
  const withInput = (input: string | undefined, ...args: string[]) => {
    const r = spawnSync(TSX, ['src/adapters/terminal/main.ts', ...args], {
      encoding: 'utf8',
      input,
      env: { ...process.env, NO_COLOR: '1', USER: 'alice', DATABASE_URL, DOTENV_CONFIG_PATH: '/nonexistent' },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  /** The same, without waiting: several runs at once on one store, as two people's terminals (or replicas) would be. */
  const started = (input: string, ...args: string[]) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
      const child = spawn(TSX, ['src/adapters/terminal/main.ts', ...args], { env: { ...process.env, NO_COLOR: '1', USER: 'alice', DATABASE_URL, DOTENV_CONFIG_PATH: '/nonexistent' } });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out, err }));
      child.stdin.end(input);
    });
  return { databaseUrl: DATABASE_URL, run: (...args: string[]) => withInput(undefined, ...args), withInput, started };
}
