/** The paths the bot serves to Slack and to people's browsers. */
export const SLACK_EVENTS_PATH = '/slack/events';
/** The install page with the Add to Slack button (multi-workspace mode). */
export const INSTALL_PATH = '/slack/install';
/** Where Slack sends the browser back after an install (the OAuth redirect URL). */
export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';
