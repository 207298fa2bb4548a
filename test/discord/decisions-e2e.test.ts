/**
 * Issue 16's first "done when", end to end on Discord: two replicas of the
 * service (two real discord.js clients splitting the gateway's shards, each
 * with its core and its announcer on a clock the test moves) on ONE store (a
 * SQLite file; PostgreSQL too when TEST_POSTGRES_URL is set), one fake
 * Discord. A team starts a ranked vote with a deadline, Bob ranks, the clock
 * passes the deadline and both announcers check: the vote closes by itself
 * once, and `history export` attaches ADR-0001 as MADR 4. A second vote
 * supersedes it, linked both ways in `decision 1` and in the records;
 * `radar export` attaches a BYOR CSV and a Backstage JSON that read back as
 * their tools read them; and when the clock passes into Django's 90-day
 * window, the revisit alert reaches the channel once between the replicas.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type DiscordBot, startDiscord } from '../../src/adapters/discord/app.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { Announcer } from '../../src/schedule/announcer.js';
import { DAY_MS, dueJobs } from '../../src/schedule/due-jobs.js';
import { shardOf } from '../fakes/discord-gateway.js';
import { BACKEND_CHANNEL, BOT_TOKEN, DiscordUsers, GUILD_ID, type SeenMessage } from '../fakes/discord-users.js';
import { BACKSTAGE_ADR_FILE, untar } from '../support/decision-files.js';
import { knowledge } from '../support/knowledge.js';
import { END, expectStoryFirstRecord, expectStoryRadar, line, quiet, replicaStores, START, TestClock } from '../support/replica-story.js';
import { checkMadr } from '../support/madr-format.js';

/** Two shards: the test server's guild is on replica A's, replica B holds the other. */
const SHARDS = 2;
const A_SHARD = shardOf(GUILD_ID, SHARDS);

const running: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of running.splice(0).reverse()) await stop();
});

/** Each replica opens the store itself, as two processes would. */
const STORES = replicaStores('discord');

