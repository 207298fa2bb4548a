/**
 * Better votes, as a team lives them: a deadline at which the vote closes by
 * itself (on exactly one of two replicas sharing a store) and records the
 * decision; anonymous tallies; ranked ballots counted by instant runoff with
 * the rounds on the card and in the MADR record; options added before the
 * first ballot and kindly refused after it.
 */
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/core/cards/card.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';
import { type Message, TeamChat } from '../support/team-chat.js';

const DAY = 86_400_000;
const START = Date.UTC(2025, 2, 3, 9, 0); // a Monday, 09:00 UTC
const ANSWERS = 'language=typescript project=microservices priorities=scalability builtins=none scale=millions team=mixed';

/** A team on one store, its clock in the test's hand. */
function team(store = new MemoryStore(), tenant = 'slack:T1') {
  const clock = { now: START };
  const advisor = new TeamAdvisor(knowledge(), { store, now: () => clock.now });
  return { store, clock, advisor, chat: new TeamChat(advisor, tenant) };
}

const text = (card: Card) => JSON.stringify(card);
const listItems = (card: Card, heading: RegExp) => card.blocks.flatMap((b) => (b.type === 'list' && b.heading && heading.test(b.heading) ? b.items : []));
const notes = (card: Card) => card.blocks.flatMap((b) => (b.type === 'notes' ? b.items : []));

async function voteMessage(chat: TeamChat, who: string, line: string): Promise<Message> {
  const [vote] = await chat.say(who, line);
  expect(vote!.reply.card.title, vote!.reply.card.blocks.map((b) => ('text' in b ? b.text : '')).join(' ')).toMatch(/^Team vote/);
  expect(vote!.onlyFor, 'a vote is posted to the channel').toBeUndefined();
  return vote!;
}

describe('a vote with a deadline', () => {
  it('closes by itself when the clock passes it, on exactly one of two replicas, and records ADR-0001 as accepted', async () => {
    const store = new MemoryStore();
    const one = team(store);
    const two = team(store);
    const [own] = await one.chat.say('Alice', `recommend ${ANSWERS}`);
    await one.chat.click('Alice', own!, 'Share to channel');
    const vote = await voteMessage(one.chat, 'Alice', 'vote closes in 2d');
    expect(notes(vote.reply.card)).toContain('Closes by itself at 2025-03-05 09:00 UTC; Alice can close it sooner.');
    await one.chat.click('Bob', vote, 'NestJS');
    await one.chat.click('Carol', vote, 'NestJS');
    await one.chat.click('Dan', vote, 'Fastify');

    one.clock.now = two.clock.now = START + DAY;
    expect(await one.advisor.closeDueVotes()).toEqual([]);

    one.clock.now = two.clock.now = START + 2 * DAY;
    const [first, second] = await Promise.all([one.advisor.closeDueVotes(), two.advisor.closeDueVotes()]);
    const announced = [...first, ...second];
    expect(announced).toHaveLength(1);
    const [closed] = announced;
    expect(closed).toMatchObject({ tenant: 'slack:T1', channel: 'C1', about: 'vote-closed' });
    expect(closed!.reply.visibility).toBe('public');
    expect(closed!.reply.card.title).toBe('Vote closed: NestJS wins');
    expect(closed!.reply.card.actions).toEqual([]);
    expect(notes(closed!.reply.card)).toContain('Closed by itself at its deadline, 2025-03-05 09:00 UTC.');
    // Later checks find nothing more to do.
    expect(await one.advisor.closeDueVotes(START + 3 * DAY)).toEqual([]);

    // A click on the old card after the deadline is told the vote closed.
    const late = await one.chat.click('Erin', vote, 'Fastify');
    expect(late.some((m) => m.reply.card.title === 'This vote is closed')).toBe(true);

    const [exported] = await one.chat.say('Dan', 'history export');
    const adr = exported!.reply.document!;
    // ADR-0001 is the shared result the vote was started on.
    expect(adr.filename).toBe('0002-use-nestjs-as-our-backend-framework.md');
    expect(adr.text).toMatch(/^status: "accepted"$/m);
    expect(adr.text).toMatch(/^date: 2025-03-05$/m);
    expect(adr.text).toMatch(/^decision-makers: "Alice"$/m);
    expect(adr.text).toMatch(/^consulted: "Bob, Carol, Dan"$/m);
    expect(adr.text).toContain('and 2 of 3 votes');
  });

  it('is closed by its starter before the deadline only once: the deadline then finds nothing to close', async () => {
    const { chat, clock, advisor } = team();
    const vote = await voteMessage(chat, 'Alice', 'vote django fastapi closes in 12h');
    await chat.click('Bob', vote, 'Django');
    await chat.click('Alice', vote, 'Close vote');
    clock.now = START + DAY;
    expect(await advisor.closeDueVotes()).toEqual([]);
    const [history] = await chat.say('Dan', 'history');
    expect(text(history!.reply.card)).toMatch(/ADR-0001/);
    expect(text(history!.reply.card)).not.toMatch(/ADR-0002/);
  });

  it('closes every due vote of every workspace, each announced to its own channel, and leaves votes without a deadline open', async () => {
    const store = new MemoryStore();
    const t1 = team(store, 'slack:T1');
    const t2 = team(store, 'discord:G2');
    await voteMessage(t1.chat, 'Alice', 'vote django fastapi closes in 1h');
    await voteMessage(t2.chat, 'Zed', 'vote rails laravel closes in 2h ranked');
    await voteMessage(t2.chat, 'Zed', 'vote koa hono');
    t1.clock.now = START + 3 * 3_600_000;
    const announced = await t1.advisor.closeDueVotes();
    expect(announced.map((a) => [a.tenant, a.channel, a.reply.card.title]).sort()).toEqual([
      ['discord:G2', 'C1', 'Vote closed with no votes'],
      ['slack:T1', 'C1', 'Vote closed with no votes'],
    ]);
    expect((await store.listOpenVotes('discord:G2', 10)).map((v) => v.options)).toEqual([['koa', 'hono']]);
  });
});

