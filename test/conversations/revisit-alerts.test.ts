/**
 * Revisit alerts as a team meets them: a channel decides on a framework, and
 * when the release line it adopted nears its end of support (90 days) the
 * channel gets one message about it, again when the line has ended, and
 * never twice, not even from two replicas on one database. The alert's
 * buttons ask the question again and open a vote that records a new decision.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseAction, rerunAction } from '../../src/core/actions.js';
import { lastDayOf } from '../../src/core/knowledge/releases.js';
import type { Announcement } from '../../src/core/conversations/effects.js';
import type { Store } from '../../src/core/conversations/store.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { openStore } from '../../src/store/open-store.js';
import { SKIP_NOTE, TEST_POSTGRES_URL, TestSchemas } from '../store/postgres-schemas.js';
import { TempFiles } from '../store/temp-files.js';
import { knowledge } from '../support/knowledge.js';
import { type Message, TeamChat } from '../support/team-chat.js';

const DAY = 24 * 60 * 60 * 1000;
const kb = knowledge();
const django = kb.get('django')!;
/** The line a team deciding on Django today adopts, and the last day it is supported, as the knowledge base says. */
const line = django.releases.lines.find((l) => django.releases.current.version.startsWith(l.line))!;
const end = lastDayOf(line.endOfLife!).getTime();
/** Decided well before the window opens. */
const DECIDED_AT = end - 400 * DAY;

function team(store: Store = new MemoryStore(), channel = 'C1') {
  const advisor = new TeamAdvisor(kb, { store, now: () => DECIDED_AT });
  return { advisor, chat: new TeamChat(advisor, 'slack:T1', channel), store };
}

/** Alice shares a comparison (ADR-0001, proposed) and the team decides on Django (ADR-0002, accepted). */
async function decideDjango(chat: TeamChat): Promise<void> {
  const [own] = await chat.say('Alice', 'compare django fastapi');
  await chat.click('Alice', own!, 'Share to channel');
  await chat.say('Alice', 'decide django');
}

/** What the channel sees when an alert is posted there: it joins the chat as a message. */
function posted(chat: TeamChat, alert: Announcement): Message {
  const message: Message = { id: chat.messages.length + 1000, reply: alert.reply };
  chat.messages.push(message);
  return message;
}

const text = (a: Announcement) => JSON.stringify(a.reply.card);

