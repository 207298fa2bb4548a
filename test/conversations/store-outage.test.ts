import { describe, expect, it } from 'vitest';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { DamagedRowError } from '../../src/store/store-errors.js';
import { flakyStore } from '../support/flaky-store.js';
import { knowledge } from '../support/knowledge.js';
import { TeamChat } from '../support/team-chat.js';

describe('when the database is unreachable', () => {
  it('still answers the stateless commands', async () => {
    const db = flakyStore();
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: db.store }));
    db.down();
    expect((await chat.say('Alice', 'compare django fastapi'))[0]!.reply.card.title).toBe('Django vs FastAPI');
    expect((await chat.say('Alice', 'info gin'))[0]!.reply.card.title).toBe('Gin');
    expect((await chat.say('Alice', 'top'))[0]!.reply.card.title).toMatch(/^Top frameworks/);
    expect((await chat.say('Alice', 'list'))[0]!.reply.card.title).toMatch(/frameworks I know/);
  });

  it('says that flows, votes and history are briefly unavailable, privately', async () => {
    const db = flakyStore();
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: db.store }));
    db.down();
    for (const text of ['recommend', 'history', 'weights security=2']) {
      const [notice] = await chat.say('Alice', text);
      expect(notice!.onlyFor).toBe('U-alice');
      expect(notice!.reply.card.title).toBe('Briefly unavailable');
      expect(JSON.stringify(notice!.reply.card)).toMatch(/compare, info, top and list still work/);
    }
  });

  it('loses nothing when it fails in the middle of a flow, and carries on when it is back', async () => {
    const db = flakyStore();
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: db.store }));
    const [, step] = await chat.say('Alice', 'recommend');
    await chat.click('Alice', step!, 'AI/ML service');
    await chat.click('Alice', step!, /Which languages/, ['python']);
    db.down();
    const [notice] = await chat.click('Alice', step!, /^Done/);
    expect(notice!.reply.card.title).toBe('Briefly unavailable');
    expect(step!.reply.card.title).toBe('2/6 · Which languages can the team use?');
    db.up();
    await chat.click('Alice', step!, /^Done: Python/);
    expect(step!.reply.card.title).toBe('3/6 · What matters most? Pick up to two.');
    expect(JSON.stringify(step!.reply.card)).toMatch(/So far: AI\/ML service · Python/);
  });

  it('does not hide a programming error as an outage', async () => {
    const db = flakyStore();
    const advisor = new TeamAdvisor(knowledge(), { store: db.store, newId: () => 'bad id with spaces' });
    await expect(advisor.handle({ type: 'text', text: 'recommend' }, { tenant: 'slack:T1', channel: 'C1', user: { id: 'U1', name: 'A' } })).rejects.toThrow();
  });

  it('does not report a damaged row as an outage: the flow it belongs to fails loudly instead', async () => {
    const store = new MemoryStore();
    store.getFlow = async () => {
      throw new DamagedRowError('flows', 'slack:T1/f1', 'answers.project is not a project type');
    };
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store }));
    const [, step] = await chat.say('Alice', 'recommend');
    await expect(chat.click('Alice', step!, 'AI/ML service')).rejects.toThrow(DamagedRowError);
  });
});
