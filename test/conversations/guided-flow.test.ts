import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { knowledge } from '../support/knowledge.js';
import { findAction, TeamChat, type Message } from '../support/team-chat.js';

const HOUR = 3_600_000;

function team(options: { now?: () => number; store?: MemoryStore | SqliteStore } = {}) {
  return new TeamChat(new TeamAdvisor(knowledge(), { store: options.store ?? new MemoryStore(), ...(options.now ? { now: options.now } : {}) }));
}

describe('guided recommendation', () => {
  it('starts a thread, asks six questions in place, and posts the result in the thread', async () => {
    const chat = team();
    const [parent, step] = await chat.say('Alice', 'recommend');
    expect(parent!.reply.card.title).toBe('Alice is choosing a backend framework');
    expect(parent!.reply.visibility).toBe('public');
    expect(step!.thread).toBe(parent!.id);

    const titles: string[] = [step!.reply.card.title];
    const record = async (click: Promise<Message[]>) => {
      await click;
      titles.push(step!.reply.card.title);
    };
    await record(chat.click('Alice', step!, 'AI/ML service'));
    await chat.click('Alice', step!, /Which languages/, ['python', 'go']);
    expect(JSON.stringify(step!.reply.card)).toContain('Selected: Python, Go. Press Done');
    await record(chat.click('Alice', step!, 'Done: Python, Go'));
    await chat.click('Alice', step!, /What matters most/, ['performance']);
    await record(chat.click('Alice', step!, 'Done: Performance'));
    await record(chat.click('Alice', step!, 'None of these'));
    await record(chat.click('Alice', step!, 'Millions of users'));
    await chat.click('Alice', step!, 'Senior');

    expect(titles).toEqual([
      '1/6 · What are you building?',
      '2/6 · Which languages can the team use?',
      '3/6 · What matters most? Pick up to two.',
      '4/6 · What must come out of the box?',
      '5/6 · What scale do you expect?',
      "6/6 · What is the team's experience?",
    ]);
    expect(step!.reply.card.title).toBe("Alice's answers");
    const result = chat.inThread(parent!).at(-1)!;
    expect(result.reply.card.title).toBe('Recommended: FastAPI');
    expect(result.reply.card.actions.map((a) => (a.type === 'button' ? a.label : a.placeholder))).toEqual([
      'Compare top 3',
      'Share to channel',
      'Start a team vote',
      'Adjust answers',
      'Start over',
    ]);
  });

  it('skips the steps answered inline, and answers at once when all are given', async () => {
    const chat = team();
    const [, step] = await chat.say('Alice', 'recommend language=python project=ai-ml');
    expect(step!.reply.card.title).toBe('3/6 · What matters most? Pick up to two.');

    const [only] = await chat.say('Bob', 'recommend language=java project=enterprise priorities=security builtins=none scale=millions team=senior');
    expect(only!.reply.card.title).toBe('Recommended: Spring Boot');
    expect(only!.onlyFor).toBe('U-bob');
    expect(findAction(only!.reply.card, 'Share to channel')).toBeDefined();
  });

  it('goes Back to the previous question, showing the answer given', async () => {
    const chat = team();
    const [, step] = await chat.say('Alice', 'recommend');
    await chat.click('Alice', step!, 'Real-time app');
    await chat.click('Alice', step!, 'Back');
    expect(step!.reply.card.title).toBe('1/6 · What are you building?');
    expect(step!.reply.card.subtitle).toMatch(/currently: Real-time app/);
    await chat.click('Alice', step!, 'Keep: Real-time app');
    expect(step!.reply.card.title).toBe('2/6 · Which languages can the team use?');
  });

  it('starts over from the first question with nothing answered', async () => {
    const chat = team();
    const [, step] = await chat.say('Alice', 'recommend');
    await chat.click('Alice', step!, 'E-commerce');
    await chat.click('Alice', step!, 'Start over');
    expect(step!.reply.card.title).toBe('1/6 · What are you building?');
    expect(step!.reply.card.subtitle).toBe("Alice's recommendation");
  });

  it("answers a stranger's click privately and leaves the flow alone", async () => {
    const chat = team();
    const [, step] = await chat.say('Alice', 'recommend');
    const [notice] = await chat.click('Bob', step!, 'JSON/REST API');
    expect(notice!.onlyFor).toBe('U-bob');
    expect(notice!.reply.card.title).toBe("This is Alice's recommendation");
    expect(notice!.reply.card.blocks).toContainEqual({ type: 'text', text: expect.stringMatching(/start your own with \/framework recommend/i) });
    expect(step!.reply.card.title).toBe('1/6 · What are you building?');
  });

  it('says an expired recommendation has expired, with a button to start again', async () => {
    let now = Date.parse('2026-11-21T10:00:00Z');
    const chat = team({ now: () => now });
    const [, step] = await chat.say('Alice', 'recommend');
    now += 25 * HOUR;
    const [notice] = await chat.click('Alice', step!, 'JSON/REST API');
    expect(notice!.reply.card.title).toBe('This recommendation has expired');
    const [, fresh] = await chat.click('Alice', notice!, 'Start a new recommendation');
    expect(fresh!.reply.card.title).toBe('1/6 · What are you building?');
  });

  it('ignores a second click on a step already answered (a double click, or another replica)', async () => {
    const chat = team();
    const [, step] = await chat.say('Alice', 'recommend');
    const stale = structuredClone(step!);
    await chat.click('Alice', step!, 'Microservices');
    await chat.click('Alice', stale, 'Content site or CMS');
    expect(step!.reply.card.title).toBe('2/6 · Which languages can the team use?');
    // The stale copy is refreshed to the current question; the first answer stands.
    expect(stale.reply.card.title).toBe('2/6 · Which languages can the team use?');
    expect(JSON.stringify(stale.reply.card.blocks)).toMatch(/So far: Microservices/);
  });

  it('survives a restart between two steps with the SQLite store', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'advisor-flow-')), 'advisor.db');
    const before = team({ store: SqliteStore.open(file) });
    const [parent, step] = await before.say('Alice', 'recommend');
    await before.click('Alice', step!, 'AI/ML service');

    // A new process: new advisor, new store handle on the same file, same message on screen.
    const after = team({ store: SqliteStore.open(file) });
    after.messages.push(parent!, step!);
    await after.click('Alice', step!, /Which languages/, ['python']);
    await after.click('Alice', step!, /^Done/);
    expect(step!.reply.card.title).toBe('3/6 · What matters most? Pick up to two.');
    await answerRest(after, step!);
    expect(after.inThread(parent!).at(-1)!.reply.card.title).toBe('Recommended: FastAPI');
  });
});

async function answerRest(chat: TeamChat, step: Message): Promise<void> {
  await chat.click('Alice', step, /What matters most/, ['performance']);
  await chat.click('Alice', step, /^Done/);
  await chat.click('Alice', step, 'None of these');
  await chat.click('Alice', step, 'Millions of users');
  await chat.click('Alice', step, 'Senior');
}

