/**
 * The bot under test: the real Bolt app from startSlack(), over the real core
 * and a MemoryStore, talking to a fake Slack on 127.0.0.1, with its log lines
 * captured. Everything is closed again by close(), which fails the test if
 * the fake Slack refused any body for breaking Block Kit's rules.
 */
import { Writable } from 'node:stream';
import type { Asker, Effect, Input } from '../../src/core/conversations/effects.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { startSlack, type RunningSlack } from '../../src/adapters/slack/app.js';
import { createLogger } from '../../src/logger.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { SlackWorkspace, type SlackPerson } from '../fakes/slack-workspace.js';
import { knowledge } from '../support/knowledge.js';

export const BOT_TOKEN = 'xoxb-1111-2222-TESTBOTTOKENSECRET';
export const SIGNING_SECRET = 'signing-secret-0123456789abcdefTEST';
export const APP_TOKEN = 'xapp-1-A0TEST-3333-TESTAPPTOKENSECRET';

export interface BotUnderTest {
  api: FakeSlackApi;
  slack: RunningSlack;
  workspace: SlackWorkspace;
  alice: SlackPerson;
  bob: SlackPerson;
  carol: SlackPerson;
  /** The core the bot serves (for what the service does on its own, such as revisit alerts). */
  core: TeamAdvisor;
  /** Every input the core was asked to handle. */
  coreCalls: Input[];
  /** The bot's log output, one JSON line per entry. */
  logs: string[];
  /** Parsed log entries at warn level or above. */
  problems(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface BotOptions {
  logLevel?: string;
  /** A test that sends a body Slack refuses on purpose says so; otherwise any refusal fails it at close(). */
  expectRefusals?: boolean;
  /** Replaces the core's answer, for tests of platform failures. */
  core?: (input: Input, asker: Asker, real: TeamAdvisor) => Promise<Effect[]>;
}

export async function startBot(options: BotOptions = {}): Promise<BotUnderTest> {
  const api = await FakeSlackApi.start();
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: options.logLevel ?? 'info', pretty: false, destination });
  const store = new MemoryStore();
  const real = new TeamAdvisor(knowledge(), { store });
  const coreCalls: Input[] = [];
  const teamAdvisor = {
    home: real.home.bind(real),
    openForm: real.openForm.bind(real),
    submitForm: real.submitForm.bind(real),
    handle: (input: Input, asker: Asker) => {
      coreCalls.push(input);
      return options.core ? options.core(input, asker, real) : real.handle(input, asker);
    },
  };
  const config = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_APP_TOKEN: undefined, SLACK_API_URL: api.apiUrl, PORT: 0 };
  let slack: RunningSlack;
  try {
    slack = await startSlack({ config, teamAdvisor, store, logger, health: () => ({ slack: slack.state() }), host: '127.0.0.1' });
  } catch (error) {
    await api.close();
    throw error;
  }
  // Display names differ from the handles, so a test can tell a looked-up name from a slash command's user_name.
  api.addUser({ id: 'U0ALICE', name: 'alice', realName: 'Alice Liddell', displayName: 'Alice' });
  api.addUser({ id: 'U0BOB', name: 'bob', realName: 'Bob Dylan', displayName: '' });
  api.addUser({ id: 'U0CAROL', name: 'carol', realName: 'Carol Danvers', displayName: 'Carol' });
  const workspace = new SlackWorkspace(api, { eventsUrl: `http://127.0.0.1:${slack.port}/slack/events`, signingSecret: SIGNING_SECRET, settle: () => slack.idle() });
  return {
    api,
    slack,
    workspace,
    alice: workspace.person('U0ALICE', 'alice'),
    bob: workspace.person('U0BOB', 'bob'),
    carol: workspace.person('U0CAROL', 'carol'),
    core: real,
    coreCalls,
    logs,
    problems: () => logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => Number(e.level) >= 40),
    async close() {
      await slack.stop();
      await store.close();
      await api.close();
      if (api.refusals.length > 0 && !options.expectRefusals) {
        throw new Error(`Slack would refuse ${api.refusals.length} bodies the bot sent:\n${api.refusals.map((r) => `${r.where}: ${r.error} ${r.errors.slice(0, 3).join('; ')}`).join('\n')}`);
      }
    },
  };
}
