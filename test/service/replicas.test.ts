/**
 * Two real processes of the service (Slack HTTP mode, two ports) on one
 * PostgreSQL schema and one fake Slack, as behind a load balancer: whichever
 * replica a request lands on, they behave as one bot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi, type FakeMessage } from '../fakes/slack-api.js';
import { buttonLabels, GENERAL, readable, SlackWorkspace } from '../fakes/slack-workspace.js';
import { SKIP_NOTE, TEST_POSTGRES_URL, TestSchemas } from '../store/postgres-schemas.js';
import { pollUntil, type ServiceProcess, startService } from '../support/service-process.js';

const url = TEST_POSTGRES_URL;
if (!url) {
  console.warn(SKIP_NOTE);
  it.skip(SKIP_NOTE, () => undefined);
}

const SECRET = 'replica-signing-secret';
const schemas = new TestSchemas(url, 'advisor_replicas');
let slack: FakeSlackApi;
let a: ServiceProcess;
let b: ServiceProcess;
/** The same workspace seen through replica A and through replica B. */
let onA: SlackWorkspace;
let onB: SlackWorkspace;

const title = (m: FakeMessage) => readable(m).split('\n')[0];

/** A request has been fully answered only once neither replica has anything in flight. */
const bothIdle = async () => void (await Promise.all([a.idle(), b.idle()]));

async function handled(service: ServiceProcess, input: 'text' | 'action'): Promise<number> {
  const metrics = await (await fetch(`${service.url}/metrics`)).text();
  const lines = [...metrics.matchAll(new RegExp(`^advisor_handled_total\\{platform="slack",input="${input}",kind="[^"]*"\\} (\\d+)$`, 'gm'))];
  return lines.reduce((sum, m) => sum + Number(m[1]), 0);
}

beforeAll(async () => {
  if (!url) return;
  slack = await FakeSlackApi.start();
  const databaseUrl = `${url}${url.includes('?') ? '&' : '?'}schema=${schemas.fresh()}`;
  const env = { SLACK_BOT_TOKEN: 'xoxb-replica-token', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATABASE_URL: databaseUrl };
  // Both start at once on a fresh schema, so both try to migrate it: the advisory lock lets one do it.
  [a, b] = await Promise.all([startService(env), startService(env)]);
  onA = new SlackWorkspace(slack, { eventsUrl: a.eventsUrl, signingSecret: SECRET, settle: bothIdle });
  onB = new SlackWorkspace(slack, { eventsUrl: b.eventsUrl, signingSecret: SECRET, settle: bothIdle });
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await slack?.close();
  await schemas.dropAll();
});

