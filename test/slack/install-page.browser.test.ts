/**
 * The install page in a real browser: Debian's Chromium, headless, driven by
 * playwright-core, with JavaScript turned off (the page must work without
 * it). Slack's side (the permission screen, then the redirect back with a
 * code) is played by the fake Slack: the test follows the button's own
 * state back to /slack/oauth_redirect, carrying the cookie the browser got
 * with the page. A screenshot goes to the OS temp directory.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../src/adapters/slack/manifest.js';
import { CLIENT_ID, MultiWorkspaceBot, PUBLIC_URL, STATE_COOKIE, aGrant, removeTempFiles } from './multi-workspace-bot.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_BROWSER = existsSync(CHROMIUM);
const SKIP_NOTE = `No Chromium at ${CHROMIUM}: the install page browser test is skipped. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`;
if (!HAVE_BROWSER) {
  console.warn(SKIP_NOTE);
  it.skip(SKIP_NOTE, () => undefined);
}

const ACME = { id: 'T0ACME001', name: 'Acme' };
export const SCREENSHOT = join(tmpdir(), 'framework-advisor-install-page.png');

describe.skipIf(!HAVE_BROWSER)('the install page in headless Chromium', () => {
  let browser: Browser;
  let bot: MultiWorkspaceBot;

  beforeAll(async () => {
    // Root in CI containers: Chromium's sandbox needs user namespaces it may not have.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    bot = await MultiWorkspaceBot.start();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    removeTempFiles();
  });

  const noScripts = () => browser.newContext({ javaScriptEnabled: false });

  it('renders the product, the scopes with their reasons, and an Add to Slack button that starts a verifiable install', async () => {
    const context = await noScripts();
    const page = await context.newPage();
    const response = await page.goto(`${bot.baseUrl}/slack/install`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Install Framework Advisor in Slack');
    expect(await page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toBe('Framework Advisor');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('dt').allTextContents()).toEqual(Object.keys(BOT_SCOPES));
    expect(await page.locator('dd').allTextContents()).toEqual(Object.values(BOT_SCOPES));

    const button = page.getByRole('link', { name: 'Add to Slack' });
    expect(await button.count()).toBe(1);
    const href = new URL((await button.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe('https://slack.com/oauth/v2/authorize');
    expect(href.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(href.searchParams.get('scope')?.split(',')).toEqual(Object.keys(BOT_SCOPES));
    expect(href.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/slack/oauth_redirect`);
    const state = href.searchParams.get('state')!;
    expect(state.length).toBeGreaterThan(20);
    const cookies = await context.cookies(bot.baseUrl);
    expect(cookies.find((c) => c.name === STATE_COOKIE)?.value).toBe(state);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);

    // The person allows the app at Slack, which redirects the browser back with a code and the same state.
    const grant = aGrant(ACME);
    bot.api.grantInstall(grant);
    const callbackUrl = `${bot.baseUrl}/slack/oauth_redirect?code=${grant.code}&state=${encodeURIComponent(state)}`;
    const finished = await page.goto(callbackUrl);
    expect(finished?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Framework Advisor is installed in Acme');
    expect(bot.api.callsTo('oauth.v2.access').map((c) => c.body.code)).toEqual([grant.code]);

    // What the database holds: the workspace, and its token only in sealed form.
    const db = new Database(bot.store.path, { readonly: true });
    const row = db.prepare('SELECT tenant, sealed FROM installations WHERE key = ?').get('slack:team:T0ACME001') as { tenant: string; sealed: string } | undefined;
    db.close();
    expect(row?.tenant).toBe('slack:T0ACME001');
    expect(row?.sealed).toMatch(/^v1\./);
    expect(row?.sealed).not.toContain(grant.botToken);

    // The same redirect again (back button, a copied link, an attacker) finishes nothing.
    const replayed = await page.goto(callbackUrl);
    expect(replayed?.status()).toBe(400);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This install link is not valid');
    expect(bot.api.callsTo('oauth.v2.access')).toHaveLength(1);
    await context.close();
  });

  it('refuses a forged state with a 400 page that says so', async () => {
    const context = await noScripts();
    const page = await context.newPage();
    await page.goto(`${bot.baseUrl}/slack/install`);
    bot.api.grantInstall(aGrant(ACME, { code: 'code-for-a-forgery' }));
    const forged = await page.goto(`${bot.baseUrl}/slack/oauth_redirect?code=code-for-a-forgery&state=made-up-state`);
    expect(forged?.status()).toBe(400);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This install link is not valid');
    expect(await page.getByRole('link', { name: 'Start the install again' }).getAttribute('href')).toBe('/slack/install');
    await context.close();
  });
});
