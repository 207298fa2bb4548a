/**
 * The bot in multi-workspace mode under test: the real Bolt app with its
 * InstallProvider, over the real core and a SQLite store on a temporary file
 * (so a test can read the raw rows), against the fake Slack, which finishes
 * installs with oauth.v2.access. `install()` walks a workspace through the
 * OAuth flow as a browser would (install page, Slack's permission screen,
 * the redirect back with code and state and the state cookie) and returns
 * that workspace, ready for its people to talk to the bot.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { startSlack, type RunningSlack } from '../../src/adapters/slack/app.js';
import type { Store } from '../../src/core/conversations/store.js';
import { TeamAdvisor } from '../../src/core/team-advisor.js';
import { createLogger } from '../../src/logger.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { type FakeInstallGrant, FakeSlackApi } from '../fakes/slack-api.js';
import { sendSigned } from '../fakes/slack-requests.js';
import { SlackWorkspace } from '../fakes/slack-workspace.js';
import { TempFiles } from '../store/temp-files.js';
import { knowledge } from '../support/knowledge.js';
import { SIGNING_SECRET } from './slack-bot.js';

export const CLIENT_ID = '1111111111.2222222222';
export const CLIENT_SECRET = 'client-secret-TESTSECRET-0123456789';
export const STATE_SECRET = 'state-secret-TESTSECRET-0123456789';
export const PUBLIC_URL = 'https://advisor.example.test';
export const APP_ID = 'A0MULTI01';
export const STATE_COOKIE = 'slack-app-oauth-state';
export const aKey = () => randomBytes(32).toString('base64');

const files = new TempFiles();
export const removeTempFiles = () => files.remove();

export interface MultiBotOptions {
  /** INSTALLATION_ENCRYPTION_KEY; a fresh one when absent. */
  key?: string;
  /** The SQLite file; a fresh one when absent (give the same one to restart over the same data). */
  databasePath?: string;
  graceDays?: number;
  /** An already running fake Slack (for a restart); a new one when absent. */
  api?: FakeSlackApi;
}

/** What a browser sees on the way through an install. */
export interface InstallWalk {
  installPage: string;
  /** The Add to Slack button's target: Slack's authorize URL. */
  authorizeUrl: URL;
  /** The state cookie Bolt set with the install page. */
  cookie: string;
  /** The redirect back from Slack, as a path on the bot. */
  callbackPath: string;
  callback: { status: number; body: string };
}

export class MultiWorkspaceBot {
  private clockMs = Date.now();

  private constructor(
    /** The bot's log output, one JSON line per entry. */
    readonly logs: string[],
    readonly api: FakeSlackApi,
    readonly store: SqliteStore,
    readonly key: string,
    readonly slack: RunningSlack,
    private readonly ownsApi: boolean,
  ) {}

