/**
 * A comparison depends only on the frameworks and the channel's priorities
 * (the knowledge base does not change while the service runs), so the same
 * comparison is scored and built once and then answered from memory. The
 * scorer is counted here (vitest wraps the module); what people see must not
 * change: a new channel priority, or another channel's, still gives its own card.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';
import { TeamChat } from '../support/team-chat.js';

const calls = vi.hoisted(() => ({ scored: 0 }));

vi.mock('../../src/core/scoring/rank.js', async (original) => {
  const actual = await original<typeof import('../../src/core/scoring/rank.js')>();
  return { ...actual, scoreFramework: (...args: Parameters<typeof actual.scoreFramework>) => (calls.scored++, actual.scoreFramework(...args)) };
});

beforeEach(() => (calls.scored = 0));

/** The whole card as text: where its weights are named, and every score under them. */
const cardText = (chat: TeamChat, who: string) => async (text: string) => JSON.stringify((await chat.say(who, text))[0]!.reply.card);

describe('the same comparison asked again', () => {
  it('is scored once and answered with the same card, to anyone in the channel', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const [first] = await chat.say('Alice', 'compare django fastapi');
    expect(calls.scored).toBe(2);
    const [again] = await chat.say('Bob', 'compare django and fastapi');
    expect(calls.scored).toBe(2);
    expect(again!.reply.card).toEqual(first!.reply.card);
    expect(again!.reply.data).toEqual(first!.reply.data);
    await chat.say('Bob', 'compare fastapi django');
    expect(calls.scored).toBe(4);
  });

  it("follows the channel's priorities as they change, and keeps each channel's apart", async () => {
    const store = new MemoryStore();
    const advisor = new TeamAdvisor(knowledge(), { store });
    const backend = new TeamChat(advisor, 'slack:T1', 'C-backend');
    const other = new TeamChat(advisor, 'slack:T1', 'C-other');
    const equal = await cardText(backend, 'Alice')('compare django fastapi');
    await backend.say('Alice', 'weights performance=5 security=1');
    const weighted = await cardText(backend, 'Bob')('compare django fastapi');
    expect(weighted).not.toEqual(equal);
    expect(weighted).toContain("this channel's priorities");
    expect(equal).not.toContain("this channel's priorities");
    expect(await cardText(other, 'Carol')('compare django fastapi')).toEqual(equal);
    await backend.say('Alice', 'weights reset');
    expect(await cardText(backend, 'Bob')('compare django fastapi')).toEqual(equal);
  });

  it('cannot be changed by whoever receives it: a kept reply is frozen', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const [first] = await chat.say('Alice', 'compare django fastapi');
    expect(() => ((first!.reply.card as { title: string }).title = 'changed')).toThrow(TypeError);
    const [again] = await chat.say('Bob', 'compare django fastapi');
    expect(again!.reply.card.title).toBe(first!.reply.card.title);
  });
});