describe('revisit alerts', () => {
  it('stays quiet before the 90-day window, says it once inside, and once more when the line has ended', async () => {
    const { advisor, chat } = team();
    await decideDjango(chat);

    expect(await advisor.revisitAlerts(end - 91 * DAY)).toEqual([]);
    const [alert, ...more] = await advisor.revisitAlerts(end - 89 * DAY);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({ tenant: 'slack:T1', channel: 'C1', about: 'revisit-alert' });
    expect(alert!.reply.visibility).toBe('public');
    expect(alert!.reply.card.title).toBe('Time to revisit ADR-0002: Use Django as our backend framework');
    expect(text(alert!)).toContain(`Django ${line.line}${line.lts ? ' LTS' : ''} loses security support on ${line.endOfLife}, in 89 days.`);
    expect(text(alert!)).toContain('endoflife.date');
    expect(alert!.reply.card.actions.map((a) => a.type === 'button' && a.label)).toEqual(['Re-run the comparison', 'Record a new decision']);

    expect(await advisor.revisitAlerts(end - 89 * DAY)).toEqual([]);
    expect(await advisor.revisitAlerts(end - 10 * DAY)).toEqual([]);
    const [ended, ...again] = await advisor.revisitAlerts(end + DAY);
    expect(again).toEqual([]);
    expect(text(ended!)).toContain(`reached the end of its security support on ${line.endOfLife}`);
    expect(await advisor.revisitAlerts(end + 30 * DAY)).toEqual([]);
  });

  it('offers to re-run the recommendation with the same answers when the decision had answers', async () => {
    const { advisor, chat } = team();
    const [own] = await chat.say('Alice', 'recommend language=python project=content priorities=scalability builtins=none scale=millions team=mixed');
    await chat.click('Alice', own!, 'Share to channel');
    await chat.say('Alice', 'decide django');
    const [alert] = await advisor.revisitAlerts(end - 30 * DAY);
    expect(alert!.reply.card.actions.map((a) => a.type === 'button' && a.label)).toEqual(['Re-run the recommendation with the same answers', 'Record a new decision']);
    expect(text(alert!)).toMatch(/for .*Python/);

    const message = posted(chat, alert!);
    const [rerun] = await chat.click('Bob', message, 'Re-run the recommendation with the same answers');
    expect(rerun!.reply.visibility).toBe('public');
    expect(rerun!.thread).toBe(message.id);
    expect(rerun!.reply.data.kind).toBe('recommend');
    expect(rerun!.reply.card.subtitle).toMatch(/^Re-run by Bob for ADR-0002/);
    expect(rerun!.reply.data.answers).toMatchObject({ language: ['python'], project: 'content' });
  });

  it('leads from "Record a new decision" to a vote whose result supersedes the old decision', async () => {
    const { advisor, chat } = team();
    await decideDjango(chat);
    const [alert] = await advisor.revisitAlerts(end - 30 * DAY);
    const [vote] = await chat.click('Alice', posted(chat, alert!), 'Record a new decision');
    expect(vote!.reply.kind).toBe('vote');
    await chat.click('Bob', vote!, 'FastAPI');
    await chat.click('Alice', vote!, 'Close vote');
    const [old] = await chat.say('Dan', 'decision 2');
    expect(old!.reply.document!.text).toContain('status: "superseded by ADR-0003"');
    // The decision that replaced it chose FastAPI: nothing more to say about Django.
    expect(await advisor.revisitAlerts(end + DAY)).toEqual([]);
  });

  it('says nothing in a channel that turned alerts off, and resumes when they are back on', async () => {
    const { advisor, chat } = team();
    await decideDjango(chat);
    await chat.say('Alice', 'alerts off');
    expect(await advisor.revisitAlerts(end - 30 * DAY)).toEqual([]);
    await chat.say('Alice', 'alerts on');
    expect(await advisor.revisitAlerts(end - 29 * DAY)).toHaveLength(1);
  });

  it('says nothing about superseded or deprecated decisions', async () => {
    const deprecated = team();
    await decideDjango(deprecated.chat);
    await deprecated.chat.say('Alice', 'decision 2 deprecate');
    expect(await deprecated.advisor.revisitAlerts(end - 30 * DAY)).toEqual([]);

    const superseded = team();
    await decideDjango(superseded.chat);
    await superseded.chat.say('Alice', 'decide fastapi');
    expect(await superseded.advisor.revisitAlerts(end - 30 * DAY)).toEqual([]);
  });

  it('keeps each channel to its own decisions', async () => {
    const store = new MemoryStore();
    const one = team(store, 'C1');
    const two = team(store, 'C2');
    await decideDjango(one.chat);
    await two.chat.say('Alice', 'alerts off');
    const alerts = await one.advisor.revisitAlerts(end - 30 * DAY);
    expect(alerts.map((a) => a.channel)).toEqual(['C1']);
  });

  it('says an alert again at the next check when its post failed, then never again', async () => {
    const { advisor, chat } = team();
    await decideDjango(chat);
    const [alert] = await advisor.revisitAlerts(end - 30 * DAY);
    expect(await advisor.undelivered(alert!)).toBe(true);
    const [again, ...more] = await advisor.revisitAlerts(end - 30 * DAY + 15 * 60_000);
    expect(more).toEqual([]);
    expect(again!.reply).toStrictEqual(alert!.reply);
    expect(await advisor.revisitAlerts(end - 29 * DAY)).toEqual([]);
  });

  it('leaves alerts it cannot deliver for a caller that can', async () => {
    const { advisor, chat } = team();
    await decideDjango(chat);
    expect(await advisor.revisitAlerts(end - 30 * DAY, { reaches: (tenant) => tenant.startsWith('discord:') })).toEqual([]);
    expect(await advisor.revisitAlerts(end - 30 * DAY, { reaches: (tenant) => tenant.startsWith('slack:') })).toHaveLength(1);
  });
});