describe.skipIf(!url)('two replicas on one PostgreSQL', () => {
  it('both start on the same fresh database and report it healthy', async () => {
    expect(await a.health()).toEqual({ status: 'ok', adapters: { slack: 'running' }, store: 'ok' });
    expect(await b.health()).toEqual({ status: 'ok', adapters: { slack: 'running' }, store: 'ok' });
  });

  it('continues a guided flow started on A when the clicks alternate between A and B', async () => {
    const [parent, step] = (await onA.person('U0ALICE', 'alice').command('recommend')).messages;
    expect(title(parent!)).toBe('alice is choosing a backend framework');
    const alice = { A: onA.person('U0ALICE', 'alice'), B: onB.person('U0ALICE', 'alice') };
    const titles: string[] = [];
    const seenNow = () => titles.push(title(slack.findMessage(GENERAL, step!.ts)!)!);

    await alice.B.click(step!, 'AI/ML service');
    seenNow();
    await alice.A.choose(step!, 'Which languages can the team use?', ['Python']);
    await alice.B.click(step!, 'Done: Python');
    seenNow();
    await alice.A.choose(step!, 'What matters most? Pick up to two.', ['Performance']);
    await alice.B.click(step!, 'Done: Performance');
    seenNow();
    await alice.A.click(step!, 'None of these');
    seenNow();
    await alice.B.click(step!, 'Millions of users');
    seenNow();
    const last = await alice.A.click(step!, 'Senior');

    expect(titles).toEqual([
      '2/6 · Which languages can the team use?',
      '3/6 · What matters most? Pick up to two.',
      '4/6 · What must come out of the box?',
      '5/6 · What scale do you expect?',
      "6/6 · What is the team's experience?",
    ]);
    const result = last.messages.find((m) => title(m)?.startsWith('Recommended: '));
    expect(result?.thread_ts).toBe(parent!.ts);
    expect(buttonLabels(result!)).toContain('Start a team vote');
    // Each replica really took part: clicks were handled on both.
    expect(await handled(a, 'action')).toBeGreaterThanOrEqual(4);
    expect(await handled(b, 'action')).toBeGreaterThanOrEqual(4);
  });

  it('counts every one of 20 simultaneous votes exactly once, split across A and B', async () => {
    const [, step] = (await onA.person('U0VERA', 'vera').command('recommend project=api language=python priorities=performance builtins=none scale=millions')).messages;
    const result = (await onB.person('U0VERA', 'vera').click(step!, 'Senior')).messages.find((m) => title(m)?.startsWith('Recommended: '))!;
    const [ballot] = (await onA.person('U0VERA', 'vera').click(result, 'Start a team vote')).messages;
    expect(title(ballot!)).toBe('Team vote: which framework should we use?');
    const options = buttonLabels(ballot!).filter((label) => label !== 'Close vote');
    expect(options).toHaveLength(3);

    // Half the options go to the first framework, a quarter to each other one, so the winner is clear.
    const pick = (i: number) => options[i % 4 === 1 ? 1 : i % 4 === 3 ? 2 : 0]!;
    const voters = Array.from({ length: 20 }, (_, i) => ({ i, name: `voter${String(i).padStart(2, '0')}` }));
    const current = () => slack.findMessage(GENERAL, ballot!.ts)!;
    await Promise.all(voters.map(({ i, name }) => (i % 2 === 0 ? onA : onB).person(`U0V${i}`, name).click(current(), pick(i))));

    const closed = await onB.person('U0VERA', 'vera').click(current(), 'Close vote');
    const final = closed.messages.find((m) => m.ts === ballot!.ts)!;
    expect(title(final)).toBe(`Vote closed: ${options[0]} wins`);
    const text = readable(final);
    expect(text).toContain('Tally (20 votes)');
    const votersFor = (n: number) => voters.filter(({ i }) => pick(i) === options[n]).map((v) => v.name).join(', ');
    expect(text).toContain(`${options[0]}: 10 votes (${votersFor(0)})`);
    expect(text).toContain(`${options[1]}: 5 votes (${votersFor(1)})`);
    expect(text).toContain(`${options[2]}: 5 votes (${votersFor(2)})`);

    const history = await onA.person('U0VERA', 'vera').command('history');
    // The closed vote is the channel's first decision, accepted, with the winner's count.
    expect(readable(history.messages[0]!)).toContain('ADR-0001 (accepted)');
    expect(readable(history.messages[0]!)).toContain(`Team vote: ${options[0]} with 10 of 20 votes`);
  });

  it('shows channel settings set on A to people on B', async () => {
    const channel = 'C0SETTINGS';
    const set = await onA.person('U0ALICE', 'alice').command('weights performance=3 security=2', { channel });
    expect(title(set.messages[0]!)).toBe("alice set this channel's default priorities");
    const shown = await onB.person('U0BOB', 'bob').command('weights', { channel });
    expect(readable(shown.messages[0]!)).toMatch(/Performance \d+%.*Security \d+%.*Set by alice/s);
    const compared = await onB.person('U0BOB', 'bob').command('compare django fastapi', { channel });
    expect(readable(compared.messages[0]!)).toContain("this channel's priorities (performance 3, security 2, the others 1)");
  });

  it('answers an event once when Slack delivers it to A and retries it to B', async () => {
    const mention = await onA.person('U0CAROL', 'carol').mention('compare rails laravel');
    expect(mention.messages.map(title)).toContain('Ruby on Rails vs Laravel');
    const before = { seq: slack.seq, handledOnB: await handled(b, 'text') };
    const retried = await onB.redeliver(mention, 1);
    expect(retried.status).toBe(200);
    expect(slack.messages.filter((m) => m.seq > before.seq)).toEqual([]);
    expect(await handled(b, 'text')).toBe(before.handledOnB);
    // B's log reaches this process through a pipe, which may lag behind the HTTP answer that said B was idle.
    const ignored = await pollUntil('B to log the ignored redelivery', () => b.logs().some((entry) => entry.msg === 'repeated delivery of an event already handled; ignored') || undefined).catch(() => false);
    expect(ignored).toBe(true);
  });
});
