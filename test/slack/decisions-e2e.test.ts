/**
 * Issue 16's first "done when", end to end on Slack: two replicas of the
 * service (two real Bolt apps, each with its core and its announcer on a
 * clock the test moves) on ONE store (a SQLite file; PostgreSQL too when
 * TEST_POSTGRES_URL is set), one fake Slack. A team starts a ranked vote with
 * a deadline on replica A, Bob ranks on replica B, the clock passes the
 * deadline and both announcers check: the vote closes by itself once, and
 * `history export` uploads ADR-0001 as MADR 4. A second vote supersedes it,
 * linked both ways in `decision 1` and in the records; `radar export` uploads
 * a BYOR CSV and a Backstage JSON that read back as their tools read them;
 * and when the clock passes into Django's 90-day window, the revisit alert
 * reaches the channel once between the two replicas.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startSlack, type RunningSlack } from '../../src/adapters/slack/app.js';
import type { Store } from '../../src/core/conversations/store.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { Announcer } from '../../src/schedule/announcer.js';
import { DAY_MS, dueJobs } from '../../src/schedule/due-jobs.js';
import { type FakeMessage, FakeSlackApi } from '../fakes/slack-api.js';
import { buttonLabels, GENERAL, readable, SlackWorkspace } from '../fakes/slack-workspace.js';
import { BACKSTAGE_ADR_FILE, untar } from '../support/decision-files.js';
import { knowledge } from '../support/knowledge.js';
import { END, expectStoryFirstRecord, expectStoryRadar, line, quiet, replicaStores, START, TestClock } from '../support/replica-story.js';
import { checkMadr } from '../support/madr-format.js';
import { SIGNING_SECRET } from './slack-bot.js';

const BOT_TOKEN = 'xoxb-1111-2222-E2EDECISIONSTOKEN';

interface Replica {
  store: Store;
  slack: RunningSlack;
  announcer: Announcer;
}

async function startReplica(api: FakeSlackApi, store: Store, clock: TestClock): Promise<Replica> {
  const core = new TeamAdvisor(knowledge(), { store, now: clock.now });
  const config = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: undefined, SLACK_API_URL: api.apiUrl, PORT: 0 };
  const slack = await startSlack({ config, teamAdvisor: core, store, logger: quiet, health: () => ({}), host: '127.0.0.1' });
  const announcer = new Announcer({ jobs: dueJobs(core), deliver: { slack: slack.announce }, logger: quiet, clock }).start();
  return { store, slack, announcer };
}

const running: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of running.splice(0).reverse()) await stop();
});

/** Each replica opens the store itself, as two processes would. */
const STORES = replicaStores('slack');

const title = (m: FakeMessage) => readable(m).split('\n')[0]!;
const inChannel = (api: FakeSlackApi, start: string) => api.messages.filter((m) => m.channel === GENERAL && !m.ephemeralTo && !m.deleted && title(m).startsWith(start));

/** The one file in a multipart/form-data body, as the fake Slack keeps what was posted to the upload URL. */
function multipartFile(raw: string): string {
  const boundary = raw.slice(0, raw.indexOf('\r\n'));
  expect(boundary, 'a multipart body').toMatch(/^--\S+$/);
  const start = raw.indexOf('\r\n\r\n') + 4;
  const end = raw.indexOf(`\r\n${boundary}--`, start);
  expect(end, 'the closing boundary').toBeGreaterThan(start);
  return raw.slice(start, end);
}

/** The file a command uploaded: its name (as given to files.getUploadURLExternal) and its bytes. */
function uploaded(api: FakeSlackApi, message: FakeMessage | undefined): { filename: string; bytes: Buffer } {
  expect(message?.via, 'the file is uploaded').toBe('files.completeUploadExternal');
  const [file] = message!.files!;
  const request = api.callsTo('files.getUploadURLExternal').find((c) => String(c.body.filename) === file!.title);
  expect(request, `an upload named ${file!.title}`).toBeDefined();
  return { filename: String(request!.body.filename), bytes: Buffer.from(multipartFile(file!.content), 'utf8') };
}

