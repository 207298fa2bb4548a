/**
 * The service with its PostgreSQL database behind a TCP link the test can
 * cut: while the database is away (at runtime, or already at start-up) the
 * bot keeps answering what needs no database, says the rest is briefly
 * unavailable, reports it at /healthz, and recovers by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeMessage, FakeSlackApi } from '../fakes/slack-api.js';
import { readable, SlackWorkspace } from '../fakes/slack-workspace.js';
import { DatabaseLink } from '../store/postgres-link.js';
import { SKIP_NOTE, TEST_POSTGRES_URL, TestSchemas } from '../store/postgres-schemas.js';
import { pollUntil, type ServiceProcess, startService } from '../support/service-process.js';

const url = TEST_POSTGRES_URL;
if (!url) {
  console.warn(SKIP_NOTE);
  it.skip(SKIP_NOTE, () => undefined);
}

const SECRET = 'outage-signing-secret';
const schemas = new TestSchemas(url, 'advisor_outage');
const target = new URL(url || 'postgres://localhost');
let slack: FakeSlackApi;
const started: ServiceProcess[] = [];
const links: DatabaseLink[] = [];

beforeAll(async () => {
  if (url) slack = await FakeSlackApi.start();
});

afterAll(async () => {
  await Promise.all(started.map((service) => service.stop()));
  for (const link of links) await link.cut();
  await slack?.close();
  await schemas.dropAll();
});

async function linkToDatabase(): Promise<DatabaseLink> {
  const link = new DatabaseLink(target.hostname, Number(target.port || 5432));
  links.push(link);
  await link.open();
  return link;
}

/** The service on its own fresh schema, reached through `link`, and Slack people who talk to it. */
async function serviceThrough(link: DatabaseLink) {
  const database = `${link.urlFor(target.pathname.slice(1))}?schema=${schemas.fresh()}`;
  const service = await startService({ SLACK_BOT_TOKEN: 'xoxb-outage-token', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATABASE_URL: database });
  started.push(service);
  const workspace = new SlackWorkspace(slack, { eventsUrl: service.eventsUrl, signingSecret: SECRET, settle: () => service.idle() });
  return { service, alice: workspace.person('U0ALICE', 'alice') };
}

const title = (m: FakeMessage | undefined) => m && readable(m).split('\n')[0];

type Person = ReturnType<SlackWorkspace['person']>;

/** What needs no database answers; what does gets the notice, privately. */
async function expectDegradedAnswers(alice: Person): Promise<void> {
  const compared = await alice.command('compare django fastapi');
  expect(title(compared.messages[0])).toBe('Django vs FastAPI');
  const recommended = await alice.command('recommend');
  expect(recommended.messages).toHaveLength(1);
  expect(recommended.messages[0]!.ephemeralTo).toBe('U0ALICE');
  expect(title(recommended.messages[0])).toBe('Briefly unavailable');
  expect(readable(recommended.messages[0]!)).toContain('compare, info, top and list still work');
}

/** A guided flow starts and takes its first answer: the database is really back. */
async function expectFlowWorks(alice: Person): Promise<void> {
  const [parent, step] = (await alice.command('recommend')).messages;
  expect(title(parent)).toBe('alice is choosing a backend framework');
  const answered = await alice.click(step!, 'JSON/REST API');
  expect(title(answered.messages[0])).toBe('2/6 · Which languages can the team use?');
}

const healthy = (service: ServiceProcess) => pollUntil('/healthz to say ok again', async () => ((await service.health()).status === 'ok' ? true : undefined), { attempts: 600, intervalMs: 50 });

describe.skipIf(!url)('when the database becomes unreachable while running', () => {
  it('reports it, keeps answering what needs no database, and recovers by itself', async () => {
    const link = await linkToDatabase();
    const { service, alice } = await serviceThrough(link);
    expect(await service.health()).toEqual({ status: 'ok', adapters: { slack: 'running' }, store: 'ok' });

    await link.cut();
    expect(await service.health()).toEqual({ status: 'degraded', adapters: { slack: 'running' }, store: 'unreachable' });
    await expectDegradedAnswers(alice);
    expect(service.child.exitCode).toBeNull();

    await link.open();
    await healthy(service);
    await expectFlowWorks(alice);
    expect(service.logs().filter((entry) => Number(entry.level) >= 60)).toEqual([]);
  });
});

describe.skipIf(!url)('when the database is unreachable at start-up', () => {
  it('starts anyway, answers what needs no database, and opens the store once the database is there', async () => {
    const link = await linkToDatabase();
    // Keep the port, with nothing listening on it: connections are refused until the link opens again.
    await link.cut();
    const { service, alice } = await serviceThrough(link);
    await service.waitForLog((entry) => entry.msg === 'the database is unreachable; answering what needs no database and retrying', 'the first failed attempt to be logged');
    expect(await service.health()).toEqual({ status: 'degraded', adapters: { slack: 'running' }, store: 'unreachable' });
    await expectDegradedAnswers(alice);

    await link.open();
    await healthy(service);
    expect(service.logs().find((entry) => entry.msg === 'the database is reachable; the store is open')).toMatchObject({ attempts: expect.any(Number) });
    // The late open also migrated the fresh schema.
    await expectFlowWorks(alice);
  });

  it('fails at once, saying why, when DATABASE_URL itself cannot be used', async () => {
    const attempt = startService({ SLACK_BOT_TOKEN: 'xoxb-outage-token', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATABASE_URL: `${url}?schema=Not-A-Schema` });
    await expect(attempt).rejects.toThrow(/service exited with 1:[\s\S]*schema \\?"Not-A-Schema\\?" must be a plain lower-case identifier/);
  });
});
