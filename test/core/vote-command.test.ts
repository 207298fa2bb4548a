/** `vote`: deadlines as people say them, ranked and anonymous votes, `vote add`, and friendly refusals. */
import { describe, expect, it } from 'vitest';
import { commandText } from '../../src/core/commands/command-text.js';
import { closesAtOf, DAY_MS } from '../../src/core/commands/deadline.js';
import { parseCommand } from '../../src/core/commands/parse.js';
import { knowledge } from '../support/knowledge.js';

const HOUR = 3_600_000;
const parse = (text: string) => parseCommand(knowledge(), text);
const understood = (text: string) => {
  const r = parse(text);
  if (!r.ok) throw new Error(`not understood: ${text}: ${r.problem.message}`);
  return r.command;
};
const refusal = (text: string) => {
  const r = parse(text);
  if (r.ok) throw new Error(`unexpectedly understood: ${text}`);
  return r.problem;
};

describe('vote', () => {
  it('starts on the latest shared result with no frameworks named, as a plain, named vote without a deadline', () => {
    expect(understood('vote')).toEqual({ kind: 'vote', action: 'start', frameworks: [], ranked: false, anonymous: false });
  });

  it.each([
    ['vote closes in 2d', 2 * DAY_MS],
    ['vote closes in 2 days', 2 * DAY_MS],
    ['vote in 3 days', 3 * DAY_MS],
    ['vote closes 12h', 12 * HOUR],
    ['vote closing in 90 minutes', 90 * 60_000],
    ['vote for a day', DAY_MS],
    ['vote closes in 1 week', 7 * DAY_MS],
    ['vote closes=36h', 36 * HOUR],
    ['vote 2d', 2 * DAY_MS],
  ])('reads the deadline in "%s"', (text, ms) => {
    expect(understood(text)).toMatchObject({ kind: 'vote', action: 'start', deadline: { kind: 'in', ms } });
  });

  it('reads frameworks, a deadline and both styles in any order, names of several words included', () => {
    expect(understood('vote django fastapi flask closes in 2d ranked anonymous')).toEqual({
      kind: 'vote',
      action: 'start',
      frameworks: ['django', 'fastapi', 'flask'],
      deadline: { kind: 'in', ms: 2 * DAY_MS },
      ranked: true,
      anonymous: true,
    });
    expect(understood('poll anonymous ruby on rails vs laravel, closes in 12h')).toMatchObject({ frameworks: ['rails', 'laravel'], anonymous: true, ranked: false, deadline: { ms: 12 * HOUR } });
  });

  it('reads "closes friday" as the end of the coming Friday in UTC', () => {
    const command = understood('vote closes friday');
    expect(command).toMatchObject({ deadline: { kind: 'weekday', day: 5 } });
    const wednesdayNoon = Date.UTC(2025, 0, 15, 12);
    expect(new Date(closesAtOf({ kind: 'weekday', day: 5 }, wednesdayNoon)).toISOString()).toBe('2025-01-17T23:59:00.000Z');
    const fridayNight = Date.UTC(2025, 0, 17, 23, 59, 30);
    expect(new Date(closesAtOf({ kind: 'weekday', day: 5 }, fridayNight)).toISOString()).toBe('2025-01-24T23:59:00.000Z');
  });

  it.each([
    ['vote closes in 0d', /later than now/],
    ['vote closes in -2 days', /later than now/],
    ['vote closes in 45 days', /at most 30 days/],
    ['vote closes in 5w', /at most 30 days/],
    ['vote closes soonish', /didn't understand the deadline "closes soonish"/],
    ['vote closes in 2 fortnights', /didn't understand the deadline/],
    ['vote closes', /didn't understand the deadline "closes"/],
    ['vote django fastapi 2', /didn't understand the deadline "2"/],
    ['vote closes in 2d closes in 3d', /one deadline/],
  ])('refuses "%s" kindly, with the usage', (text, message) => {
    const p = refusal(text);
    expect(p.message).toMatch(message);
    expect(p.usage).toMatch(/^vote /);
  });

  it('refuses one framework, more than five, and unknown names with a guess', () => {
    expect(refusal('vote django').message).toMatch(/at least two frameworks: Django and what\?/);
    expect(refusal('vote django fastapi flask express koa hono').message).toMatch(/at most 5 frameworks; you named 6/);
    const unknown = refusal('vote djnago fastapi');
    expect(unknown.message).toMatch(/"djnago".*Did you mean Django/);
    expect(unknown.suggestions).toContain('django');
  });

  it('adds one framework with "vote add", and nothing else', () => {
    expect(understood('vote add fastify')).toEqual({ kind: 'vote', action: 'add', framework: 'fastify' });
    expect(understood('vote add spring boot')).toEqual({ kind: 'vote', action: 'add', framework: 'spring-boot' });
    expect(refusal('vote add').message).toMatch(/Which framework should I add/);
    expect(refusal('vote add fastify koa').message).toMatch(/one framework at a time/);
    expect(refusal('vote add fastify ranked').message).toMatch(/takes one framework only/);
  });

  it("reads Discord's /framework vote options as meant", () => {
    const text = (options: Record<string, string>) => commandText('vote', new Map(Object.entries(options)));
    expect(understood(text({ framework: 'Django', second: 'FastAPI', closes: 'in 3 days', ranked: 'true', anonymous: 'false' }))).toEqual({
      kind: 'vote',
      action: 'start',
      frameworks: ['django', 'fastapi'],
      deadline: { kind: 'in', ms: 3 * DAY_MS },
      ranked: true,
      anonymous: false,
    });
    expect(understood(text({ closes: 'friday' }))).toMatchObject({ frameworks: [], deadline: { kind: 'weekday', day: 5 } });
    expect(understood(text({ framework: 'Fastify', add: 'true' }))).toEqual({ kind: 'vote', action: 'add', framework: 'fastify' });
  });
});
