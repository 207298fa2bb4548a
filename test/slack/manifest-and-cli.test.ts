/** The committed Slack manifest matches the command spec, and the CLI prints the Block Kit the bot would send. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BOT_SCOPES, slackManifest } from '../../src/adapters/slack/manifest.js';
import { limitProblems } from '../../src/adapters/slack/limits.js';
import { ASK_SHORTCUT_ID } from '../../src/adapters/slack/slack-adapter.js';
import { MESSAGE_ACTION, SLASH_COMMAND } from '../../src/core/commands/spec.js';
import { cliRunner } from '../support/cli.js';

describe('manifests/slack-app.yaml', () => {
  const committed = parse(readFileSync('manifests/slack-app.yaml', 'utf8'));

  it('is what `npm run manifest:slack` generates', () => {
    expect(committed).toEqual(slackManifest());
  });

  it('takes the slash command from the command spec and points every request at /slack/events', () => {
    expect(committed.features.slash_commands).toEqual([
      { command: `/${SLASH_COMMAND.name}`, description: SLASH_COMMAND.description, usage_hint: SLASH_COMMAND.usageHint, url: 'https://YOUR-HOST/slack/events', should_escape: false },
    ]);
    expect(committed.settings.interactivity).toEqual({ is_enabled: true, request_url: 'https://YOUR-HOST/slack/events' });
    expect(committed.settings.event_subscriptions).toEqual({
      request_url: 'https://YOUR-HOST/slack/events',
      bot_events: ['app_home_opened', 'app_mention', 'app_uninstalled', 'message.im', 'tokens_revoked'],
    });
    expect(committed.settings.socket_mode_enabled).toBe(false);
  });

  it('has the OAuth redirect URL, the Home tab, the message shortcut and org-wide installs', () => {
    expect(committed.oauth_config.redirect_urls).toEqual(['https://YOUR-HOST/slack/oauth_redirect']);
    expect(committed.features.app_home.home_tab_enabled).toBe(true);
    expect(committed.features.shortcuts).toEqual([{ name: 'Ask Framework Advisor', type: 'message', callback_id: ASK_SHORTCUT_ID, description: expect.any(String) }]);
    expect(committed.features.shortcuts[0].description.length).toBeLessThanOrEqual(150);
    // One name for the action on a message, Slack's shortcut and Discord's context menu alike: the core's.
    expect(committed.features.shortcuts[0].name).toBe(MESSAGE_ACTION.name);
    expect(committed.settings.org_deploy_enabled).toBe(true);
  });

  it('asks for the scopes the features use and no others', () => {
    expect(committed.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'chat:write', 'chat:write.public', 'commands', 'files:write', 'im:history', 'users:read']);
    expect(Object.keys(BOT_SCOPES).sort()).toEqual(committed.oauth_config.scopes.bot.sort());
  });
});

describe('npm run advisor -- --format slack', () => {
  it('prints the message the bot would send: text and blocks, within Slack limits', () => {
    // Its own scratch store: a test never migrates the person's var/advisor.db or DATABASE_URL.
    const r = cliRunner().run('--format', 'slack', 'compare', 'django', 'fastapi');
    expect(r.code).toBe(0);
    const message = JSON.parse(r.out);
    expect(Object.keys(message)).toEqual(['text', 'blocks']);
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Django vs FastAPI', emoji: true } });
    expect(limitProblems(message)).toEqual([]);
  });
});
