/**
 * A revisit alert as a Slack channel gets it: the real Bolt app, the
 * service's announcer on a clock the test moves, and the fake Slack, which
 * checks the alert's blocks. The alert arrives once by chat.postMessage with
 * the workspace's own token (one workspace, and many through OAuth), and its
 * buttons work: the re-run is posted in the alert's thread, and "Record a new
 * decision" opens a team vote. When Slack refuses the post, the alert is
 * not lost: it arrives at the re-check 15 minutes later, once.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { TeamAdvisor as Advisor } from '../../src/core/team-advisor.js';
import { lastDayOf } from '../../src/core/knowledge/releases.js';
import { createLogger } from '../../src/logger.js';
import { Announcer, type Clock, type Deliver, RETRY_AFTER_MS } from '../../src/schedule/announcer.js';
import { DAY_MS, type DueWork, MINUTE_MS, dueJobs } from '../../src/schedule/due-jobs.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { buttonLabels, GENERAL, readable, type SlackPerson, type SlackWorkspace } from '../fakes/slack-workspace.js';
import { knowledge } from '../support/knowledge.js';
import { aGrant, MultiWorkspaceBot, removeTempFiles } from './multi-workspace-bot.js';
import { BOT_TOKEN, type BotUnderTest, startBot } from './slack-bot.js';

const django = knowledge().get('django')!;
const line = django.releases.lines.find((l) => django.releases.current.version.startsWith(l.line))!;
const end = lastDayOf(line.endOfLife!).getTime();
const TITLE = 'Time to revisit ADR-0002: Use Django as our backend framework';

/** A clock the test sets; intervals are recorded, never fired by time (the test fires them). */
class TestClock implements Clock {
  at = end - 91 * DAY_MS;
  readonly intervals: number[] = [];
  readonly timers: Array<{ ms: number; tick: () => void }> = [];
  stopped = 0;
  now = () => this.at;
  every(ms: number, tick: () => void): () => void {
    this.intervals.push(ms);
    this.timers.push({ ms, tick });
    return () => void (this.stopped += 1);
  }
}

const quiet = createLogger({ level: 'silent', pretty: false, destination: new Writable({ write: (_c, _e, done) => done() }) });

function announcer(core: DueWork, slack: Deliver, clock: TestClock): Announcer {
  return new Announcer({ jobs: dueJobs(core), deliver: { slack }, logger: quiet, clock });
}

/** Alice shares a comparison (ADR-0001) and the channel decides on Django (ADR-0002). */
async function decideDjango(alice: SlackPerson): Promise<void> {
  const [mine] = (await alice.command('compare django fastapi')).messages;
  await alice.click(mine!, 'Share to channel');
  await alice.command('decide django');
}

const alertsIn = (workspace: SlackWorkspace) => workspace.channelMessages().filter((m) => readable(m).startsWith('Time to revisit'));

