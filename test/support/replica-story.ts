/**
 * What the decisions end-to-end tests (one per platform) share: Django's
 * support dates that put the revisit window in reach, one test clock for
 * every replica, and the stores two replicas open as two processes would.
 */
import { Writable } from 'node:stream';
import { afterAll, expect } from 'vitest';
import type { Store } from '../../src/core/conversations/store.js';
import { lastDayOf } from '../../src/core/knowledge/releases.js';
import { createLogger } from '../../src/logger.js';
import type { Clock } from '../../src/schedule/announcer.js';
import { DAY_MS } from '../../src/schedule/due-jobs.js';
import { PostgresStore } from '../../src/store/postgres-store.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { SKIP_NOTE, TEST_POSTGRES_URL, TestSchemas } from '../store/postgres-schemas.js';
import { TempFiles } from '../store/temp-files.js';
import { knowledge } from './knowledge.js';
import { checkBackstageRadar, checkByorCsv } from './radar-format.js';
import { BACKSTAGE_ADR_FILE } from './decision-files.js';
import { checkMadr } from './madr-format.js';

const django = knowledge().get('django')!;
export const line = django.releases.lines.find((l) => django.releases.current.version.startsWith(l.line))!;
/** The last day Django's current line has security support: the revisit window is the 90 days before it. */
export const END = lastDayOf(line.endOfLife!).getTime();
/** The team decides well before the window opens. */
export const START = END - 200 * DAY_MS;

export const quiet = createLogger({ level: 'silent', pretty: false, destination: new Writable({ write: (_c, _e, done) => done() }) });

/** One clock for both replicas' cores and announcers; intervals never fire by time, the test checks by hand. */
export class TestClock implements Clock {
  at = START;
  now = () => this.at;
  every(): () => void {
    return () => undefined;
  }
}

export interface ReplicaStore {
  name: string;
  skip: boolean;
  /** A fresh database; each call of what it returns opens it again, as another process would. */
  opener: () => () => Promise<Store>;
}

/** A SQLite file, and PostgreSQL when TEST_POSTGRES_URL is set (skipped, with the usual note, when not). Cleans up after the file's tests. */
export function replicaStores(name: string): ReplicaStore[] {
  const files = new TempFiles();
  const schemas = new TestSchemas(TEST_POSTGRES_URL, `advisor_e2e16_${name}`);
  afterAll(async () => {
    files.remove();
    if (TEST_POSTGRES_URL) await schemas.dropAll();
  });
  if (!TEST_POSTGRES_URL) console.warn(SKIP_NOTE);
  return [
    {
      name: 'a SQLite file',
      skip: false,
      opener: () => {
        const path = files.path(`e2e-${name}`);
        return async () => SqliteStore.open(path);
      },
    },
    {
      name: 'PostgreSQL',
      skip: !TEST_POSTGRES_URL,
      opener: () => {
        const url = `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}schema=${schemas.fresh()}`;
        return () => PostgresStore.open(url);
      },
    },
  ];
}

/** The story's radar exports as BYOR and Backstage read them: Django adopted (by ADR-0002), FastAPI and Flask assessed. */
export function expectStoryRadar(csv: string, json: string): void {
  const rows = checkByorCsv(csv);
  expect(Object.fromEntries(Object.entries(rows).map(([name, row]) => [name, row.ring]))).toEqual({ Django: 'Adopt', FastAPI: 'Assess', Flask: 'Assess' });
  expect(rows.Django!.description).toMatch(/ADR-0002/);
  const radar = checkBackstageRadar(json);
  expect(radar.entries.map((e) => [e.id, e.timeline[0]!.ringId])).toEqual([
    ['django', 'adopt'],
    ['fastapi', 'assess'],
    ['flask', 'assess'],
  ]);
}

/** ADR-0001 as the platform delivered it: named for Backstage, MADR 4, accepted on the deadline, won by instant runoff. */
export function expectStoryFirstRecord(file: { filename: string; bytes: Buffer }, people: { decisionMakers: string; consulted: string }): void {
  expect(file.filename).toBe('0001-use-django-as-our-backend-framework.md');
  expect(file.filename).toMatch(BACKSTAGE_ADR_FILE);
  const madr = file.bytes.toString('utf8');
  expect(checkMadr(madr)).toMatchObject({ status: 'accepted', date: new Date(START + 2 * DAY_MS).toISOString().slice(0, 10), 'decision-makers': people.decisionMakers, consulted: people.consulted });
  expect(madr).toMatch(/^# Use Django as our backend framework$/m);
  expect(madr).toMatch(/Chosen option: "Django", because .*won the team's ranked vote by instant runoff/);
}
