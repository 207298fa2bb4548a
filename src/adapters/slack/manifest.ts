/**
 * The Slack app manifest people paste when they create the app. The slash
 * command's description and usage hint come from the command spec; scopes are
 * only what the features use. `npm run manifest:slack` writes it to
 * manifests/slack-app.yaml, and a test keeps that file in step with this.
 */
import { MESSAGE_ACTION, SLASH_COMMAND } from '../../core/index.js';
import { OAUTH_REDIRECT_PATH, SLACK_EVENTS_PATH } from './routes.js';

/**
 * The app's name as people see it in Slack, and the bot user's handle: Slack
 * allows only a-z, 0-9, "-", "_" and "." in features.bot_user.display_name
 * (https://docs.slack.dev/reference/app-manifest).
 */
export const APP_NAME = 'Framework Advisor';
export const BOT_DISPLAY_NAME = 'framework-advisor';

/** The Slack Marketplace listing text (display_information.long_description: 175 to 4000 characters). */
export const LONG_DESCRIPTION = [
  'Framework Advisor helps a team choose a backend web framework without a week of tab-hopping.',
  'Ask it to compare two to four frameworks side by side, or answer six quick questions in a thread (what you are building, which languages the team can use, what matters most, what must come out of the box, the scale you expect and the team\'s experience) and get a ranked recommendation that explains why the leader wins, what would change the answer, and how sure it is.',
  'Every score names its source and date, so the team can check the numbers instead of trusting them.',
  'Share a result to the channel, let everyone vote on it, and keep the decision as an architecture decision record the team can paste into its repository.',
].join(' ');

/** Replaced by the user with the public address of their deployment. */
export const PLACEHOLDER_HOST = 'https://YOUR-HOST';

/**
 * The message shortcut on every message's menu (its callback_id is what the
 * adapter listens for). Its name is the core's, the one Discord's message
 * context menu shows too, so the two platforms cannot drift apart.
 */
export const ASK_SHORTCUT = {
  name: MESSAGE_ACTION.name,
  type: 'message',
  callback_id: 'ask_framework_advisor',
  description: 'Reads this message as a question and answers in its thread',
} as const;

/**
 * Events the bot subscribes to: mentions and DMs (answers), the Home tab
 * being opened (it is published then), and the app leaving a workspace
 * (its installation is deleted, its data after the grace period).
 */
export const BOT_EVENTS = ['app_home_opened', 'app_mention', 'app_uninstalled', 'message.im', 'tokens_revoked'] as const;

/** Bot scopes, each with the feature that needs it. */
export const BOT_SCOPES = {
  commands: 'the /framework slash command',
  'chat:write': 'answers, guided threads, shared results and votes',
  'chat:write.public': 'posting a guided thread or a shared result in a public channel the bot was not invited to',
  'app_mentions:read': '@framework-advisor mentions in channels and threads',
  'im:history': 'direct messages to the bot (the message.im event)',
  'files:write': 'charts beside results posted in a channel or thread, and the decision record of "history export"',
  'users:read': 'people\'s names on cards started by a mention or a direct message, whose events carry only a user id (users.info)',
} as const;

export function slackManifest(host = PLACEHOLDER_HOST) {
  const url = `${host}${SLACK_EVENTS_PATH}`;
  return {
    display_information: {
      name: APP_NAME,
      description: SLASH_COMMAND.description,
      long_description: LONG_DESCRIPTION,
      background_color: '#1d3557',
    },
    features: {
      // The Home tab shows the team's decisions and votes; the Messages tab lets people write to the bot directly.
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: BOT_DISPLAY_NAME, always_online: true },
      slash_commands: [
        {
          command: `/${SLASH_COMMAND.name}`,
          url,
          description: SLASH_COMMAND.description,
          usage_hint: SLASH_COMMAND.usageHint,
          should_escape: false,
        },
      ],
      shortcuts: [{ ...ASK_SHORTCUT }],
    },
    // The redirect URL is used in multi-workspace mode (installs from /slack/install); a single-workspace install ignores it.
    oauth_config: { redirect_urls: [`${host}${OAUTH_REDIRECT_PATH}`], scopes: { bot: Object.keys(BOT_SCOPES) } },
    settings: {
      event_subscriptions: { request_url: url, bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, request_url: url },
      // Lets an Enterprise Grid organisation install the app once for all its workspaces.
      org_deploy_enabled: true,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    },
  };
}