describe.each(STORES)('a decision from vote to revisit alert on Slack, two replicas on $name', ({ skip, opener }) => {
  it.skipIf(skip)('closes the vote by itself once, exports MADR 4 and the radar, supersedes, and alerts once', async () => {
    const api = await FakeSlackApi.start();
    running.push(() => api.close());
    const clock = new TestClock();
    const open = opener();
    const a = await startReplica(api, await open(), clock);
    running.push(async () => (await a.announcer.stop(), await a.slack.stop(), await a.store.close()));
    const b = await startReplica(api, await open(), clock);
    running.push(async () => (await b.announcer.stop(), await b.slack.stop(), await b.store.close()));
    api.addUser({ id: 'U0ALICE', name: 'alice', realName: 'Alice Liddell', displayName: 'Alice' });
    api.addUser({ id: 'U0BOB', name: 'bob', realName: 'Bob Dylan', displayName: 'Bob' });
    const settle = async () => void (await Promise.all([a.slack.idle(), b.slack.idle()]));
    const onA = new SlackWorkspace(api, { eventsUrl: `http://127.0.0.1:${a.slack.port}/slack/events`, signingSecret: SIGNING_SECRET, settle });
    const onB = new SlackWorkspace(api, { eventsUrl: `http://127.0.0.1:${b.slack.port}/slack/events`, signingSecret: SIGNING_SECRET, settle });
    const alice = onA.person('U0ALICE', 'alice');
    const bob = onB.person('U0BOB', 'bob');
    const bothCheck = async () => void (await Promise.all([a.announcer.checkAll(), b.announcer.checkAll()]));

    // A ranked vote with a deadline, started on A; Bob's ranked ballot lands on B.
    const started = await alice.command('vote django fastapi flask ranked closes in 2d');
    const vote = started.messages.find((m) => title(m) === 'Team vote (ranked): which framework should we use?')!;
    expect(vote.ephemeralTo).toBeUndefined();
    expect(readable(vote)).toMatch(/Closes by itself at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    await bob.choose(vote, 'Your 1st choice', ['Django']);
    await bob.choose(api.findMessage(GENERAL, vote.ts)!, 'Your 2nd choice', ['Flask']);
    expect(readable(api.findMessage(GENERAL, vote.ts)!)).toContain('Django: 1 first choice (bob)');

    // A day on, nothing is due; at the deadline both replicas check at once and one of them closes it.
    clock.at = START + DAY_MS;
    await bothCheck();
    expect(inChannel(api, 'Vote closed')).toEqual([]);
    clock.at = START + 2 * DAY_MS;
    await bothCheck();
    await bothCheck();
    const closed = inChannel(api, 'Vote closed');
    expect(closed.map(title)).toEqual(['Vote closed: Django wins']);
    const [announced] = closed as [FakeMessage];
    expect(closed[0]!.via).toBe('chat.postMessage');
    expect(readable(closed[0]!)).toMatch(/Round 1: Django 1, FastAPI 0, Flask 0: Django has a majority of the 1 counted and wins\./);

    // ADR-0001 as MADR 4, from the file Slack received.
    const first = uploaded(api, (await alice.command('history export')).messages.find((m) => m.files));
    expectStoryFirstRecord(first, { decisionMakers: 'alice', consulted: 'bob' });

    // A second decision on the same question: a vote Alice closes herself. It supersedes ADR-0001.
    clock.at = START + 10 * DAY_MS;
    const second = (await alice.command('vote django fastapi')).messages.find((m) => title(m) === 'Team vote: which framework should we use?')!;
    await bob.click(second, 'Django');
    const closedByHand = await alice.click(api.findMessage(GENERAL, second.ts)!, 'Close vote');
    expect(closedByHand.messages.map(title)).toContain('Vote closed: Django wins');

    // `decision 1` shows it superseded by ADR-0002 and attaches its record, which says so; ADR-0002's names ADR-0001.
    const [one, oneFile] = (await bob.command('decision 1')).messages;
    expect(title(one!)).toBe('ADR-0001: Use Django as our backend framework');
    expect(readable(one!)).toContain('ADR-0001 (superseded by ADR-0002)');
    const oneRecord = uploaded(api, oneFile);
    expect(oneRecord.filename).toBe('0001-use-django-as-our-backend-framework.md');
    expect(checkMadr(oneRecord.bytes.toString('utf8'))).toMatchObject({ status: 'superseded by ADR-0002' });
    expect(oneRecord.bytes.toString('utf8')).toContain('* Superseded by ADR-0002.');
    const [two, twoFile] = (await bob.command('decision 2')).messages;
    expect(readable(two!)).toContain('ADR-0002 (accepted, supersedes ADR-0001)');
    expect(uploaded(api, twoFile).bytes.toString('utf8')).toContain('* Supersedes ADR-0001.');

    // Every record, as the archive Slack received: both MADR 4, named for Backstage, linked both ways.
    const archive = uploaded(api, (await alice.command('history export all')).messages.find((m) => m.files));
    expect(archive.filename).toBe('decision-records.tar');
    const records = untar(archive.bytes);
    expect([...records.keys()]).toEqual(['0001-use-django-as-our-backend-framework.md', '0002-use-django-as-our-backend-framework.md']);
    for (const name of records.keys()) expect(name).toMatch(BACKSTAGE_ADR_FILE);
    const [adr1, adr2] = [...records.values()];
    expect(adr1).toBe(oneRecord.bytes.toString('utf8'));
    expect(checkMadr(adr2!)).toMatchObject({ status: 'accepted' });
    expect(adr2).toContain('* Supersedes ADR-0001.');
    const latest = uploaded(api, (await alice.command('history export')).messages.find((m) => m.files));
    expect(latest.filename).toBe('0002-use-django-as-our-backend-framework.md');
    expect(latest.bytes.toString('utf8')).toBe(adr2);

    // The radar's exports, read back as BYOR and Backstage read them.
    const csv = uploaded(api, (await bob.command('radar export')).messages.find((m) => m.files));
    expect(csv.filename).toBe('tech-radar.csv');
    const json = uploaded(api, (await bob.command('radar export --format backstage')).messages.find((m) => m.files));
    expect(json.filename).toBe('tech-radar.json');
    expectStoryRadar(csv.bytes.toString('utf8'), json.bytes.toString('utf8'));

    // The revisit alert: nothing before the window; once, between both replicas, when the clock passes into it.
    clock.at = END - 91 * DAY_MS;
    await bothCheck();
    expect(inChannel(api, 'Time to revisit')).toEqual([]);
    clock.at = END - 89 * DAY_MS;
    await bothCheck();
    await bothCheck();
    const alerts = inChannel(api, 'Time to revisit');
    expect(alerts.map(title)).toEqual(['Time to revisit ADR-0002: Use Django as our backend framework']);
    expect(readable(alerts[0]!)).toContain(`loses security support on ${line.endOfLife}, in 89 days`);
    expect(buttonLabels(alerts[0]!)).toEqual(['Re-run the comparison', 'Record a new decision']);
    // Still one closed-vote announcement; the other closed card is the second vote's own, closed by hand in place.
    expect(inChannel(api, 'Vote closed').map((m) => m.ts)).toEqual([announced.ts, second.ts]);
    expect(api.refusals).toEqual([]);
  });
});
