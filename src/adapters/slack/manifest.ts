/**
 * The Slack app manifest people paste when they create the app. The slash
 * command's description and usage hint come from the command spec; scopes are
 * only what the features use. `npm run manifest:slack` writes it to
 * manifests/slack-app.yaml, and a test keeps that file in step with this.
 */
import { SLASH_COMMAND } from '../../core/index.js';
import { SLACK_EVENTS_PATH } from './slack-app.js';

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
      // The Messages tab lets people write to the bot directly.
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
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
    },
    oauth_config: { scopes: { bot: Object.keys(BOT_SCOPES) } },
    settings: {
      event_subscriptions: { request_url: url, bot_events: ['app_mention', 'message.im'] },
      interactivity: { is_enabled: true, request_url: url },
      org_deploy_enabled: false,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    },
  };
}