describe('an anonymous vote', () => {
  it('shows counts without names, while each person still has one ballot they can change', async () => {
    const { chat } = team();
    const vote = await voteMessage(chat, 'Alice', 'vote django fastapi anonymous');
    expect(notes(vote.reply.card).join(' ')).toMatch(/Anonymous: the tally shows counts only/);
    await chat.click('Bob', vote, 'Django');
    await chat.click('Carol', vote, 'Django');
    await chat.click('Bob', vote, 'FastAPI');
    expect(listItems(vote.reply.card, /^Tally/)).toEqual(['Django: 1 vote', 'FastAPI: 1 vote']);
    expect(text(vote.reply.card)).not.toMatch(/Bob|Carol/);
    await chat.click('Alice', vote, 'Close vote');
    expect(vote.reply.card.title).toBe('Vote closed: a tie');
    expect(text(vote.reply.card)).not.toMatch(/Bob|Carol/);
  });

  it('differs from a named vote, whose tally names the voters', async () => {
    const { chat } = team();
    const vote = await voteMessage(chat, 'Alice', 'vote django fastapi');
    await chat.click('Bob', vote, 'Django');
    expect(listItems(vote.reply.card, /^Tally/)).toEqual(['Django: 1 vote (Bob)', 'FastAPI: 0 votes']);
  });
});

