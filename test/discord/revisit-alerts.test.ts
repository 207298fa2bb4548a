/**
 * A revisit alert as a Discord channel gets it: the real discord.js client
 * against the fake Discord, and the service's announcer on a clock the test
 * moves. The alert is posted once in the decision's channel through the REST
 * channel post, within Discord's limits, and its buttons work. A post Discord
 * refused is not lost: the alert arrives at the re-check 15 minutes later, once.
 */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { limitProblems } from '../../src/adapters/discord/limits.js';
import { lastDayOf } from '../../src/core/knowledge/releases.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { createLogger } from '../../src/logger.js';
import { Announcer, type Clock, RETRY_AFTER_MS } from '../../src/schedule/announcer.js';
import { DAY_MS, dueJobs } from '../../src/schedule/due-jobs.js';
import { BACKEND_CHANNEL, DiscordUsers, type SeenMessage } from '../fakes/discord-users.js';
import { knowledge } from '../support/knowledge.js';

const django = knowledge().get('django')!;
const line = django.releases.lines.find((l) => django.releases.current.version.startsWith(l.line))!;
const end = lastDayOf(line.endOfLife!).getTime();

const quiet = createLogger({ level: 'silent', pretty: false, destination: new Writable({ write: (_c, _e, done) => done() }) });

function clockAt(at: { ms: number }): Clock {
  return { now: () => at.ms, every: () => () => undefined };
}

let discord: DiscordUsers | undefined;
afterEach(async () => {
  await discord?.stop();
  discord = undefined;
});

async function start(): Promise<{ users: DiscordUsers; core: TeamAdvisor }> {
  let core: TeamAdvisor | undefined;
  const users = await DiscordUsers.start({ teamAdvisor: (store) => (core = new TeamAdvisor(knowledge(), { store })) });
  discord = users;
  return { users, core: core! };
}

/** Alice shares a comparison (ADR-0001) and the channel decides on Django (ADR-0002). */
async function decideDjango(users: DiscordUsers): Promise<void> {
  const compared = await users.slash('compare', { first: 'django', second: 'fastapi' });
  await users.click(compared.reply!, 'Share to channel');
  await users.slash('decide', { framework: 'django' });
}

const alertsIn = (users: DiscordUsers): SeenMessage[] => users.channelMessages(BACKEND_CHANNEL).filter((m) => m.title.startsWith('Time to revisit'));

describe('revisit alerts in Discord', () => {
  it('posts the alert at the re-check 15 minutes later when Discord refused it, and only once', async () => {
    const { users, core } = await start();
    await decideDjango(users);
    const at = { ms: end - 30 * DAY_MS };
    const timers: Array<{ ms: number; tick: () => void }> = [];
    const clock: Clock = { now: () => at.ms, every: (ms, tick) => (timers.push({ ms, tick }), () => undefined) };
    const announcer = new Announcer({ jobs: dueJobs(core), deliver: { discord: users.bot.announce }, logger: quiet, clock });
    // The bot may not post there until an admin fixes its permissions.
    users.fake.fail({ method: 'POST', path: new RegExp(`^/channels/${BACKEND_CHANNEL}/messages$`), status: 403, times: 1 });
    await announcer.checkAll();
    expect(alertsIn(users)).toEqual([]);

    const retry = timers.find((t) => t.ms === RETRY_AFTER_MS);
    expect(retry).toBeDefined();
    at.ms += RETRY_AFTER_MS;
    retry!.tick();
    await announcer.stop(); // waits for the re-check the tick started
    const [alert, ...more] = alertsIn(users);
    expect(more).toEqual([]);
    expect(alert!.title).toBe('Time to revisit ADR-0002: Use Django as our backend framework');

    at.ms += DAY_MS;
    await new Announcer({ jobs: dueJobs(core), deliver: { discord: users.bot.announce }, logger: quiet, clock }).checkAll();
    expect(alertsIn(users)).toHaveLength(1);
  });

  it('posts the alert once in the channel when the clock passes into the 90-day window, and its buttons work', async () => {
    const { users, core } = await start();
    await decideDjango(users);
    const at = { ms: end - 91 * DAY_MS };
    const announcer = new Announcer({ jobs: dueJobs(core), deliver: { discord: users.bot.announce }, logger: quiet, clock: clockAt(at) });
    await announcer.checkAll();
    expect(alertsIn(users)).toEqual([]);

    at.ms = end - 89 * DAY_MS;
    await announcer.checkAll();
    await announcer.checkAll();
    const [alert, ...more] = alertsIn(users);
    expect(more).toEqual([]);
    expect(alert!.ephemeral).toBe(false);
    expect(alert!.title).toBe('Time to revisit ADR-0002: Use Django as our backend framework');
    expect(alert!.text).toContain(`loses security support on ${line.endOfLife}, in 89 days`);
    expect(alert!.buttons.map((b) => b.label)).toEqual(['Re-run the comparison', 'Record a new decision']);
    expect(limitProblems(alert!.raw as never)).toEqual([]);

    const rerun = await users.click(alert!, 'Re-run the comparison', { as: users.bob });
    const result = rerun.messages.find((m) => m.title === 'Django vs FastAPI' && !m.ephemeral)!;
    expect(result.text).toContain('Re-run by Bob for ADR-0002');

    const vote = await users.click(alert!, 'Record a new decision');
    expect(vote.messages.some((m) => !m.ephemeral && m.buttons.some((b) => b.label === 'Close vote'))).toBe(true);
  });
});
