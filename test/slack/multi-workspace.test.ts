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

describe('two workspaces', () => {
  it("each is answered with its own token, and neither sees the other's data", async () => {
    const bot = await startBot();
    const acme = await bot.install(aGrant(ACME));
    const globex = await bot.install(aGrant(GLOBEX));
    const alice = acme.person('U0ALICE', 'alice');
    const gus = globex.person('U0GUS', 'gus');

    const before = bot.api.calls.length;
    const acmeAnswer = await alice.mention('compare django fastapi');
    const acmeCalls = bot.api.calls.slice(before);
    expect(acmeAnswer.messages.map(readable).join('\n')).toMatch(/Django/);
    expect(acmeCalls.length).toBeGreaterThan(0);
    expect(new Set(acmeCalls.map(tokenOf))).toEqual(new Set([aGrant(ACME).botToken]));

    const middle = bot.api.calls.length;
    await gus.mention('compare rails laravel');
    expect(new Set(bot.api.calls.slice(middle).map(tokenOf))).toEqual(new Set([aGrant(GLOBEX).botToken]));

    // Same channel id in both workspaces: Acme's defaults stay Acme's.
    await alice.command('weights performance=3', { channel: SHARED_CHANNEL_ID });
    const seenByGus = await gus.command('weights', { channel: SHARED_CHANNEL_ID });
    expect(readable(seenByGus.messages.at(-1)!)).toMatch(/None set/);
    const seenByAlice = await alice.command('weights', { channel: SHARED_CHANNEL_ID });
    expect(readable(seenByAlice.messages.at(-1)!)).toMatch(/performance/i);
  });

  it("an uninstall deletes that workspace's installation at once, and its data only after the grace period", async () => {
    const bot = await startBot({ graceDays: 7 });
    const acme = await bot.install(aGrant(ACME));
    const globex = await bot.install(aGrant(GLOBEX));
    await acme.person('U0ALICE', 'alice').command('weights performance=3', { channel: SHARED_CHANNEL_ID });
    await globex.person('U0GUS', 'gus').command('weights security=3', { channel: SHARED_CHANNEL_ID });

    expect(await bot.uninstall(acme)).toBe(200);
    expect(await bot.store.getInstallation('slack:team:T0ACME001')).toBeUndefined();
    expect(await bot.store.getInstallation('slack:team:T0GLOBEX1')).toBeDefined();
    expect(bot.parsedLogs().some((e) => e.msg === 'the app was removed from a workspace: installation deleted, data kept until the grace period ends' && e.tenant === 'slack:T0ACME001')).toBe(true);

    bot.advance(7 * DAY - 60_000);
    await bot.slack.eraseDue();
    expect(await bot.store.getChannelSettings('slack:T0ACME001', SHARED_CHANNEL_ID)).toBeDefined();

    bot.advance(2 * 60_000);
    await bot.slack.eraseDue();
    expect(await bot.store.getChannelSettings('slack:T0ACME001', SHARED_CHANNEL_ID)).toBeUndefined();
    expect(await bot.store.getChannelSettings('slack:T0GLOBEX1', SHARED_CHANNEL_ID)).toBeDefined();
    expect(bot.parsedLogs().some((e) => String(e.msg).startsWith("erased an uninstalled workspace's data") && e.tenant === 'slack:T0ACME001')).toBe(true);

    // Globex is still served.
    const still = await globex.person('U0GUS', 'gus').mention('compare rails laravel');
    expect(still.messages.map(readable).join('\n')).toMatch(/Rails/);
  });

  it('keeps the data of a workspace that installs again within the grace period', async () => {
    const bot = await startBot({ graceDays: 7 });
    const acme = await bot.install(aGrant(ACME));
    await acme.person('U0ALICE', 'alice').command('weights performance=3', { channel: SHARED_CHANNEL_ID });
    await bot.uninstall(acme);
    bot.advance(DAY);
    await bot.install(aGrant(ACME, { code: 'code-acme-again', botToken: 'xoxb-acme-SECOND-TESTBOTTOKENSECRET' }));
    bot.advance(30 * DAY);
    await bot.slack.eraseDue();
    expect(await bot.store.getChannelSettings('slack:T0ACME001', SHARED_CHANNEL_ID)).toBeDefined();
  });
});

