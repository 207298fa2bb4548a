/** Runs the real CLI (`npm run advisor`) as a child process against a scratch database. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TSX = 'node_modules/.bin/tsx';

export function cliRunner() {
  const DATABASE_URL = join(mkdtempSync(join(tmpdir(), 'advisor-cli-')), 'advisor.db');
  const withInput = (input: string | undefined, ...args: string[]) => {
    const r = spawnSync(TSX, ['src/adapters/terminal/main.ts', ...args], {
      encoding: 'utf8',
      input,
      env: { ...process.env, NO_COLOR: '1', USER: 'alice', DATABASE_URL },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  return { run: (...args: string[]) => withInput(undefined, ...args), withInput };
}
