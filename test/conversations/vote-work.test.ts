/**
 * A vote is about the shortlist its result offered: starting and closing it
 * decide nothing again. The scorer's entry points are counted here (vitest
 * wraps the modules), so a use case that quietly rebuilt a recommendation,
 * with its 2,000 confidence draws, to get three ids would fail.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';
import { TeamChat } from '../support/team-chat.js';

const calls = vi.hoisted(() => ({ recommend: 0, rank: 0, confidence: 0 }));

vi.mock('../../src/core/scoring/recommendation.js', async (original) => {
  const actual = await original<typeof import('../../src/core/scoring/recommendation.js')>();
  return { ...actual, recommend: (...args: Parameters<typeof actual.recommend>) => (calls.recommend++, actual.recommend(...args)) };
});
vi.mock('../../src/core/scoring/rank.js', async (original) => {
  const actual = await original<typeof import('../../src/core/scoring/rank.js')>();
  return { ...actual, rank: (...args: Parameters<typeof actual.rank>) => (calls.rank++, actual.rank(...args)) };
});
vi.mock('../../src/core/scoring/confidence.js', async (original) => {
  const actual = await original<typeof import('../../src/core/scoring/confidence.js')>();
  return { ...actual, confidence: (...args: Parameters<typeof actual.confidence>) => (calls.confidence++, actual.confidence(...args)) };
});

const work = () => ({ ...calls });
beforeEach(() => Object.assign(calls, { recommend: 0, rank: 0, confidence: 0 }));

describe('a team vote on a recommendation', () => {
  it('starts and closes without any recommendation work, on the shortlist the card offered', async () => {
    const store = new MemoryStore();
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store }));
    const [own] = await chat.say('Alice', 'recommend language=typescript project=microservices priorities=scalability builtins=none scale=millions team=mixed');
    expect(work().recommend).toBe(1);
    const offered = JSON.parse(JSON.stringify(own!.reply.data.ranking)).slice(0, 3).map((r: { id: string }) => r.id);

    Object.assign(calls, { recommend: 0, rank: 0, confidence: 0 });
    const [vote] = await chat.click('Alice', own!, 'Start a team vote');
    expect(vote!.reply.card.title).toBe('Team vote: which framework should we use?');
    const ballot = vote!.reply.card.actions.flatMap((a) => (a.type === 'button' && a.id.startsWith('vote:') && !a.id.endsWith(':close') ? [a.id.split(':').at(-1)] : []));
    expect(ballot).toEqual(offered);

    await chat.click('Bob', vote!, /NestJS/);
    await chat.click('Alice', vote!, 'Close vote');
    expect(vote!.reply.card.title).toBe('Vote closed: NestJS wins');
    expect(work()).toEqual({ recommend: 0, rank: 0, confidence: 0 });

    const [decision] = await store.listDecisions('slack:T1', 'C1', 1);
    expect(decision!.options.map((o) => o.id)).toEqual(offered);
    expect(decision!.options.every((o) => o.score > 0 && o.score <= 10)).toBe(true);
  });

  it('still starts from a button made before votes carried their shortlist, deciding once', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const [own] = await chat.say('Alice', 'recommend language=typescript project=microservices priorities=scalability builtins=none scale=millions team=mixed');
    const old = own!.reply.card.actions.map((a) => (a.type === 'button' && a.label === 'Start a team vote' ? { ...a, id: a.id.split(':').slice(0, 4).join(':') } : a));
    const older = { ...own!, reply: { ...own!.reply, card: { ...own!.reply.card, actions: old } } };
    const [vote] = await chat.click('Alice', older, 'Start a team vote');
    expect(vote!.reply.card.title).toBe('Team vote: which framework should we use?');
    expect(JSON.stringify(vote!.reply.card)).toMatch(/NestJS/);
  });
});