/** Two replicas: two advisors, each with its own connection to one database, checking at the same moment. */
async function twoReplicas(open: () => Promise<Store>): Promise<Announcement[]> {
  const [a, b] = [await open(), await open()];
  try {
    const first = team(a);
    await decideDjango(first.chat);
    const second = new TeamAdvisor(kb, { store: b });
    const when = end - 30 * DAY;
    const [fromA, fromB] = await Promise.all([first.advisor.revisitAlerts(when), second.revisitAlerts(when)]);
    const again = await Promise.all([first.advisor.revisitAlerts(when + DAY), second.revisitAlerts(when + DAY)]);
    return [...fromA, ...fromB, ...again.flat()];
  } finally {
    await a.close();
    await b.close();
  }
}

/** Two replicas on one database: replica A's post of the alert fails and it gives the alert back; both check again at once. */
async function givenBackOnTwoReplicas(open: () => Promise<Store>): Promise<{ first: Announcement[]; retried: Announcement[]; later: Announcement[] }> {
  const [a, b] = [await open(), await open()];
  try {
    const replicaA = team(a);
    await decideDjango(replicaA.chat);
    const replicaB = new TeamAdvisor(kb, { store: b });
    const when = end - 30 * DAY;
    const first = [...(await replicaA.advisor.revisitAlerts(when)), ...(await replicaB.revisitAlerts(when))];
    for (const alert of first) await replicaA.advisor.undelivered(alert);
    const retried = (await Promise.all([replicaA.advisor.revisitAlerts(when + 1), replicaB.revisitAlerts(when + 1)])).flat();
    const later = (await Promise.all([replicaA.advisor.revisitAlerts(when + DAY), replicaB.revisitAlerts(when + DAY)])).flat();
    return { first, retried, later };
  } finally {
    await a.close();
    await b.close();
  }
}

function expectTakenOnce({ first, retried, later }: Awaited<ReturnType<typeof givenBackOnTwoReplicas>>): void {
  expect(first).toHaveLength(1);
  expect(retried).toHaveLength(1);
  expect(retried[0]!.reply).toStrictEqual(first[0]!.reply);
  expect(later).toEqual([]);
}

describe('the re-run button', () => {
  it('carries the decision number and its question, and refuses anything else', () => {
    const subject = { kind: 'compare' as const, frameworks: ['django', 'fastapi'] };
    expect(parseAction(rerunAction(12, subject))).toEqual({ kind: 'rerun', decision: 12, subject });
    for (const bad of ['rerun:0:cmp:django,fastapi', 'rerun:x:cmp:django,fastapi', 'rerun:3', 'rerun:3:cmp:django', 'rerun:3:rec:9.9.9']) expect(parseAction(bad), bad).toBeUndefined();
  });
});

describe('revisit alerts across replicas', () => {
  const files = new TempFiles();
  const schemas = new TestSchemas(TEST_POSTGRES_URL, 'advisor_revisit');
  afterAll(async () => {
    files.remove();
    if (TEST_POSTGRES_URL) await schemas.dropAll();
  });

  it('sends one alert from two replicas on one SQLite file', async () => {
    const path = files.path('revisit');
    expect(await twoReplicas(() => openStore(path))).toHaveLength(1);
  });

  it.skipIf(!TEST_POSTGRES_URL)('sends one alert from two replicas on one PostgreSQL database', async () => {
    const url = `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}schema=${schemas.fresh()}`;
    expect(await twoReplicas(() => openStore(url))).toHaveLength(1);
  });
  it('gives an alert whose post failed to exactly one of two replicas on one SQLite file', async () => {
    const path = files.path('given-back');
    expectTakenOnce(await givenBackOnTwoReplicas(() => openStore(path)));
  });

  it.skipIf(!TEST_POSTGRES_URL)('gives an alert whose post failed to exactly one of two replicas on one PostgreSQL database', async () => {
    const url = `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}schema=${schemas.fresh()}`;
    expectTakenOnce(await givenBackOnTwoReplicas(() => openStore(url)));
  });
  if (!TEST_POSTGRES_URL) it.skip(SKIP_NOTE, () => undefined);
});