describe('a ranked vote', () => {
  it('takes each ranking through one select per rank, counts it by instant runoff, and shows the rounds on the card and in the MADR record', async () => {
    const { chat } = team();
    const vote = await voteMessage(chat, 'Alice', 'vote django fastapi flask ranked');
    expect(vote.reply.card.title).toBe('Team vote (ranked): which framework should we use?');
    expect(vote.reply.card.actions.map((a) => (a.type === 'select' ? a.placeholder : a.label))).toEqual(['Your 1st choice', 'Your 2nd choice', 'Add an option', 'Close vote']);

    // Django leads on first choices (2 of 5), but Flask's voter prefers FastAPI, which wins the runoff.
    const rank = async (who: string, ...order: string[]) => {
      for (const [i, id] of order.entries()) await chat.click(who, vote, `Your ${['1st', '2nd'][i]} choice`, [id]);
    };
    await rank('Bob', 'django', 'flask');
    await rank('Carol', 'django');
    await rank('Dan', 'fastapi', 'django');
    await rank('Erin', 'fastapi');
    await rank('Finn', 'flask', 'fastapi');
    const told = chat.last('Finn', /Your ranking is counted/);
    expect(told.onlyFor).toBe('U-finn');
    expect(told.reply.card.blocks[0]).toMatchObject({ text: expect.stringMatching(/^1\. Flask, 2\. FastAPI, 3\. Django\./) });
    expect(listItems(vote.reply.card, /^First choices/)).toEqual(['Django: 2 first choices (Bob, Carol)', 'FastAPI: 2 first choices (Dan, Erin)', 'Flask: 1 first choice (Finn)']);

    // Picking an option for another rank moves it there.
    await chat.click('Carol', vote, 'Your 2nd choice', ['flask']);
    await chat.click('Carol', vote, 'Your 1st choice', ['flask']);
    expect(chat.last('Carol', /Your ranking is counted/).reply.card.blocks[0]).toMatchObject({ text: expect.stringMatching(/^1\. Flask, 2\. Django, 3\. FastAPI\./) });
    await chat.click('Carol', vote, 'Your 1st choice', ['django']);

    await chat.click('Alice', vote, 'Close vote');
    expect(vote.reply.card.title).toBe('Vote closed: FastAPI wins');
    expect(listItems(vote.reply.card, /round by round/)).toEqual([
      'Round 1: Django 2, FastAPI 2, Flask 1: Flask has the fewest and is out.',
      'Round 2: Django 2, FastAPI 3: FastAPI has a majority of the 5 counted and wins.',
    ]);
    expect(notes(vote.reply.card).join(' ')).toMatch(/Counted by instant runoff/);

    const [exported] = await chat.say('Dan', 'history export');
    const adr = exported!.reply.document!.text;
    expect(adr).toMatch(/Chosen option: "FastAPI", because .* won the team's ranked vote by instant runoff in round 2 \(2 of 5 first choices/);
    expect(adr).toMatch(/## More Information[^]*Counted by instant runoff[^]*Round 1: Django 2, FastAPI 2, Flask 1: Flask has the fewest and is out\.[^]*Round 2: /);
    const [nygard] = await chat.say('Dan', 'history export --format nygard');
    expect(nygard!.reply.document!.text).toMatch(/## Decision\n\nWe will use FastAPI\.\n\n\* The team's ranked vote chose it, counted by instant runoff: Round 1: /);
  });

  it('refuses a pick that is not on the ballot, and a pick after the vote closed', async () => {
    const { chat } = team();
    const vote = await voteMessage(chat, 'Alice', 'vote django fastapi ranked');
    const [wrong] = await chat.click('Bob', vote, 'Your 1st choice', ['rails']);
    expect(wrong!.reply.card.title).toBe('Not on the ballot');
    const before = structuredClone(vote);
    await chat.click('Alice', vote, 'Close vote');
    const late = await chat.click('Bob', before, 'Your 1st choice', ['django']);
    expect(late.map((m) => m.reply.card.title)).toEqual(['Vote closed with no votes', 'This vote is closed']);
  });
});

describe('adding an option', () => {
  it('adds from the card before the first ballot, then refuses kindly, by the card or by "vote add"', async () => {
    const { chat } = team();
    const vote = await voteMessage(chat, 'Alice', 'vote django fastapi');
    const add = vote.reply.card.actions.find((a) => a.type === 'select' && a.placeholder === 'Add an option');
    expect(add && add.type === 'select' && add.options.length).toBeLessThanOrEqual(25);
    expect(add && add.type === 'select' && add.options.map((o) => o.value)).not.toContain('django');
    // The alternatives offered are in the ballot's language (Python); any other can be added by name.
    expect(add && add.type === 'select' && add.options.every((o) => knowledge().get(o.value)!.languages.includes('python'))).toBe(true);

    await chat.click('Bob', vote, 'Add an option', ['flask']);
    expect(vote.reply.card.actions.flatMap((a) => (a.type === 'button' ? [a.label] : []))).toEqual(['Django', 'FastAPI', 'Flask', 'Close vote']);
    const [added] = await chat.say('Carol', 'vote add litestar');
    expect(added!.onlyFor).toBeUndefined();
    expect(added!.reply.card.subtitle).toMatch(/^Carol added Litestar\./);
    const [again] = await chat.say('Carol', 'vote add flask');
    expect(again!.reply.card).toMatchObject({ title: 'Could not add that option', blocks: [{ text: 'Flask is already on the ballot.' }] });

    await chat.click('Dan', added!, 'Litestar');
    expect(added!.reply.card.actions.some((a) => a.type === 'select')).toBe(false);
    const [late] = await chat.say('Erin', 'vote add starlette');
    expect(late!.onlyFor).toBe('U-erin');
    expect(late!.reply.card.blocks[0]).toMatchObject({ text: expect.stringMatching(/^People have started voting, so the ballot stays as it is.*Start a new vote to include Starlette\./) });
    const [fromOldCard] = await chat.click('Erin', vote, 'Add an option', ['starlette']);
    expect(fromOldCard!.reply.card.title).toBe('Could not add that option');
  });

  it('says so when there is no open vote, and never reaches another workspace\'s vote', async () => {
    const store = new MemoryStore();
    const t1 = team(store, 'slack:T1');
    const t2 = team(store, 'slack:T2');
    await voteMessage(t1.chat, 'Alice', 'vote django fastapi');
    const [none] = await t2.chat.say('Zed', 'vote add flask');
    expect(none!.reply.card.title).toBe('No open vote here');
    const [vote] = await store.listOpenVotes('slack:T1', 5);
    expect(vote!.options).toEqual(['django', 'fastapi']);
  });

  it('starts on the latest shared result, or says there is none', async () => {
    const { chat } = team();
    const [nothing] = await chat.say('Alice', 'vote');
    expect(nothing!.reply.card.title).toBe('Nothing to vote on yet');
    const [own] = await chat.say('Alice', 'compare express koa hono');
    await chat.click('Alice', own!, 'Share to channel');
    const vote = await voteMessage(chat, 'Bob', 'vote ranked');
    expect(vote.reply.card.subtitle).toMatch(/^Started by Bob between (Express|Koa|Hono), (Express|Koa|Hono), (Express|Koa|Hono)$/);
  });
});
