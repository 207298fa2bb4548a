/**
 * OpeningStore, the start-up side of a database outage: a store that is not
 * open yet fails like an unreachable one (so the core answers "briefly
 * unavailable"), keeps trying with growing waits, and gives up at once only on
 * a failure that waiting cannot fix.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Store, StoreError, storeErrorCode } from '../../src/core/conversations/store.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { OpeningStore, type OpeningOptions, StoreNotOpenError } from '../../src/store/opening-store.js';
import { knowledge } from '../support/knowledge.js';
import { pollUntil } from '../support/service-process.js';

const unreachable = () => new StoreError('outage', 'Could not open the PostgreSQL store at db:5432/advisor: connect ECONNREFUSED', { cause: new Error('connect ECONNREFUSED') });
const worthRetrying = (error: unknown) => storeErrorCode(error) === 'outage';

const stores: OpeningStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A database that refuses `failures` attempts to open it, then opens. */
function databaseUpAfter(failures: number) {
  const attempts: number[] = [];
  const opened: MemoryStore[] = [];
  const open = async (): Promise<Store> => {
    attempts.push(attempts.length + 1);
    if (attempts.length <= failures) throw unreachable();
    const store = new MemoryStore();
    opened.push(store);
    return store;
  };
  return { open, attempts, opened };
}

async function start(options: Partial<OpeningOptions> & Pick<OpeningOptions, 'open'>): Promise<OpeningStore> {
  const store = await OpeningStore.start({ worthRetrying, firstDelayMs: 1, maxDelayMs: 4, ...options });
  stores.push(store);
  return store;
}

const asker = { tenant: 'slack:T1', channel: 'C1', user: { id: 'U1', name: 'Alice' } };

describe('OpeningStore', () => {
  it('is simply the store when the database is there at once', async () => {
    const database = databaseUpAfter(0);
    const store = await start({ open: database.open });
    expect(await store.ping()).toBe(true);
    expect(await store.claimOnce('k', 1000, 0)).toBe(true);
    expect(database.attempts).toEqual([1]);
  });

  it('fails every call like an outage until the database opens, with waits that double up to the cap', async () => {
    const database = databaseUpAfter(5);
    const waits: number[] = [];
    let opened: number | undefined;
    const store = await start({ open: database.open, onFailure: (_e, _attempt, retryInMs) => waits.push(retryInMs), onOpen: (attempts) => (opened = attempts) });
    // Checked before the first retry is due (it waits at least 1 ms): nothing is open yet.
    expect(await store.ping()).toBe(false);
    await expect(store.getVote('slack:T1', 'v1')).rejects.toBeInstanceOf(StoreNotOpenError);

    await pollUntil('the store to open', () => opened);
    expect(opened).toBe(6);
    expect(waits).toEqual([1, 2, 4, 4, 4]);
    expect(await store.ping()).toBe(true);
  });

  it('lets the core answer the stateless commands and give the notice for the rest meanwhile', async () => {
    const store = await start({ open: databaseUpAfter(Infinity).open, firstDelayMs: 60_000 });
    const core = new TeamAdvisor(knowledge(), { store });
    const [compared] = await core.handle({ type: 'text', text: 'compare django fastapi' }, asker);
    expect(compared?.type === 'respond' && compared.reply.card.title).toBe('Django vs FastAPI');
    const [notice] = await core.handle({ type: 'text', text: 'recommend' }, asker);
    expect(notice?.type === 'respond' && notice.reply.card.title).toBe('Briefly unavailable');
  });

  it('fails start-up at once when waiting cannot help', async () => {
    const badUrl = new StoreError('caller', 'DATABASE_URL is not a valid URL; expected postgres://user@host:5432/database');
    await expect(start({ open: async () => Promise.reject(badUrl) })).rejects.toBe(badUrl);
  });

  it('stops retrying when closed, and closes a store that opened during the close', async () => {
    let finishOpening: ((store: Store) => void) | undefined;
    let attempts = 0;
    const open = (): Promise<Store> => {
      attempts += 1;
      if (attempts === 1) return Promise.reject(unreachable());
      return new Promise((resolve) => (finishOpening = resolve));
    };
    const store = await start({ open });
    await pollUntil('the second attempt', () => finishOpening);
    const late = new MemoryStore();
    let lateClosed = false;
    late.close = async () => void (lateClosed = true);
    const closing = store.close();
    finishOpening!(late);
    await closing;
    expect(lateClosed).toBe(true);
    expect(await store.ping()).toBe(false);
    expect(attempts).toBe(2);
  });
});
