/**
 * The announcer: due-work jobs checked at start-up and on their intervals
 * (a clock the test moves), what they return posted through the platform of
 * each tenant, and failures logged without stopping the next check. A post
 * that fails is handed back to its job and the job is checked again soon.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Announcement } from '../../src/core/conversations/effects.js';
import { createLogger } from '../../src/logger.js';
import { Announcer, type Clock, MAX_RETRIES, RETRY_AFTER_MS } from '../../src/schedule/announcer.js';
import { DAY_MS, MINUTE_MS, type DueJob } from '../../src/schedule/due-jobs.js';

class TestClock implements Clock {
  at = 0;
  readonly ticks: Array<{ ms: number; tick: () => void; stopped: boolean }> = [];
  now = () => this.at;
  every(ms: number, tick: () => void): () => void {
    const entry = { ms, tick, stopped: false };
    this.ticks.push(entry);
    return () => void (entry.stopped = true);
  }
}

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _e, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', pretty: false, destination }) };
}

const say = (tenant: string, channel: string): Announcement => ({
  tenant,
  channel,
  about: 'revisit-alert',
  reply: { kind: 'alerts', understood: true, visibility: 'public', data: { kind: 'alerts' }, card: { title: 'Time to revisit', blocks: [], actions: [], fallback: 'Time to revisit' } },
});

describe('the announcer', () => {
  it('checks each job at start-up and on its interval, with the clock it is given, and posts by platform', async () => {
    const clock = new TestClock();
    const checkedAt: number[] = [];
    const reached: boolean[] = [];
    const job: DueJob = {
      name: 'test alerts',
      everyMs: DAY_MS,
      run: async (now, reaches) => {
        checkedAt.push(now);
        reached.push(reaches('slack:T1'), reaches('discord:G1'), reaches('terminal:local'));
        return [say('slack:T1', 'C1'), say('discord:G1', 'D1')];
      },
      undelivered: async () => false,
    };
    const posted: string[] = [];
    const { logger } = capture();
    const announcer = new Announcer({
      jobs: [job],
      deliver: { slack: async (a) => void posted.push(`slack ${a.channel}`), discord: async (a) => void posted.push(`discord ${a.channel}`) },
      logger,
      clock,
    }).start();
    expect(clock.ticks.map((t) => t.ms)).toEqual([DAY_MS]);
    await announcer.checkAll();
    clock.at = DAY_MS;
    clock.ticks[0]!.tick();
    await announcer.stop();
    expect(checkedAt).toEqual([0, DAY_MS]);
    expect(reached.slice(0, 3)).toEqual([true, true, false]);
    expect(posted).toEqual(['slack C1', 'discord D1', 'slack C1', 'discord D1']);
    expect(clock.ticks[0]!.stopped).toBe(true);
  });

  it('logs a failed check and a failed post, and carries on with the rest', async () => {
    const clock = new TestClock();
    let calls = 0;
    const job: DueJob = {
      name: 'flaky',
      everyMs: 60_000,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('the database is not answering');
        return [say('slack:T1', 'C-gone'), say('slack:T1', 'C1')];
      },
      undelivered: async () => false,
    };
    const posted: string[] = [];
    const { lines, logger } = capture();
    const announcer = new Announcer({
      jobs: [job],
      deliver: {
        slack: async (a) => {
          if (a.channel === 'C-gone') throw new Error('channel_not_found');
          posted.push(a.channel);
        },
      },
      logger,
      clock,
    });
    await announcer.checkAll();
    expect(lines.some((l) => l.job === 'flaky' && l.level === 40)).toBe(true);
    await announcer.checkAll();
    expect(posted).toEqual(['C1']);
    expect(lines.some((l) => l.level === 50 && l.channel === 'C-gone' && l.about === 'revisit-alert')).toBe(true);
  });

  it('hands a failed post back to its job and checks the job again in 15 minutes, at most four times in a row', async () => {
    const clock = new TestClock();
    let slackUp = false;
    const checkedAt: number[] = [];
    const givenBack: string[] = [];
    const posted: number[] = [];
    const job: DueJob = {
      name: 'alerts',
      everyMs: DAY_MS,
      run: async (now) => (checkedAt.push(now), [say('slack:T1', 'C1')]),
      undelivered: async (a) => (givenBack.push(a.channel), true),
    };
    const { lines, logger } = capture();
    const slack = async () => {
      if (!slackUp) throw new Error('ratelimited');
      posted.push(clock.at);
    };
    const announcer = new Announcer({ jobs: [job], deliver: { slack }, logger, clock });
    const pendingRetries = () => clock.ticks.filter((t) => t.ms === RETRY_AFTER_MS && !t.stopped);
    /** Lets the one pending retry fire, and waits for the check it starts. */
    const retry = async () => {
      const [pending, ...more] = pendingRetries();
      expect(more).toEqual([]);
      clock.at += RETRY_AFTER_MS;
      pending!.tick();
      await announcer.checkAll(); // joins the check in progress rather than starting another
    };

    await announcer.checkAll();
    expect(givenBack).toEqual(['C1']);
    expect(lines.some((l) => l.level === 50 && l.channel === 'C1' && l.msg === 'could not post an announcement')).toBe(true);
    for (let i = 0; i < MAX_RETRIES; i += 1) await retry();
    expect(checkedAt).toEqual([0, 1, 2, 3, 4].map((n) => n * RETRY_AFTER_MS));
    expect(pendingRetries()).toEqual([]); // bounded: now the daily check takes over

    clock.at = DAY_MS;
    await announcer.checkAll(); // still failing: quick re-checks again, from a fresh count
    expect(pendingRetries()).toHaveLength(1);
    slackUp = true;
    await retry();
    expect(posted).toEqual([DAY_MS + RETRY_AFTER_MS]);
    expect(pendingRetries()).toEqual([]);
    await announcer.stop();
  });

  it('checks again sooner only for what can be said again, only when sooner than the interval, and never after stop', async () => {
    const clock = new TestClock();
    const failing = async () => {
      throw new Error('platform down');
    };
    const alerts: DueJob = { name: 'alerts', everyMs: DAY_MS, run: async () => [say('slack:T1', 'C1')], undelivered: async () => true };
    const lost: DueJob = { name: 'lost', everyMs: DAY_MS, run: async () => [say('slack:T1', 'C2')], undelivered: async () => false };
    const votes: DueJob = { name: 'votes', everyMs: MINUTE_MS, run: async () => [say('slack:T1', 'C3')], undelivered: async () => true };
    const announcer = new Announcer({ jobs: [alerts, lost, votes], deliver: { slack: failing }, logger: capture().logger, clock });
    await announcer.checkAll();
    const retries = clock.ticks.filter((t) => t.ms === RETRY_AFTER_MS);
    expect(retries).toHaveLength(1); // the alerts job's; the lost one has nothing to say again, the votes job is checked every minute anyway
    await announcer.stop();
    expect(retries[0]!.stopped).toBe(true);
  });

  it('does not start a second check of a job while one is still running, nor any after stop', async () => {
    let release: () => void = () => undefined;
    let runs = 0;
    const job: DueJob = {
      name: 'slow',
      everyMs: 60_000,
      run: () => {
        runs += 1;
        return new Promise<Announcement[]>((resolve) => (release = () => resolve([])));
      },
      undelivered: async () => false,
    };
    const clock = new TestClock();
    const announcer = new Announcer({ jobs: [job], deliver: {}, logger: capture().logger, clock }).start();
    clock.ticks[0]!.tick();
    expect(runs).toBe(1);
    const stopped = announcer.stop();
    release();
    await stopped;
    await announcer.checkAll();
    expect(runs).toBe(1);
  });
});
