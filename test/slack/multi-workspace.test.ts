/**
 * Many workspaces through Slack's OAuth flow, over the real Bolt app and its
 * InstallProvider against the fake Slack: installs, tokens sealed at rest,
 * each workspace answered with its own token and its own data, uninstall and
 * erasure after the grace period, token rotation, org-wide installs, and the
 * install links that must be refused.
 */
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SealedBox } from '../../src/adapters/slack/install/sealed-box.js';
import { InstallationVault } from '../../src/adapters/slack/install/installation-vault.js';
import { OneTimeStateStore } from '../../src/adapters/slack/install/one-time-state.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { FakeSlackApi, type ApiCall } from '../fakes/slack-api.js';
import { readable } from '../fakes/slack-workspace.js';
import { CLIENT_ID, MultiWorkspaceBot, PUBLIC_URL, STATE_COOKIE, STATE_SECRET, aGrant, aKey, removeTempFiles } from './multi-workspace-bot.js';

const ACME = { id: 'T0ACME001', name: 'Acme' };
const GLOBEX = { id: 'T0GLOBEX1', name: 'Globex' };
const DAY = 24 * 3_600_000;
/** Both workspaces have a channel with this id: data must still not cross. */
const SHARED_CHANNEL_ID = 'C0SAMEID1';

const running: MultiWorkspaceBot[] = [];
async function startBot(options: Parameters<typeof MultiWorkspaceBot.start>[0] = {}): Promise<MultiWorkspaceBot> {
  const bot = await MultiWorkspaceBot.start(options);
  running.push(bot);
  return bot;
}
afterEach(async () => {
  for (const bot of running.splice(0)) await bot.close();
});
afterAll(() => removeTempFiles());

const tokenOf = (call: ApiCall) => FakeSlackApi.tokenOf(call);

function rawInstallationRows(bot: MultiWorkspaceBot): Array<{ key: string; tenant: string; sealed: string }> {
  const db = new Database(bot.store.path, { readonly: true });
  try {
    return db.prepare('SELECT key, tenant, sealed FROM installations ORDER BY key').all() as Array<{ key: string; tenant: string; sealed: string }>;
  } finally {
    db.close();
  }
}

describe('installing in a workspace through OAuth', () => {
  it("serves the install page whose button carries the app's client id, scopes, redirect URL and a state", async () => {
    const bot = await startBot();
    const { authorizeUrl, cookie, installPage } = await bot.openInstallPage();
    expect(authorizeUrl.origin + authorizeUrl.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(authorizeUrl.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorizeUrl.searchParams.get('scope')?.split(',')).toEqual(expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read']));
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/slack/oauth_redirect`);
    expect(cookie).toBe(`${STATE_COOKIE}=${authorizeUrl.searchParams.get('state')}`);
    expect(installPage).toContain('<h1>Framework Advisor</h1>');
  });

  it('stores the installation sealed: the raw row holds no token, and only the key opens it', async () => {
    const bot = await startBot();
    const walk = await bot.walkInstall(aGrant(ACME));
    expect(walk.callback.status).toBe(200);
    expect(walk.callback.body).toContain('Framework Advisor is installed in Acme');
    const rows = rawInstallationRows(bot).filter((row) => row.key !== 'slack:key-check');
    expect(rows.map((row) => [row.key, row.tenant])).toEqual([['slack:team:T0ACME001', 'slack:T0ACME001']]);
    const [row] = rows;
    expect(row!.sealed).not.toContain('xoxb-');
    expect(row!.sealed).not.toContain('TESTBOTTOKENSECRET');
    const opened = JSON.parse(new SealedBox(bot.key).open(row!.sealed, row!.key)) as { bot: { token: string; userId: string } };
    expect(opened.bot).toMatchObject({ token: aGrant(ACME).botToken, userId: aGrant(ACME).botUserId });
    expect(() => new SealedBox(aKey()).open(row!.sealed, row!.key)).toThrow(/does not open/);
    // Bound to its key: the same text under another workspace's key does not open either.
    expect(() => new SealedBox(bot.key).open(row!.sealed, 'slack:team:T0GLOBEX1')).toThrow(/does not open/);
    expect(bot.logs.join('\n')).not.toContain('TESTBOTTOKENSECRET');
  });
});
