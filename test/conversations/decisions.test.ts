/**
 * Decisions as a team lives them: a vote opens a proposed, numbered decision,
 * closing it accepts it, a later decision on the same question supersedes it,
 * and the record exports as MADR 4 (checked against the template) or Nygard.
 */
import { describe, expect, it } from 'vitest';
import { BACKSTAGE_ADR_FILE } from '../../src/core/decisions/decision-file.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';
import { checkMadr } from '../support/madr-format.js';
import { TeamChat } from '../support/team-chat.js';

async function voteOn(chat: TeamChat, answers: string, pick: string) {
  const [own] = await chat.say('Alice', `recommend ${answers}`);
  const [vote] = await chat.click('Alice', own!, 'Start a team vote');
  await chat.click('Bob', vote!, pick);
  await chat.click('Carol', vote!, pick);
  await chat.click('Alice', vote!, 'Close vote');
}

const ANSWERS = 'language=typescript project=microservices priorities=scalability builtins=none scale=millions team=mixed';

describe('decision records', () => {
  it('numbers a vote as ADR-0001, proposed while open and accepted when closed, exported as MADR 4 with a Backstage file name', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const [own] = await chat.say('Alice', `recommend ${ANSWERS}`);
    const [vote] = await chat.click('Alice', own!, 'Start a team vote');
    const [open] = await chat.say('Dan', 'history');
    expect(JSON.stringify(open!.reply.card)).toMatch(/ADR-0001 \(proposed\)/);

    await chat.click('Bob', vote!, 'NestJS');
    await chat.click('Alice', vote!, 'Close vote');
    const [exported] = await chat.say('Dan', 'history export');
    const adr = exported!.reply.document!;
    expect(adr.filename).toMatch(BACKSTAGE_ADR_FILE);
    expect(adr.filename).toBe('0001-use-nestjs-as-our-backend-framework.md');
    const front = checkMadr(adr.text);
    expect(front).toMatchObject({ status: 'accepted', 'decision-makers': 'Alice', consulted: 'Bob' });
    expect(adr.text).toMatch(/Why not the runner-up: /);
    expect(adr.text).toMatch(/Confidence: (High|Medium|Low)/);
  });

  it('supersedes the earlier decision on the same question, linking both ways', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    await voteOn(chat, ANSWERS, 'NestJS');
    await voteOn(chat, ANSWERS, 'Fastify');

    const [first] = await chat.say('Dan', 'decision 1');
    const older = checkMadr(first!.reply.document!.text);
    expect(older.status).toBe('superseded by ADR-0002');
    const [second] = await chat.say('Dan', 'decision 2');
    expect(second!.reply.document!.text).toContain('* Supersedes ADR-0001.');
    expect(checkMadr(second!.reply.document!.text).status).toBe('accepted');
  });

  it('records "decide <framework>" from a shared result, deprecates by hand, and exports Nygard', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const [own] = await chat.say('Alice', `recommend ${ANSWERS}`);
    await chat.click('Alice', own!, 'Share to channel');
    const [decided] = await chat.say('Bob', 'decide nestjs');
    expect(decided!.reply.card.title).toBe('ADR-0002: Use NestJS as our backend framework');
    expect(checkMadr(decided!.reply.document!.text)).toMatchObject({ status: 'accepted', 'decision-makers': 'Bob' });

    const [nygard] = await chat.say('Dan', 'history export --format nygard');
    const text = nygard!.reply.document!.text;
    expect(text.split('\n').filter((l) => l.startsWith('## '))).toEqual(['## Status', '## Context', '## Decision', '## Consequences']);
    expect(text).toContain('We will use NestJS.');

    await chat.say('Bob', 'decision 2 deprecate');
    const [after] = await chat.say('Dan', 'decision 2');
    expect(checkMadr(after!.reply.document!.text).status).toBe('deprecated');

    const [missing] = await chat.say('Dan', 'decision 9');
    expect(missing!.reply.understood).toBe(false);
    expect(missing!.reply.card.title).toBe('There is no ADR-0009 in this channel');
    const [unknown] = await chat.say('Dan', 'decide nosuchframework');
    expect(unknown!.reply.understood).toBe(false);
  });

  it("never shows one workspace's decisions to another", async () => {
    const store = new MemoryStore();
    const acme = new TeamChat(new TeamAdvisor(knowledge(), { store }), 'slack:T1', 'C1');
    const globex = new TeamChat(new TeamAdvisor(knowledge(), { store }), 'slack:T2', 'C1');
    await voteOn(acme, ANSWERS, 'NestJS');
    const [theirs] = await globex.say('Dan', 'decision 1');
    expect(theirs!.reply.card.title).toBe('There is no ADR-0001 in this channel');
    const [nothing] = await globex.say('Dan', 'decide nestjs');
    expect(nothing!.reply.card.title).toMatch(/^No shared result includes NestJS/);
  });
});
