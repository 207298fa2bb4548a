/** Migration 3 keeps every existing decision: numbered per channel in the order taken, with the status it had. */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/store/sqlite-migrate.js';
import { MIGRATIONS } from '../../src/store/sqlite-migrations.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { decisionParams } from '../../src/store/store-rows.js';
import { ACME, GENERAL, GLOBEX, T0, aClosedVoteDecision, aDecision } from './builders.js';
import { TempFiles } from './temp-files.js';

const files = new TempFiles();
afterAll(() => files.remove());

describe('SQLite migration 3 (numbered decisions)', () => {
  it('numbers old shared results and closed votes per channel and workspace, proposed or accepted as they were', async () => {
    const path = files.path();
    const old = new Database(path);
    applyMigrations(old, MIGRATIONS.slice(0, 2)); // where main's installs stand: migrations 1 and 2
    const insert = old.prepare(`INSERT INTO decisions (tenant, id, channel, kind, by_id, by_name, answers, options, decision, tally, weights, created_at)
      VALUES (@tenant, @id, @channel, @kind, @byId, @byName, @answers, @options, @decision, @tally, @weights, @createdAt)`);
    const row = (d: Parameters<typeof decisionParams>[0]) => {
      const { status: _s, details: _d, ...params } = decisionParams(d);
      insert.run(params);
    };
    row(aDecision({ id: 'dec-shared', createdAt: T0 }));
    row(aClosedVoteDecision({ id: 'dec-voted', createdAt: T0 + 1 }));
    row(aDecision({ id: 'dec-elsewhere', tenant: GLOBEX, createdAt: T0 + 2 }));
    old.close();

    const store = SqliteStore.open(path);
    const listed = await store.listDecisions(ACME, GENERAL, 10);
    expect(listed.map((d) => [d.id, d.number, d.status])).toEqual([
      ['dec-voted', 2, 'accepted'],
      ['dec-shared', 1, 'proposed'],
    ]);
    expect((await store.getDecision(GLOBEX, GENERAL, 1))?.id).toBe('dec-elsewhere');
    expect((await store.addDecision(aDecision({ id: 'dec-new-one', createdAt: T0 + 3 }))).number).toBe(3);
    await store.close();
  });
});