  static async start(options: MultiBotOptions = {}): Promise<MultiWorkspaceBot> {
    const api = options.api ?? (await FakeSlackApi.start());
    api.app = { appId: APP_ID, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: `${PUBLIC_URL}/slack/oauth_redirect` };
    const store = SqliteStore.open(options.databasePath ?? files.path('multi'));
    const key = options.key ?? aKey();
    const logs: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const logger = createLogger({ level: 'info', pretty: false, destination });
    const core = new TeamAdvisor(knowledge(), { store });
    let clock: { now(): number } | undefined;
    const config = {
      SLACK_BOT_TOKEN: undefined,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_API_URL: api.apiUrl,
      PORT: 0,
      SLACK_CLIENT_ID: CLIENT_ID,
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: STATE_SECRET,
      INSTALLATION_ENCRYPTION_KEY: key,
      PUBLIC_URL,
      UNINSTALL_GRACE_DAYS: options.graceDays ?? 30,
    };
    let slack: RunningSlack;
    try {
      slack = await startSlack({ config, teamAdvisor: core, store, logger, health: () => ({}), host: '127.0.0.1', now: () => clock?.now() ?? Date.now() });
    } catch (error) {
      await store.close();
      if (!options.api) await api.close();
      throw error;
    }
    const bot = new MultiWorkspaceBot(logs, api, store, key, slack, !options.api);
    clock = { now: () => bot.clockMs };
    return bot;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.slack.port}`;
  }

  /** Moves the bot's clock (install records, grace periods) forward. */
  advance(ms: number): void {
    this.clockMs += ms;
  }

  /** GET a path on the bot, as a browser would (no redirects followed). */
  async get(path: string, cookie?: string): Promise<{ status: number; body: string; setCookie: string | null }> {
    const response = await fetch(`${this.baseUrl}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    return { status: response.status, body: await response.text(), setCookie: response.headers.get('set-cookie') };
  }

  /** The install page, the button's URL and the state cookie that came with it. */
  async openInstallPage(): Promise<Pick<InstallWalk, 'installPage' | 'authorizeUrl' | 'cookie'>> {
    const page = await this.get('/slack/install');
    if (page.status !== 200) throw new Error(`the install page answered ${page.status}`);
    const href = /id="add-to-slack" href="([^"]+)"/.exec(page.body)?.[1];
    const cookie = page.setCookie?.split(';')[0];
    if (!href || !cookie) throw new Error('the install page has no Add to Slack link, or set no state cookie');
    return { installPage: page.body, authorizeUrl: new URL(href.replace(/&amp;/g, '&')), cookie };
  }

  /** A person installs the app: install page, "Allow" at Slack (the grant), then Slack's redirect back. */
  async walkInstall(grant: FakeInstallGrant): Promise<InstallWalk> {
    const opened = await this.openInstallPage();
    this.api.grantInstall(grant);
    const callbackPath = `/slack/oauth_redirect?code=${encodeURIComponent(grant.code)}&state=${encodeURIComponent(opened.authorizeUrl.searchParams.get('state') ?? '')}`;
    const callback = await this.get(callbackPath, opened.cookie);
    return { ...opened, callbackPath, callback };
  }

  /** Installs and returns the workspace, failing unless the install page said it worked. */
  async install(grant: FakeInstallGrant): Promise<SlackWorkspace> {
    const walk = await this.walkInstall(grant);
    if (walk.callback.status !== 200) throw new Error(`the install was refused (${walk.callback.status}): ${walk.callback.body}`);
    return this.workspace(grant);
  }

  workspace(grant: Pick<FakeInstallGrant, 'team' | 'botUserId'>): SlackWorkspace {
    return new SlackWorkspace(this.api, {
      eventsUrl: `${this.baseUrl}/slack/events`,
      signingSecret: SIGNING_SECRET,
      settle: () => this.slack.idle(),
      teamId: grant.team!.id,
      botUserId: grant.botUserId,
    });
  }

  /** The workspace removes the app: Slack revokes its tokens and sends app_uninstalled. */
  async uninstall(workspace: SlackWorkspace): Promise<number> {
    this.api.revokeTokensOf(workspace.teamId);
    const body = {
      token: 'legacy-verification-token',
      team_id: workspace.teamId,
      api_app_id: APP_ID,
      event: { type: 'app_uninstalled', event_ts: String(Date.now() / 1000) },
      type: 'event_callback',
      event_id: workspace.nextEventId(),
      event_time: Math.floor(Date.now() / 1000),
    };
    const answer = await sendSigned(`${this.baseUrl}/slack/events`, JSON.stringify(body), 'application/json', { secret: SIGNING_SECRET });
    await this.slack.idle();
    return answer.status;
  }

  parsedLogs(): Array<Record<string, unknown>> {
    return this.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  async close(): Promise<void> {
    await this.slack.stop();
    await this.store.close();
    if (this.ownsApi) await this.api.close();
    if (this.api.refusals.length > 0) throw new Error(`Slack would refuse bodies the bot sent: ${this.api.refusals.map((r) => `${r.where}: ${r.error}`).join('; ')}`);
  }
}

/** A workspace's grant, with its own team, bot and token. */
export function aGrant(team: { id: string; name: string }, overrides: Partial<FakeInstallGrant> = {}): FakeInstallGrant {
  const tag = team.id.toLowerCase();
  return {
    code: `code-${tag}-${randomBytes(4).toString('hex')}`,
    team,
    installer: `U0ADMIN-${tag}`,
    botToken: `xoxb-${tag}-TESTBOTTOKENSECRET`,
    // Slack ids are upper-case letters and digits.
    botUserId: `UB${team.id.slice(1)}`,
    botId: `BB${team.id.slice(1)}`,
    scopes: ['commands', 'chat:write'],
    ...overrides,
  };
}

export type { Store };
