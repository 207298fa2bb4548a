import { describe, expect, it } from 'vitest';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { knowledge } from '../support/knowledge.js';
import { TeamChat, type Message } from '../support/team-chat.js';

const texts = (m: Message) => JSON.stringify(m.reply.card);

async function sharedRecommendation(chat: TeamChat) {
  const [own] = await chat.say('Alice', 'recommend language=typescript project=microservices priorities=scalability builtins=none scale=millions team=mixed');
  const [shared] = await chat.click('Alice', own!, 'Share to channel');
  return { own: own!, shared: shared! };
}

describe('sharing', () => {
  it('posts a private result to the channel, saying who asked and with which answers', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const { own, shared } = await sharedRecommendation(chat);
    expect(own.onlyFor).toBe('U-alice');
    expect(shared.onlyFor).toBeUndefined();
    expect(shared.thread).toBeUndefined();
    expect(shared.reply.visibility).toBe('public');
    expect(shared.reply.card.title).toBe('Recommended: NestJS');
    expect(shared.reply.card.subtitle).toMatch(/^Shared by Alice · answers: Microservices · TypeScript · priorities: scalability/);
    expect(chat.visibleTo('Bob')).toContain(shared);
  });

  it('shares a comparison too', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const [own] = await chat.say('Bob', 'compare rails laravel');
    const [shared] = await chat.click('Bob', own!, 'Share to channel');
    expect(shared!.reply.card.title).toBe('Ruby on Rails vs Laravel');
    expect(shared!.reply.card.subtitle).toMatch(/^Shared by Bob/);
  });
});

describe('team vote', () => {
  it('counts one changeable vote per person, updates in place, and only its starter closes it', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const { shared } = await sharedRecommendation(chat);
    const [vote] = await chat.click('Bob', shared, 'Start a team vote');
    expect(vote!.reply.card.title).toBe('Team vote: which framework should we use?');
    const ballot = vote!.reply.card.actions.flatMap((a) => (a.type === 'button' ? [a.label] : []));
    expect(ballot).toHaveLength(4);
    expect(ballot.at(-1)).toBe('Close vote');
    const [first, second] = ballot as [string, string];

    await chat.click('Alice', vote!, first);
    await chat.click('Bob', vote!, second);
    await chat.click('Carol', vote!, second);
    await chat.click('Alice', vote!, second); // Alice changes her mind
    expect(texts(vote!)).toContain(`${second}: 3 votes (Alice, Bob, Carol)`);
    expect(texts(vote!)).toContain(`${first}: 0 votes`);

    const [refusal] = await chat.click('Carol', vote!, 'Close vote');
    expect(refusal!.onlyFor).toBe('U-carol');
    expect(refusal!.reply.card.title).toBe('Only Bob can close this vote');

    await chat.click('Bob', vote!, 'Close vote');
    expect(vote!.reply.card.title).toBe(`Vote closed: ${second} wins`);
    expect(vote!.reply.card.actions).toEqual([]);
  });

  it('counts 50 simultaneous votes, none lost', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const [own] = await chat.say('Alice', 'compare django fastapi');
    const [shared] = await chat.click('Alice', own!, 'Share to channel');
    const [vote] = await chat.click('Alice', shared!, 'Start a team vote');
    const voters = Array.from({ length: 50 }, (_, i) => `Voter${i}`);
    await Promise.all(voters.map((v, i) => chat.click(v, structuredClone(vote!), i % 2 === 0 ? 'Django' : 'FastAPI')));
    await chat.click('Alice', vote!, 'Close vote');
    expect(vote!.reply.card.title).toBe('Vote closed: a tie');
    expect(texts(vote!)).toContain('Tally (50 votes)');
    expect(texts(vote!)).toMatch(/Django: 25 votes.*FastAPI: 25 votes/);
  });
});

describe('decision history', () => {
  it('lists shared results and closed votes, and exports the decision as an ADR', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const { shared } = await sharedRecommendation(chat);
    const [vote] = await chat.click('Alice', shared, 'Start a team vote');
    await chat.click('Alice', vote!, 'NestJS');
    await chat.click('Bob', vote!, 'NestJS');
    await chat.click('Carol', vote!, /^(?!NestJS|Close vote).+/);
    await chat.click('Alice', vote!, 'Close vote');

    const [history] = await chat.say('Dan', 'history');
    expect(history!.reply.visibility).toBe('public');
    const items = history!.reply.card.blocks.find((b) => b.type === 'list');
    expect(items).toMatchObject({ items: [expect.stringMatching(/^ADR-0002 \(accepted\) · .*Team vote: NestJS with 2 of 3 votes over/), expect.stringMatching(/^ADR-0001 \(proposed\) · .*Alice shared a recommendation: NestJS \d\.\d\d over/)] });

    const [exported] = await chat.say('Dan', 'history export');
    const adr = exported!.reply.document!;
    expect(adr.filename).toBe('0002-use-nestjs-as-our-backend-framework.md');
    expect(adr.text).toMatch(/^---\nstatus: "accepted"\n/);
    expect(adr.text).toContain('# Use NestJS as our backend framework\n');
    expect(adr.text).toMatch(/## Context and Problem Statement\n\n.* Microservices · TypeScript/);
    expect(adr.text).toMatch(/## Decision Outcome\n\nChosen option: "NestJS", because it scores \d\.\d\d of 10 under our weights and 2 of 3 votes/);
    const nest = knowledge().require('nestjs');
    expect(adr.text).toContain('### Consequences');
    expect(adr.text).toContain(nest.watchouts[0]!.slice(0, 20));
  });

  it('keeps each workspace and channel to itself', async () => {
    const store = new MemoryStore();
    const here = new TeamChat(new TeamAdvisor(knowledge(), { store }), 'slack:T1', 'C1');
    const elsewhere = new TeamChat(new TeamAdvisor(knowledge(), { store }), 'slack:T2', 'C1');
    await sharedRecommendation(here);
    await here.say('Alice', 'weights security=5');
    const [history] = await elsewhere.say('Eve', 'history');
    expect(texts(history!)).toContain('Nothing yet');
    const [weights] = await elsewhere.say('Eve', 'weights');
    expect(texts(weights!)).toContain('None set');
  });

  it('has nothing to export before a decision', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const [reply] = await chat.say('Dan', 'history export');
    expect(reply!.reply.card.title).toBe('No decisions to export yet');
  });
});