describe('revisit alerts in Slack', () => {
  let bot: BotUnderTest;
  afterEach(async () => bot?.close());

  it('posts the alert once when the clock passes into the 90-day window, and its buttons work', async () => {
    bot = await startBot();
    await decideDjango(bot.alice);
    const clock = new TestClock();
    const service = announcer(bot.core, bot.slack.announce, clock).start();
    expect(clock.intervals).toEqual([MINUTE_MS, DAY_MS]); // vote deadlines every minute, alerts daily
    await service.checkAll();
    expect(alertsIn(bot.workspace)).toEqual([]);

    clock.at = end - 89 * DAY_MS;
    await service.checkAll();
    const [alert, ...more] = alertsIn(bot.workspace);
    expect(more).toEqual([]);
    expect(alert!.via).toBe('chat.postMessage');
    expect(alert!.channel).toBe(GENERAL);
    expect(alert!.thread_ts).toBeUndefined();
    expect(readable(alert!)).toContain(TITLE);
    expect(readable(alert!)).toContain(`loses security support on ${line.endOfLife}, in 89 days`);
    expect(buttonLabels(alert!)).toEqual(['Re-run the comparison', 'Record a new decision']);
    const posts = bot.api.callsTo('chat.postMessage').filter((c) => String(c.body.text).startsWith('Time to revisit'));
    expect(posts.map((c) => FakeSlackApi.tokenOf(c))).toEqual([BOT_TOKEN]);

    await service.checkAll();
    expect(alertsIn(bot.workspace)).toHaveLength(1);

    const rerun = await bot.bob.click(alert!, 'Re-run the comparison');
    const inThread = rerun.messages.find((m) => m.thread_ts === alert!.ts)!;
    expect(inThread.ephemeralTo).toBeUndefined();
    expect(readable(inThread)).toMatch(/Re-run by bob for ADR-0002/);
    expect(readable(inThread)).toMatch(/Django/);

    const newDecision = await bot.alice.click(alert!, 'Record a new decision');
    const vote = newDecision.messages.find((m) => !m.ephemeralTo && buttonLabels(m).includes('Close vote'))!;
    expect(buttonLabels(vote)).toEqual(expect.arrayContaining(['Django', 'FastAPI']));

    await service.stop();
    expect(clock.stopped).toBe(2); // both due jobs' timers (alerts, vote deadlines) are cleared
  });

  it('posts the alert at the re-check 15 minutes later when Slack refused it, and only once', async () => {
    bot = await startBot();
    await decideDjango(bot.alice);
    const clock = new TestClock();
    clock.at = end - 30 * DAY_MS;
    const service = announcer(bot.core, bot.slack.announce, clock);
    // Rate limited for ten minutes: too long to wait in the check, so the post fails.
    bot.api.failNext('chat.postMessage', { status: 429, retryAfter: 600 });
    await service.checkAll();
    expect(alertsIn(bot.workspace)).toEqual([]);

    const retry = clock.timers.find((t) => t.ms === RETRY_AFTER_MS);
    expect(retry).toBeDefined();
    clock.at += RETRY_AFTER_MS;
    retry!.tick();
    await service.stop(); // waits for the re-check the tick started
    const [alert, ...more] = alertsIn(bot.workspace);
    expect(more).toEqual([]);
    expect(alert!.channel).toBe(GENERAL);
    expect(readable(alert!)).toContain(TITLE);
    expect(clock.timers.filter((t) => t.ms === RETRY_AFTER_MS)).toHaveLength(1); // delivered: no further re-check

    // The next day's check (here or on another replica) does not say it again.
    clock.at += DAY_MS;
    await announcer(bot.core, bot.slack.announce, clock).checkAll();
    expect(alertsIn(bot.workspace)).toHaveLength(1);
    const tries = bot.api.callsTo('chat.postMessage').filter((c) => String(c.body.text).startsWith('Time to revisit'));
    expect(tries).toHaveLength(2); // the refused one and the one that arrived
  });

  it('posts nothing in a channel that said "alerts off"', async () => {
    bot = await startBot();
    await decideDjango(bot.alice);
    await bot.alice.command('alerts off');
    const clock = new TestClock();
    clock.at = end - 30 * DAY_MS;
    await announcer(bot.core, bot.slack.announce, clock).checkAll();
    expect(alertsIn(bot.workspace)).toEqual([]);
  });
});

describe('revisit alerts in many workspaces', () => {
  const bots: MultiWorkspaceBot[] = [];
  afterEach(async () => {
    for (const b of bots.splice(0)) await b.close();
  });
  afterAll(() => removeTempFiles());

  it("posts each workspace's alert with that workspace's installation token", async () => {
    const multi = await MultiWorkspaceBot.start();
    bots.push(multi);
    const acmeGrant = aGrant({ id: 'T0ACME001', name: 'Acme' });
    const globexGrant = aGrant({ id: 'T0GLOBEX1', name: 'Globex' });
    const acme = await multi.install(acmeGrant);
    const globex = await multi.install(globexGrant);
    await decideDjango(acme.person('U0ALICE', 'alice'));
    await decideDjango(globex.person('U0GUS', 'gus'));

    const clock = new TestClock();
    clock.at = end - 30 * DAY_MS;
    // The service's core on the same store as the bot's (as a second replica would be).
    await announcer(new Advisor(knowledge(), { store: multi.store }), multi.slack.announce, clock).checkAll();

    const posts = multi.api.callsTo('chat.postMessage').filter((c) => String(c.body.text).startsWith('Time to revisit'));
    expect(posts.map((c) => FakeSlackApi.tokenOf(c)).sort()).toEqual([acmeGrant.botToken, globexGrant.botToken].sort());
  });
});