describe('install links that must be refused', () => {
  const refusedPlainly = (callback: { status: number; body: string }) => {
    expect(callback.status).toBe(400);
    expect(callback.body).toContain('This install link is not valid');
    expect(callback.body).toContain('href="/slack/install"');
  };

  it('refuses a forged state with a page that says so, without asking Slack for a token', async () => {
    const bot = await startBot();
    bot.api.grantInstall(aGrant(ACME, { code: 'code-forged' }));
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJmb3JnZWQiOnRydWV9.bm90LXNpZ25lZA';
    refusedPlainly(await bot.get(`/slack/oauth_redirect?code=code-forged&state=${forged}`, `${STATE_COOKIE}=${forged}`));
    expect(bot.api.callsTo('oauth.v2.access')).toHaveLength(0);
    expect(rawInstallationRows(bot).filter((row) => row.key !== 'slack:key-check')).toEqual([]);
  });

  it('refuses a state from another browser (no state cookie)', async () => {
    const bot = await startBot();
    const { authorizeUrl } = await bot.openInstallPage();
    bot.api.grantInstall(aGrant(ACME, { code: 'code-elsewhere' }));
    refusedPlainly(await bot.get(`/slack/oauth_redirect?code=code-elsewhere&state=${authorizeUrl.searchParams.get('state')}`));
    expect(bot.api.callsTo('oauth.v2.access')).toHaveLength(0);
  });

  it('refuses the same callback sent a second time (a replayed state)', async () => {
    const bot = await startBot();
    const walk = await bot.walkInstall(aGrant(ACME));
    expect(walk.callback.status).toBe(200);
    refusedPlainly(await bot.get(walk.callbackPath, walk.cookie));
    expect(bot.api.callsTo('oauth.v2.access')).toHaveLength(1);
  });

  it('refuses a state older than ten minutes', async () => {
    const bot = await startBot();
    const stale = await new OneTimeStateStore(STATE_SECRET, new MemoryStore()).generateStateParam({ scopes: ['commands'] }, new Date(Date.now() - 11 * 60_000));
    bot.api.grantInstall(aGrant(ACME, { code: 'code-stale' }));
    refusedPlainly(await bot.get(`/slack/oauth_redirect?code=code-stale&state=${stale}`, `${STATE_COOKIE}=${stale}`));
  });

  it('says so, with a 4xx and no token stored, when Slack refuses the code', async () => {
    const bot = await startBot();
    const { authorizeUrl, cookie } = await bot.openInstallPage();
    const answer = await bot.get(`/slack/oauth_redirect?code=never-granted&state=${authorizeUrl.searchParams.get('state')}`, cookie);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('Slack did not accept the install');
  });
});

describe('tokens and keys', () => {
  it('refuses to start with a key other than the one the installations were sealed with, naming the variable', async () => {
    const api = await FakeSlackApi.start();
    try {
      const first = await MultiWorkspaceBot.start({ api });
      await first.install(aGrant(ACME));
      const path = first.store.path;
      await first.close();
      await expect(MultiWorkspaceBot.start({ api, databasePath: path, key: aKey() })).rejects.toThrow(/INSTALLATION_ENCRYPTION_KEY is not the key the stored Slack installations were encrypted with/);
      const again = await MultiWorkspaceBot.start({ api, databasePath: path, key: first.key });
      await again.close();
    } finally {
      await api.close();
    }
  });

  it("rotates a workspace's expiring token through oauth.v2.access and keeps the new one sealed", async () => {
    const bot = await startBot();
    // Slack's rotating tokens last 12 hours; Bolt refreshes one that expires within 2.
    const grant = aGrant(ACME, { rotation: { refreshToken: 'xoxe-1-acme-REFRESHSECRET', expiresIn: 60 } });
    const acme = await bot.install(grant);
    const before = bot.api.calls.length;
    await acme.person('U0ALICE', 'alice').mention('compare django fastapi');
    const refresh = bot.api.callsTo('oauth.v2.access').filter((c) => c.body.grant_type === 'refresh_token');
    expect(refresh.map((c) => c.body.refresh_token)).toEqual(['xoxe-1-acme-REFRESHSECRET']);
    const posts = bot.api.calls.slice(before).filter((c) => c.method === 'chat.postMessage');
    expect(posts.map(tokenOf)).toEqual([`${grant.botToken}-r1`]);
    const [row] = rawInstallationRows(bot).filter((r) => r.key === 'slack:team:T0ACME001');
    expect(row!.sealed).not.toContain('REFRESHSECRET');
    const opened = JSON.parse(new SealedBox(bot.key).open(row!.sealed, row!.key)) as { bot: { token: string; refreshToken: string } };
    expect(opened.bot.token).toBe(`${grant.botToken}-r1`);
    expect(opened.bot.refreshToken).toBe('xoxe-1-acme-REFRESHSECRET-r1');
  });

  it('keeps an org-wide (Enterprise Grid) install under the organisation, for every workspace in it', async () => {
    const bot = await startBot();
    const org = { id: 'E0INITECH', name: 'Initech' };
    const walk = await bot.walkInstall(aGrant({ id: 'E0INITECH', name: 'Initech' }, { team: undefined, enterprise: org, isEnterpriseInstall: true }));
    expect(walk.callback.status).toBe(200);
    expect(rawInstallationRows(bot).map((row) => row.key)).toContain('slack:enterprise:E0INITECH');
    const vault = new InstallationVault(bot.store, new SealedBox(bot.key));
    const found = await vault.fetchInstallation({ teamId: 'T0ANYWS01', enterpriseId: org.id, isEnterpriseInstall: true });
    expect(found.bot?.token).toBe(aGrant({ id: 'E0INITECH', name: 'Initech' }).botToken);
  });
});