describe('channel default priorities', () => {
  it('sets, shows, uses and resets a channel\'s weights', async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    const [set] = await chat.say('Alice', 'weights performance=3 security=1');
    expect(set!.reply.visibility).toBe('public');
    expect(set!.reply.card.title).toBe("Alice set this channel's default priorities");
    // Criteria the channel does not name keep 1, as with the priorities answer: 3+1+1+1+1 = 7.
    expect(texts(set!)).toContain('performance 3, security 1, the others 1 (Performance 43%, Scalability 14%');

    const [shown] = await chat.say('Bob', 'weights');
    expect(texts(shown!)).toMatch(/performance 3, security 1, the others 1 \(Performance 43%.*\)\. Set by Alice/);

    const [compare] = await chat.say('Bob', 'compare django gin');
    expect(texts(compare!)).toMatch(/Under this channel's priorities \(performance 3, security 1, the others 1\) \(Performance 43%/);

    const [reset] = await chat.say('Alice', 'weights reset');
    expect(reset!.reply.card.title).toBe("Alice cleared this channel's default priorities");
    const [after] = await chat.say('Bob', 'compare django gin');
    expect(texts(after!)).toMatch(/Under equal weights .*Django scores highest/);
  });
});

describe('channel weights keep what was set', () => {
  it("changes one criterion and keeps the others, and top follows the channel's priorities and says so", async () => {
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore() }));
    await chat.say('Alice', 'weights performance=3, security=2');
    const [changed] = await chat.say('Bob', 'weights community=0');
    expect(texts(changed!)).toContain('performance 3, security 2, community & ecosystem 0, the others 1 (Performance 43%, Security 29%');
    const [top] = await chat.say('Bob', 'top');
    expect(top!.reply.card.title).toBe("Top frameworks by overall score under this channel's priorities (performance 3, security 2, community & ecosystem 0, the others 1)");
    await chat.say('Alice', 'weights reset');
    const [after] = await chat.say('Bob', 'top');
    expect(after!.reply.card.title).toBe('Top frameworks by overall score (equal weights on the five criteria)');
  });
});

describe('bad clicks', () => {
  it('answers an unknown or damaged action id with a friendly private note', async () => {
    const advisor = new TeamAdvisor(knowledge(), { store: new MemoryStore() });
    for (const id of ['', 'nonsense', 'flow:x', 'vote:new:rec:1.2', 'cmp:django', 'share:cmp:django,django', 'x'.repeat(500)]) {
      const effects = await advisor.handle({ type: 'action', id }, { tenant: 'slack:T1', channel: 'C1', user: { id: 'U1', name: 'A' } });
      expect(effects).toEqual([{ type: 'respond', reply: expect.objectContaining({ visibility: 'private', card: expect.objectContaining({ title: "I don't recognise that button" }) }) }]);
    }
  });
});

describe('rate limit', () => {
  it('tells a person who sends too many commands to slow down, per person, and lets them go on a minute later', async () => {
    let now = Date.parse('2026-11-21T10:00:00Z');
    const chat = new TeamChat(new TeamAdvisor(knowledge(), { store: new MemoryStore(), commandsPerMinute: 3, now: () => now }));
    for (let i = 0; i < 3; i++) expect((await chat.say('Alice', 'list'))[0]!.reply.card.title).toMatch(/frameworks I know/);
    const [limited] = await chat.say('Alice', 'list');
    expect(limited!.onlyFor).toBe('U-alice');
    expect(limited!.reply.card.title).toBe('Slow down a little');
    expect(JSON.stringify(limited!.reply.card)).toMatch(/more than 3 commands in a minute\. Try again in 60 seconds/);
    expect((await chat.say('Bob', 'list'))[0]!.reply.card.title).toMatch(/frameworks I know/);
    now += 61_000;
    expect((await chat.say('Alice', 'list'))[0]!.reply.card.title).toMatch(/frameworks I know/);
  });
});