describe.each(STORES)('a decision from vote to revisit alert on Discord, two replicas on $name', ({ skip, opener }) => {
  it.skipIf(skip)('closes the vote by itself once, attaches MADR 4 and the radar, supersedes, and alerts once', async () => {
    const clock = new TestClock();
    const open = opener();

    // Replica A: the people's side of the test (its client holds the guild's shard).
    const storeA = await open();
    let coreA: TeamAdvisor | undefined;
    const discord = await DiscordUsers.start({
      store: storeA,
      shards: { count: SHARDS, ids: [A_SHARD] },
      teamAdvisor: (store) => (coreA = new TeamAdvisor(knowledge(), { store, now: clock.now })),
    });
    running.push(async () => (await discord.stop(), await storeA.close()));
    const a = new Announcer({ jobs: dueJobs(coreA!), deliver: { discord: discord.bot.announce }, logger: quiet, clock }).start();
    running.push(() => a.stop());

    // Replica B: another process's discord.js client on the other shard, its own core and announcer, the same store.
    const storeB = await open();
    const coreB = new TeamAdvisor(knowledge(), { store: storeB, now: clock.now });
    const botB: DiscordBot = await startDiscord({
      config: { DISCORD_TOKEN: BOT_TOKEN, DISCORD_API_URL: discord.fake.apiUrl },
      teamAdvisor: coreB,
      store: storeB,
      logger: quiet,
      shards: { count: SHARDS, ids: [1 - A_SHARD] },
    });
    running.push(async () => (await botB.stop(), await storeB.close()));
    const b = new Announcer({ jobs: dueJobs(coreB), deliver: { discord: botB.announce }, logger: quiet, clock }).start();
    running.push(() => b.stop());
    expect(discord.fake.gateway.identifiedShards.map(([id]) => id).sort()).toEqual([0, 1]);

    const bothCheck = async () => void (await Promise.all([a.checkAll(), b.checkAll()]));
    const inChannel = (start: string) => discord.channelMessages(BACKEND_CHANNEL).filter((m) => m.title.startsWith(start));
    const fileOf = (message: SeenMessage | undefined) => {
      const [attachment] = message!.raw.attachments;
      const file = discord.fake.files.get(message!.id)?.find((f) => f.name === attachment?.filename);
      expect(file, 'the reply carries its file').toBeDefined();
      return { filename: attachment!.filename, bytes: file!.data };
    };
    const { bob } = discord;

    // A ranked vote with a deadline; Bob's ranked ballot.
    const started = await discord.slash('vote', { framework: 'Django', second: 'FastAPI', third: 'Flask', closes: 'in 2 days', ranked: true });
    const vote = started.messages.find((m) => m.title === 'Team vote (ranked): which framework should we use?')!;
    expect(vote.ephemeral).toBe(false);
    expect(vote.text).toMatch(/Closes by itself at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    await discord.select(vote, ['django'], { as: bob, placeholder: 'Your 1st choice' });
    await discord.select(vote, ['flask'], { as: bob, placeholder: 'Your 2nd choice' });
    expect(discord.message(vote.id).text).toContain('Django: 1 first choice (Bob)');

    // A day on, nothing is due; at the deadline both replicas check at once and one of them closes it.
    clock.at = START + DAY_MS;
    await bothCheck();
    expect(inChannel('Vote closed')).toEqual([]);
    clock.at = START + 2 * DAY_MS;
    await bothCheck();
    await bothCheck();
    const closed = inChannel('Vote closed');
    expect(closed.map((m) => m.title)).toEqual(['Vote closed: Django wins']);
    const [announced] = closed as [SeenMessage];
    expect(announced.text).toContain('Round 1: Django 1, FastAPI 0, Flask 0: Django has a majority of the 1 counted and wins.');
    expect(announced.buttons).toEqual([]);

    // ADR-0001 as MADR 4, from the attachment Discord received.
    const first = fileOf((await discord.slash('history', { export: true })).reply);
    expectStoryFirstRecord(first, { decisionMakers: 'Alice', consulted: 'Bob' });

    // A second decision on the same question: a vote Alice closes herself. It supersedes ADR-0001.
    clock.at = START + 10 * DAY_MS;
    const second = (await discord.slash('vote', { framework: 'Django', second: 'FastAPI' })).messages.find((m) => m.title === 'Team vote: which framework should we use?')!;
    await discord.click(second, 'Django', { as: bob });
    await discord.click(second, 'Close vote');
    expect(discord.message(second.id).title).toBe('Vote closed: Django wins');

    // `decision 1` shows it superseded by ADR-0002 and attaches its record, which says so; ADR-0002's names ADR-0001.
    const one = (await discord.slash('decision', { number: '1' })).reply!;
    expect(one.title).toBe('ADR-0001: Use Django as our backend framework');
    expect(one.text).toContain('ADR-0001 (superseded by ADR-0002)');
    const oneRecord = fileOf(one);
    expect(oneRecord.filename).toBe('0001-use-django-as-our-backend-framework.md');
    expect(checkMadr(oneRecord.bytes.toString('utf8'))).toMatchObject({ status: 'superseded by ADR-0002' });
    expect(oneRecord.bytes.toString('utf8')).toContain('* Superseded by ADR-0002.');
    const two = (await discord.slash('decision', { number: '2' })).reply!;
    expect(two.text).toContain('ADR-0002 (accepted, supersedes ADR-0001)');
    expect(fileOf(two).bytes.toString('utf8')).toContain('* Supersedes ADR-0001.');

    // Every record, as the archive Discord received: both MADR 4, named for Backstage, linked both ways.
    const archive = fileOf((await discord.slash('history', { export: true, all: true })).reply);
    expect(archive.filename).toBe('decision-records.tar');
    const records = untar(archive.bytes);
    expect([...records.keys()]).toEqual(['0001-use-django-as-our-backend-framework.md', '0002-use-django-as-our-backend-framework.md']);
    for (const name of records.keys()) expect(name).toMatch(BACKSTAGE_ADR_FILE);
    const [adr1, adr2] = [...records.values()];
    expect(adr1).toBe(oneRecord.bytes.toString('utf8'));
    expect(checkMadr(adr2!)).toMatchObject({ status: 'accepted' });
    expect(adr2).toContain('* Supersedes ADR-0001.');
    const latest = fileOf((await discord.slash('history', { export: true })).reply);
    expect(latest.filename).toBe('0002-use-django-as-our-backend-framework.md');
    expect(latest.bytes.toString('utf8')).toBe(adr2);

    // The radar's exports, read back as BYOR and Backstage read them.
    const csv = fileOf((await discord.slash('radar', { export: true }, { as: bob })).reply);
    expect(csv.filename).toBe('tech-radar.csv');
    const json = fileOf((await discord.slash('radar', { export: true, format: 'backstage' }, { as: bob })).reply);
    expect(json.filename).toBe('tech-radar.json');
    expectStoryRadar(csv.bytes.toString('utf8'), json.bytes.toString('utf8'));

    // The revisit alert: nothing before the window; once, between both replicas, when the clock passes into it.
    clock.at = END - 91 * DAY_MS;
    await bothCheck();
    expect(inChannel('Time to revisit')).toEqual([]);
    clock.at = END - 89 * DAY_MS;
    await bothCheck();
    await bothCheck();
    const alerts = inChannel('Time to revisit');
    expect(alerts.map((m) => m.title)).toEqual(['Time to revisit ADR-0002: Use Django as our backend framework']);
    expect(alerts[0]!.text).toContain(`loses security support on ${line.endOfLife}, in 89 days`);
    expect(alerts[0]!.buttons.map((x) => x.label)).toEqual(['Re-run the comparison', 'Record a new decision']);
    // Still one closed-vote announcement; the other closed card is the second vote's own, closed by hand in place.
    expect(inChannel('Vote closed').map((m) => m.id)).toEqual([announced.id, second.id]);
  });
});
