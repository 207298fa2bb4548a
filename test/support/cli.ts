/**
 * Runs the real CLI (`npm run advisor`) as a child process against a scratch
 * database. Nothing is inherited that could point it at the person's own
 * store: DATABASE_URL is always a fresh temporary file, and no .env is read.
 */
import { spawnSync } from 'node:child_process';
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
  return { databaseUrl: DATABASE_URL, run: (...args: string[]) => withInput(undefined, ...args), withInput };
}
