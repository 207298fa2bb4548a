/**
 * The behaviour every Store must have, whatever keeps the data. Each
 * implementation's test file calls storeContract with a way to open a fresh,
 * empty store (and, for durable stores, a way to close and reopen it).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/conversations/store.js';
import { DuplicateRecordError } from '../../src/store/store-errors.js';
import {
  ACME,
  BACKEND,
  GENERAL,
  GLOBEX,
  HOUR,
  T0,
  aClosedVoteDecision,
  aDecision,
  aFlow,
  aVote,
  alice,
  anInstallation,
  bob,
  carol,
  people,
  someSettings,
} from './builders.js';

/** Closes `store` and opens the same data again, as after a restart. */
export type Reopen = (store: Store) => Promise<Store>;

export function storeContract(name: string, open: () => Promise<Store>, reopen?: Reopen): void {
  describe(`${name} (Store contract)`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    describe('flows', () => {
      it('gives back a flow exactly as it was saved', async () => {
        await store.createFlow(aFlow());
        expect(await store.getFlow(ACME, 'flow-0001', T0)).toStrictEqual(aFlow());
      });

      it('knows nothing of a flow that was never saved', async () => {
        expect(await store.getFlow(ACME, 'flow-nope', T0)).toBeUndefined();
      });

      it('forgets a flow from the moment it expires', async () => {
        const flow = aFlow({ expiresAt: T0 + HOUR });
        await store.createFlow(flow);
        expect(await store.getFlow(ACME, flow.id, flow.expiresAt - 1)).toBeDefined();
        expect(await store.getFlow(ACME, flow.id, flow.expiresAt)).toBeUndefined();
        expect(await store.getFlow(ACME, flow.id, flow.expiresAt + HOUR)).toBeUndefined();
      });

      it("does not show one workspace's flow to another", async () => {
        await store.createFlow(aFlow());
        expect(await store.getFlow(GLOBEX, 'flow-0001', T0)).toBeUndefined();
      });

      it('keeps two tenants apart even when their flow ids collide', async () => {
        await store.createFlow(aFlow({ answers: { project: 'api' } }));
        await store.createFlow(aFlow({ tenant: GLOBEX, answers: { project: 'mvp' } }));
        expect((await store.getFlow(ACME, 'flow-0001', T0))?.answers).toEqual({ project: 'api' });
        expect((await store.getFlow(GLOBEX, 'flow-0001', T0))?.answers).toEqual({ project: 'mvp' });
      });

      it('refuses to save a second flow under the same id', async () => {
        await store.createFlow(aFlow());
        await expect(store.createFlow(aFlow({ channel: BACKEND }))).rejects.toThrow(DuplicateRecordError);
      });

      it('refuses a flow that is not a valid record', async () => {
        await expect(store.createFlow(aFlow({ id: 'x' }))).rejects.toThrow();
      });

      it('is not changed by callers mutating what they saved or read', async () => {
        const saved = aFlow();
        await store.createFlow(saved);
        saved.pending.push('python');
        const read = await store.getFlow(ACME, saved.id, T0);
        read?.visited.push('languages');
        expect(await store.getFlow(ACME, saved.id, T0)).toStrictEqual(aFlow());
      });

      it('applies an update made from the current version and bumps the version', async () => {
        await store.createFlow(aFlow());
        const next = aFlow({ version: 1, answers: { project: 'api', languages: ['typescript'] }, visited: ['project', 'languages'], pending: [] });
        expect(await store.updateFlow(next)).toBe(true);
        expect(await store.getFlow(ACME, next.id, T0)).toStrictEqual(next);
      });

      it('lets only the first of two clicks made from the same version apply', async () => {
        await store.createFlow(aFlow());
        const first = aFlow({ version: 1, pending: ['typescript', 'go'] });
        const second = aFlow({ version: 1, pending: [] });
        expect(await store.updateFlow(first)).toBe(true);
        expect(await store.updateFlow(second)).toBe(false);
        expect((await store.getFlow(ACME, first.id, T0))?.pending).toEqual(['typescript', 'go']);
        expect(await store.updateFlow(aFlow({ version: 2, pending: [] }))).toBe(true);
      });

      it('lets exactly one of several simultaneous updates from the same version apply', async () => {
        await store.createFlow(aFlow());
        const results = await Promise.all(['go', 'rust', 'java'].map((language) => store.updateFlow(aFlow({ version: 1, pending: [language] }))));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect((await store.getFlow(ACME, 'flow-0001', T0))?.version).toBe(1);
      });

      it('rejects an update that skips a version, or targets a flow that does not exist', async () => {
        await store.createFlow(aFlow());
        expect(await store.updateFlow(aFlow({ version: 2 }))).toBe(false);
        expect(await store.updateFlow(aFlow({ id: 'flow-nope', version: 1 }))).toBe(false);
      });

      it("does not let another workspace update a flow", async () => {
        await store.createFlow(aFlow());
        expect(await store.updateFlow(aFlow({ tenant: GLOBEX, version: 1, pending: [] }))).toBe(false);
        expect(await store.getFlow(ACME, 'flow-0001', T0)).toStrictEqual(aFlow());
      });
    });

    describe('votes', () => {
      it('gives back a new vote exactly as it was saved', async () => {
        await store.createVote(aVote());
        expect(await store.getVote(ACME, 'vote-0001')).toStrictEqual(aVote());
      });

      it('keeps a vote created with ballots already in it', async () => {
        const vote = aVote({ ballots: { [alice.id]: 'django' }, voters: { [alice.id]: alice.name } });
        await store.createVote(vote);
        expect(await store.getVote(ACME, vote.id)).toStrictEqual(vote);
      });

      it('refuses a vote whose ballots and voter names disagree', async () => {
        await expect(store.createVote(aVote({ ballots: { [alice.id]: 'django' }, voters: {} }))).rejects.toThrow(/same people/);
      });

      it('refuses to save a second vote under the same id', async () => {
        await store.createVote(aVote());
        await expect(store.createVote(aVote())).rejects.toThrow(DuplicateRecordError);
      });

      it('counts a ballot and returns the vote with it', async () => {
        await store.createVote(aVote());
        const result = await store.castVote(ACME, 'vote-0001', alice, 'fastify');
        expect(result).toStrictEqual({
          outcome: 'counted',
          vote: aVote({ ballots: { [alice.id]: 'fastify' }, voters: { [alice.id]: 'Alice' } }),
        });
        expect(await store.getVote(ACME, 'vote-0001')).toStrictEqual(result.outcome === 'counted' ? result.vote : undefined);
      });

      it('keeps one ballot per person: voting again changes it', async () => {
        await store.createVote(aVote());
        await store.castVote(ACME, 'vote-0001', alice, 'fastify');
        await store.castVote(ACME, 'vote-0001', bob, 'django');
        await store.castVote(ACME, 'vote-0001', { id: alice.id, name: 'Alice L.' }, 'nestjs');
        const vote = await store.getVote(ACME, 'vote-0001');
        expect(vote?.ballots).toEqual({ [alice.id]: 'nestjs', [bob.id]: 'django' });
        expect(vote?.voters).toEqual({ [alice.id]: 'Alice L.', [bob.id]: 'Bob' });
      });

      it('turns away a choice that is not on the ballot, leaving the vote as it was', async () => {
        await store.createVote(aVote());
        const result = await store.castVote(ACME, 'vote-0001', alice, 'rails');
        expect(result).toStrictEqual({ outcome: 'not-an-option', vote: aVote() });
        expect(await store.getVote(ACME, 'vote-0001')).toStrictEqual(aVote());
      });

      it('turns away a ballot once the vote is closed', async () => {
        await store.createVote(aVote());
        await store.closeVote(ACME, 'vote-0001', T0 + HOUR);
        const result = await store.castVote(ACME, 'vote-0001', alice, 'fastify');
        expect(result).toStrictEqual({ outcome: 'closed', vote: aVote({ closedAt: T0 + HOUR }) });
      });

      it('reports a vote that does not exist, or belongs to another workspace, as missing', async () => {
        await store.createVote(aVote());
        expect(await store.castVote(ACME, 'vote-nope', alice, 'fastify')).toEqual({ outcome: 'missing' });
        expect(await store.castVote(GLOBEX, 'vote-0001', alice, 'fastify')).toEqual({ outcome: 'missing' });
        expect(await store.getVote(GLOBEX, 'vote-0001')).toBeUndefined();
        expect((await store.getVote(ACME, 'vote-0001'))?.ballots).toEqual({});
      });

      it('counts every one of 50 people voting at the same moment', async () => {
        const vote = aVote();
        await store.createVote(vote);
        const crowd = people(50);
        const results = await Promise.all(crowd.map((person, i) => store.castVote(ACME, vote.id, person, vote.options[i % 3] ?? 'fastify')));
        expect(results.every((r) => r.outcome === 'counted')).toBe(true);
        const final = await store.getVote(ACME, vote.id);
        expect(Object.keys(final?.ballots ?? {})).toHaveLength(50);
        expect(tally(final?.ballots ?? {})).toEqual({ fastify: 17, nestjs: 17, django: 16 });
      });

      it('closes once: the second close says it was already closed, keeping the first time', async () => {
        await store.createVote(aVote());
        await store.castVote(ACME, 'vote-0001', alice, 'django');
        const first = await store.closeVote(ACME, 'vote-0001', T0 + HOUR);
        const second = await store.closeVote(ACME, 'vote-0001', T0 + 2 * HOUR);
        const closed = aVote({ closedAt: T0 + HOUR, ballots: { [alice.id]: 'django' }, voters: { [alice.id]: 'Alice' } });
        expect(first).toStrictEqual({ outcome: 'closed', vote: closed });
        expect(second).toStrictEqual({ outcome: 'already-closed', vote: closed });
      });

      it('lets exactly one of several simultaneous closes win', async () => {
        await store.createVote(aVote());
        const results = await Promise.all([1, 2, 3].map((n) => store.closeVote(ACME, 'vote-0001', T0 + n)));
        expect(results.map((r) => r.outcome).sort()).toEqual(['already-closed', 'already-closed', 'closed']);
      });

      it('reports closing a vote that does not exist, or belongs to another workspace, as missing', async () => {
        await store.createVote(aVote());
        expect(await store.closeVote(ACME, 'vote-nope', T0)).toEqual({ outcome: 'missing' });
        expect(await store.closeVote(GLOBEX, 'vote-0001', T0)).toEqual({ outcome: 'missing' });
        expect((await store.getVote(ACME, 'vote-0001'))?.closedAt).toBeUndefined();
      });
    });

    describe('votes with a deadline, a style, ranked ballots and added options', () => {
      const ranked = (overrides: Parameters<typeof aVote>[0] = {}) => aVote({ method: 'ranked', anonymous: true, closesAt: T0 + HOUR, decisionNumber: 3, ...overrides });

      it('keeps the deadline, the method, anonymity and the decision number', async () => {
        await store.createVote(ranked());
        await store.createVote(aVote({ id: 'vote-0002', anonymous: false, method: 'plurality' }));
        expect(await store.getVote(ACME, 'vote-0001')).toStrictEqual(ranked());
        expect(await store.getVote(ACME, 'vote-0002')).toStrictEqual(aVote({ id: 'vote-0002', anonymous: false, method: 'plurality' }));
      });

      it('counts a ranked ballot as an order of options, and turns away repeats, strangers and rankings on a plain vote', async () => {
        await store.createVote(ranked());
        await store.createVote(aVote({ id: 'vote-0002' }));
        expect((await store.castVote(ACME, 'vote-0001', alice, 'nestjs>django')).outcome).toBe('counted');
        expect((await store.castVote(ACME, 'vote-0001', bob, 'django')).outcome).toBe('counted');
        expect((await store.castVote(ACME, 'vote-0001', carol, 'nestjs>nestjs')).outcome).toBe('not-an-option');
        expect((await store.castVote(ACME, 'vote-0001', carol, 'rails>django')).outcome).toBe('not-an-option');
        expect((await store.castVote(ACME, 'vote-0002', carol, 'nestjs>django')).outcome).toBe('not-an-option');
        expect((await store.getVote(ACME, 'vote-0001'))?.ballots).toEqual({ [alice.id]: 'nestjs>django', [bob.id]: 'django' });
      });

      it('lists the open votes of every workspace whose deadline has passed, soonest first, each with its tenant and ballots', async () => {
        await store.createVote(ranked({ id: 'vote-late', closesAt: T0 + 2 * HOUR }));
        await store.createVote(aVote({ id: 'vote-soon', tenant: GLOBEX, closesAt: T0 + HOUR }));
        await store.createVote(aVote({ id: 'vote-none' }));
        await store.createVote(aVote({ id: 'vote-shut', closesAt: T0 }));
        await store.closeVote(ACME, 'vote-shut', T0);
        await store.castVote(ACME, 'vote-late', alice, 'django>nestjs');
        expect(await store.dueVotes(T0 + HOUR - 1, 10)).toEqual([]);
        expect((await store.dueVotes(T0 + HOUR, 10)).map((v) => [v.tenant, v.id])).toEqual([[GLOBEX, 'vote-soon']]);
        const due = await store.dueVotes(T0 + 3 * HOUR, 10);
        expect(due.map((v) => [v.tenant, v.id])).toEqual([
          [GLOBEX, 'vote-soon'],
          [ACME, 'vote-late'],
        ]);
        expect(due[1]?.ballots).toEqual({ [alice.id]: 'django>nestjs' });
        expect((await store.dueVotes(T0 + 3 * HOUR, 1)).map((v) => v.id)).toEqual(['vote-soon']);
        await store.closeVote(GLOBEX, 'vote-soon', T0 + 3 * HOUR);
        expect((await store.dueVotes(T0 + 3 * HOUR, 10)).map((v) => v.id)).toEqual(['vote-late']);
        await expect(store.dueVotes(T0, -1)).rejects.toThrow();
      });

      it('adds an option before the first ballot only, never twice, never past five, never to a closed vote', async () => {
        await store.createVote(aVote());
        expect(await store.addVoteOption(ACME, 'vote-0001', 'rails')).toBe(true);
        expect(await store.addVoteOption(ACME, 'vote-0001', 'rails')).toBe(false);
        expect(await store.addVoteOption(ACME, 'vote-0001', 'laravel')).toBe(true);
        expect(await store.addVoteOption(ACME, 'vote-0001', 'koa')).toBe(false);
        expect((await store.getVote(ACME, 'vote-0001'))?.options).toEqual(['fastify', 'nestjs', 'django', 'rails', 'laravel']);

        await store.createVote(aVote({ id: 'vote-0002' }));
        await store.castVote(ACME, 'vote-0002', alice, 'django');
        expect(await store.addVoteOption(ACME, 'vote-0002', 'rails')).toBe(false);
        await store.createVote(aVote({ id: 'vote-0003' }));
        await store.closeVote(ACME, 'vote-0003', T0);
        expect(await store.addVoteOption(ACME, 'vote-0003', 'rails')).toBe(false);
        expect(await store.addVoteOption(ACME, 'vote-nope', 'rails')).toBe(false);
        expect((await store.getVote(ACME, 'vote-0002'))?.options).toEqual(aVote().options);
      });

      it("never adds to another workspace's vote of the same id", async () => {
        await store.createVote(aVote());
        await store.createVote(aVote({ tenant: GLOBEX }));
        expect(await store.addVoteOption(GLOBEX, 'vote-0001', 'rails')).toBe(true);
        expect((await store.getVote(ACME, 'vote-0001'))?.options).toEqual(aVote().options);
        expect((await store.getVote(GLOBEX, 'vote-0001'))?.options).toEqual([...aVote().options, 'rails']);
      });

      it('keeps every option an add reported, and no ballot next to an option added after it, when adds and a first ballot race', async () => {
        for (let round = 0; round < 5; round++) {
          const id = `vote-race${round}`;
          await store.createVote(aVote({ id }));
          const [added1, cast, added2] = await Promise.all([
            store.addVoteOption(ACME, id, 'rails'),
            store.castVote(ACME, id, alice, 'django'),
            store.addVoteOption(ACME, id, 'laravel'),
          ]);
          const final = await store.getVote(ACME, id);
          expect(cast.outcome).toBe('counted');
          expect([...final!.options].sort()).toEqual([...aVote().options, ...(added1 ? ['rails'] : []), ...(added2 ? ['laravel'] : [])].sort());
          // No option joined after the ballot: the ballot was cast on the final list.
          expect(cast.outcome === 'counted' && cast.vote.options).toEqual(final?.options);
        }
      });
    });

    describe('decisions', () => {
      it('gives back decisions exactly as saved, including ones without answers or a winner', async () => {
        const { decision: _noWinner, ...level } = aClosedVoteDecision({ id: 'dec-level', tally: { fastify: 1, nestjs: 1 } });
        await store.addDecision(level);
        await store.addDecision(aDecision({ createdAt: T0 - 1 }));
        expect(await store.listDecisions(ACME, GENERAL, 10)).toStrictEqual([
          { ...level, number: 1 },
          { ...aDecision({ createdAt: T0 - 1 }), number: 2 },
        ]);
      });

      it('numbers each channel 1, 2, 3 in its own workspace, and finds a decision by its number there only', async () => {
        const first = await store.addDecision(aDecision({ id: 'dec-aaaa' }));
        const second = await store.addDecision(aDecision({ id: 'dec-bbbb' }));
        const otherChannel = await store.addDecision(aDecision({ id: 'dec-cccc', channel: BACKEND }));
        const otherWorkspace = await store.addDecision(aDecision({ id: 'dec-dddd', tenant: GLOBEX }));
        expect([first.number, second.number, otherChannel.number, otherWorkspace.number]).toEqual([1, 2, 1, 1]);
        expect((await store.getDecision(ACME, GENERAL, 2))?.id).toBe('dec-bbbb');
        expect((await store.getDecision(GLOBEX, GENERAL, 1))?.id).toBe('dec-dddd');
        expect(await store.getDecision(GLOBEX, GENERAL, 2)).toBeUndefined();
      });

      it('gives distinct numbers to decisions recorded at the same moment', async () => {
        const recorded = await Promise.all(Array.from({ length: 8 }, (_, i) => store.addDecision(aDecision({ id: `dec-${i}-same` }))));
        expect(recorded.map((d) => d.number).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      });

      it('keeps status and details, and updates them in place without renumbering or crossing workspaces', async () => {
        const details = { title: 'Use Fastify', decisionMakers: [alice], consulted: [bob], reason: { why: ['fast'] }, evidence: {}, consequences: { watchouts: ['young'], line: '5', supportedUntil: '2030-01-01' } };
        const saved = await store.addDecision(aDecision({ status: 'proposed', details }));
        expect(await store.getDecision(ACME, GENERAL, 1)).toStrictEqual(saved);
        expect(await store.updateDecision({ ...saved, status: 'accepted', details: { ...details, supersedes: 3 } })).toBe(true);
        expect(await store.getDecision(ACME, GENERAL, 1)).toMatchObject({ number: 1, status: 'accepted', details: { supersedes: 3 } });
        expect(await store.updateDecision({ ...saved, tenant: GLOBEX, status: 'deprecated' })).toBe(false);
        expect(await store.acceptedDecisions(10)).toHaveLength(1);
      });

      it('keeps revisit alerts per channel of one workspace', async () => {
        await store.setAlertsOff(ACME, GENERAL, true);
        expect(await store.alertsOff(ACME, GENERAL)).toBe(true);
        expect(await store.alertsOff(GLOBEX, GENERAL)).toBe(false);
        expect(await store.alertsOff(ACME, BACKEND)).toBe(false);
        await store.setAlertsOff(ACME, GENERAL, false);
        expect(await store.alertsOff(ACME, GENERAL)).toBe(false);
      });

      it('lists newest first, and among equal times the one recorded last first', async () => {
        await store.addDecision(aDecision({ id: 'dec-monday', createdAt: T0 }));
        await store.addDecision(aDecision({ id: 'dec-friday', createdAt: T0 + 4 * 24 * HOUR }));
        await store.addDecision(aDecision({ id: 'dec-tuesday', createdAt: T0 + 24 * HOUR }));
        await store.addDecision(aDecision({ id: 'dec-tuesday-2', createdAt: T0 + 24 * HOUR }));
        const ids = (await store.listDecisions(ACME, GENERAL, 10)).map((d) => d.id);
        expect(ids).toEqual(['dec-friday', 'dec-tuesday-2', 'dec-tuesday', 'dec-monday']);
      });

      it("lists only the channel's own decisions, within its own workspace", async () => {
        await store.addDecision(aDecision({ id: 'dec-general' }));
        await store.addDecision(aDecision({ id: 'dec-backend', channel: BACKEND }));
        await store.addDecision(aDecision({ id: 'dec-globex', tenant: GLOBEX }));
        expect((await store.listDecisions(ACME, GENERAL, 10)).map((d) => d.id)).toEqual(['dec-general']);
        expect((await store.listDecisions(ACME, BACKEND, 10)).map((d) => d.id)).toEqual(['dec-backend']);
        expect((await store.listDecisions(GLOBEX, GENERAL, 10)).map((d) => d.id)).toEqual(['dec-globex']);
        expect(await store.listDecisions(GLOBEX, BACKEND, 10)).toEqual([]);
      });

      it('returns at most `limit` decisions, the newest ones', async () => {
        for (let day = 0; day < 5; day++) await store.addDecision(aDecision({ id: `dec-day-${day}`, createdAt: T0 + day * 24 * HOUR }));
        expect((await store.listDecisions(ACME, GENERAL, 2)).map((d) => d.id)).toEqual(['dec-day-4', 'dec-day-3']);
        expect(await store.listDecisions(ACME, GENERAL, 0)).toEqual([]);
      });

      it('refuses a negative or fractional limit rather than guessing', async () => {
        await expect(store.listDecisions(ACME, GENERAL, -1)).rejects.toThrow(RangeError);
        await expect(store.listDecisions(ACME, GENERAL, 1.5)).rejects.toThrow(RangeError);
      });

      it('refuses to record the same decision twice', async () => {
        await store.addDecision(aDecision());
        await expect(store.addDecision(aDecision())).rejects.toThrow(DuplicateRecordError);
      });
    });

    describe('channel settings', () => {
      it('has none until someone sets them', async () => {
        expect(await store.getChannelSettings(ACME, GENERAL)).toBeUndefined();
      });

      it('keeps, replaces and clears them', async () => {
        await store.setChannelSettings(ACME, GENERAL, someSettings());
        expect(await store.getChannelSettings(ACME, GENERAL)).toStrictEqual(someSettings());
        const changed = someSettings({ importance: { ease: 10 }, setBy: alice, updatedAt: T0 + HOUR });
        await store.setChannelSettings(ACME, GENERAL, changed);
        expect(await store.getChannelSettings(ACME, GENERAL)).toStrictEqual(changed);
        await store.setChannelSettings(ACME, GENERAL, undefined);
        expect(await store.getChannelSettings(ACME, GENERAL)).toBeUndefined();
      });

      it('belong to one channel of one workspace', async () => {
        await store.setChannelSettings(ACME, GENERAL, someSettings());
        expect(await store.getChannelSettings(ACME, BACKEND)).toBeUndefined();
        expect(await store.getChannelSettings(GLOBEX, GENERAL)).toBeUndefined();
        await store.setChannelSettings(GLOBEX, GENERAL, undefined);
        expect(await store.getChannelSettings(ACME, GENERAL)).toStrictEqual(someSettings());
      });
    });

    describe('workspace-wide listings (the Home tab)', () => {
      it('lists the open votes of every channel of the workspace, newest first, without closed ones or other workspaces', async () => {
        await store.createVote(aVote({ id: 'vote-old', createdAt: T0 }));
        await store.createVote(aVote({ id: 'vote-new', channel: BACKEND, createdAt: T0 + HOUR }));
        await store.createVote(aVote({ id: 'vote-shut', createdAt: T0 + 2 * HOUR }));
        await store.createVote(aVote({ id: 'vote-globex', tenant: GLOBEX, createdAt: T0 + 3 * HOUR }));
        await store.castVote(ACME, 'vote-new', alice, 'django');
        await store.closeVote(ACME, 'vote-shut', T0 + 2 * HOUR);
        const open = await store.listOpenVotes(ACME, 10);
        expect(open.map((v) => v.id)).toEqual(['vote-new', 'vote-old']);
        expect(open[0]?.ballots).toEqual({ [alice.id]: 'django' });
        expect((await store.listOpenVotes(ACME, 1)).map((v) => v.id)).toEqual(['vote-new']);
      });

      it("lists the decisions of every channel of the workspace, newest first, and only that workspace's", async () => {
        await store.addDecision(aDecision({ id: 'dec-general', createdAt: T0 }));
        await store.addDecision(aDecision({ id: 'dec-backend', channel: BACKEND, createdAt: T0 + HOUR }));
        await store.addDecision(aDecision({ id: 'dec-globex', tenant: GLOBEX, createdAt: T0 + 2 * HOUR }));
        expect((await store.listTenantDecisions(ACME, 10)).map((d) => d.id)).toEqual(['dec-backend', 'dec-general']);
        expect((await store.listTenantDecisions(ACME, 1)).map((d) => d.id)).toEqual(['dec-backend']);
        await expect(store.listTenantDecisions(ACME, -1)).rejects.toThrow(RangeError);
      });
    });

    describe('remembered answers', () => {
      it("keeps a person's last answers per workspace, replaced by the next ones", async () => {
        expect(await store.getLastAnswers(ACME, alice.id)).toBeUndefined();
        await store.setLastAnswers(ACME, alice.id, { answers: { project: 'api', languages: ['go'] }, updatedAt: T0 });
        await store.setLastAnswers(ACME, alice.id, { answers: { project: 'mvp' }, updatedAt: T0 + HOUR });
        expect(await store.getLastAnswers(ACME, alice.id)).toStrictEqual({ answers: { project: 'mvp' }, updatedAt: T0 + HOUR });
        expect(await store.getLastAnswers(GLOBEX, alice.id)).toBeUndefined();
        expect(await store.getLastAnswers(ACME, bob.id)).toBeUndefined();
      });
    });

    describe('installations', () => {
      it('keeps, replaces and deletes an installation by its key', async () => {
        expect(await store.getInstallation(anInstallation().key)).toBeUndefined();
        await store.saveInstallation(anInstallation());
        expect(await store.getInstallation(anInstallation().key)).toStrictEqual(anInstallation());
        const rotated = anInstallation({ sealed: 'v1.bmV3LXRva2Vucw', updatedAt: T0 + HOUR });
        await store.saveInstallation(rotated);
        expect(await store.getInstallation(rotated.key)).toStrictEqual(rotated);
        expect(await store.deleteInstallation(rotated.key)).toBe(true);
        expect(await store.deleteInstallation(rotated.key)).toBe(false);
        expect(await store.getInstallation(rotated.key)).toBeUndefined();
      });

      it("keeps one workspace's installation apart from another's and from an organisation's", async () => {
        const org = anInstallation({ key: 'slack:enterprise:EACME01', sealed: 'v1.b3Jn' });
        await store.saveInstallation(anInstallation());
        await store.saveInstallation(org);
        await store.deleteInstallation('slack:team:TOTHER1');
        expect(await store.getInstallation(org.key)).toStrictEqual(org);
        expect(await store.getInstallation(anInstallation().key)).toStrictEqual(anInstallation());
      });

      it('refuses an installation that is not a valid record', async () => {
        await expect(store.saveInstallation(anInstallation({ sealed: '' }))).rejects.toThrow();
      });
    });

    describe('erasing a workspace after it uninstalled', () => {
      it('tells which erasures are due, oldest first, and forgets a cancelled one', async () => {
        await store.scheduleErasure({ tenant: ACME, dueAt: T0 + 2 * HOUR });
        await store.scheduleErasure({ tenant: GLOBEX, dueAt: T0 + HOUR });
        expect(await store.dueErasures(T0)).toEqual([]);
        expect(await store.dueErasures(T0 + 2 * HOUR)).toStrictEqual([{ tenant: GLOBEX, dueAt: T0 + HOUR }, { tenant: ACME, dueAt: T0 + 2 * HOUR }]);
        expect(await store.cancelErasure(GLOBEX)).toBe(true);
        expect(await store.cancelErasure(GLOBEX)).toBe(false);
        await store.scheduleErasure({ tenant: ACME, dueAt: T0 + 5 * HOUR });
        expect(await store.dueErasures(T0 + 2 * HOUR)).toEqual([]);
      });

      it("deletes every record of that workspace and nothing of another's", async () => {
        for (const tenant of [ACME, GLOBEX]) {
          await store.createFlow(aFlow({ tenant }));
          await store.createVote(aVote({ tenant }));
          await store.castVote(tenant, 'vote-0001', alice, 'django');
          await store.addDecision(aDecision({ tenant }));
          await store.setChannelSettings(tenant, GENERAL, someSettings());
          await store.setLastAnswers(tenant, alice.id, { answers: { project: 'api' }, updatedAt: T0 });
          await store.scheduleErasure({ tenant, dueAt: T0 });
        }
        await store.saveInstallation(anInstallation());
        await store.eraseTenant(ACME);
        expect(await store.getFlow(ACME, 'flow-0001', T0)).toBeUndefined();
        expect(await store.getVote(ACME, 'vote-0001')).toBeUndefined();
        expect(await store.listTenantDecisions(ACME, 10)).toEqual([]);
        expect(await store.getChannelSettings(ACME, GENERAL)).toBeUndefined();
        expect(await store.getLastAnswers(ACME, alice.id)).toBeUndefined();
        expect(await store.dueErasures(T0)).toStrictEqual([{ tenant: GLOBEX, dueAt: T0 }]);
        // The installation is the adapter's business: it is deleted at uninstall, not here.
        expect(await store.getInstallation(anInstallation().key)).toBeDefined();
        expect(await store.getFlow(GLOBEX, 'flow-0001', T0)).toBeDefined();
        expect((await store.getVote(GLOBEX, 'vote-0001'))?.ballots).toEqual({ [alice.id]: 'django' });
        expect(await store.listTenantDecisions(GLOBEX, 10)).toHaveLength(1);
        expect(await store.getChannelSettings(GLOBEX, GENERAL)).toBeDefined();
        expect(await store.getLastAnswers(GLOBEX, alice.id)).toBeDefined();
      });
    });

    describe('claimOnce', () => {
      const minute = 60_000;

      it('claims a delivery the first time only', async () => {
        expect(await store.claimOnce('slack:Ev01', minute, T0)).toBe(true);
        expect(await store.claimOnce('slack:Ev01', minute, T0 + 1)).toBe(false);
        expect(await store.claimOnce('slack:Ev02', minute, T0 + 1)).toBe(true);
      });

      it('lets the key be claimed again once its TTL has passed', async () => {
        await store.claimOnce('slack:Ev01', minute, T0);
        expect(await store.claimOnce('slack:Ev01', minute, T0 + minute - 1)).toBe(false);
        expect(await store.claimOnce('slack:Ev01', minute, T0 + minute)).toBe(true);
        expect(await store.claimOnce('slack:Ev01', minute, T0 + minute + 1)).toBe(false);
      });

      it('gives a key to exactly one of several simultaneous claims', async () => {
        const results = await Promise.all(Array.from({ length: 10 }, () => store.claimOnce('discord:Ix01', minute, T0)));
        expect(results.filter(Boolean)).toHaveLength(1);
      });

      it('refuses a TTL that would turn dedupe off', async () => {
        await expect(store.claimOnce('slack:Ev01', 0, T0)).rejects.toThrow(RangeError);
      });
    });

    describe('releaseClaim', () => {
      const minute = 60_000;

      it('gives a claim back, so the key can be claimed again before its TTL, then once more only', async () => {
        await store.claimOnce('revisit:Ev01', minute, T0);
        await store.releaseClaim('revisit:Ev01');
        expect(await store.claimOnce('revisit:Ev01', minute, T0 + 1)).toBe(true);
        expect(await store.claimOnce('revisit:Ev01', minute, T0 + 2)).toBe(false);
      });

      it('leaves other claims alone, and does nothing for a key never claimed', async () => {
        await store.claimOnce('revisit:Ev01', minute, T0);
        await store.releaseClaim('revisit:Ev02');
        expect(await store.claimOnce('revisit:Ev01', minute, T0 + 1)).toBe(false);
        expect(await store.claimOnce('revisit:Ev02', minute, T0 + 1)).toBe(true);
      });

      it('gives a released key to exactly one of several simultaneous claims', async () => {
        await store.claimOnce('revisit:Ev01', minute, T0);
        await store.releaseClaim('revisit:Ev01');
        const results = await Promise.all(Array.from({ length: 10 }, () => store.claimOnce('revisit:Ev01', minute, T0 + 1)));
        expect(results.filter(Boolean)).toHaveLength(1);
      });
    });

    describe('health', () => {
      it('answers ping while open, and not after close', async () => {
        expect(await store.ping()).toBe(true);
        await store.close();
        expect(await store.ping()).toBe(false);
        await expect(store.getVote(ACME, 'vote-0001')).rejects.toThrow();
      });
    });

    if (reopen) {
      describe('after a restart', () => {
        it('still has flows, votes with their ballots, decisions, settings and claims', async () => {
          await store.createFlow(aFlow());
          await store.createVote(aVote());
          await store.castVote(ACME, 'vote-0001', alice, 'fastify');
          await store.castVote(ACME, 'vote-0001', carol, 'django');
          await store.closeVote(ACME, 'vote-0001', T0 + HOUR);
          await store.addDecision(aDecision({ id: 'dec-older', createdAt: T0 - 1 }));
          await store.addDecision(aClosedVoteDecision({ id: 'dec-newer' }));
          await store.setChannelSettings(ACME, GENERAL, someSettings());
          await store.claimOnce('slack:Ev01', HOUR, T0);
          await store.saveInstallation(anInstallation());
          await store.setLastAnswers(ACME, alice.id, { answers: { project: 'api' }, updatedAt: T0 });
          await store.scheduleErasure({ tenant: GLOBEX, dueAt: T0 });

          store = await reopen(store);

          expect(await store.getFlow(ACME, 'flow-0001', T0)).toStrictEqual(aFlow());
          expect(await store.getVote(ACME, 'vote-0001')).toStrictEqual(
            aVote({ ballots: { [alice.id]: 'fastify', [carol.id]: 'django' }, voters: { [alice.id]: 'Alice', [carol.id]: 'Carol' }, closedAt: T0 + HOUR }),
          );
          expect((await store.listDecisions(ACME, GENERAL, 10)).map((d) => d.id)).toEqual(['dec-newer', 'dec-older']);
          expect(await store.getChannelSettings(ACME, GENERAL)).toStrictEqual(someSettings());
          expect(await store.claimOnce('slack:Ev01', HOUR, T0 + 1)).toBe(false);
          expect(await store.getInstallation(anInstallation().key)).toStrictEqual(anInstallation());
          expect(await store.getLastAnswers(ACME, alice.id)).toStrictEqual({ answers: { project: 'api' }, updatedAt: T0 });
          expect(await store.dueErasures(T0)).toStrictEqual([{ tenant: GLOBEX, dueAt: T0 }]);
        });
      });
    }
  });
}

function tally(ballots: Record<string, string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const choice of Object.values(ballots)) counts[choice] = (counts[choice] ?? 0) + 1;
  return counts;
}
