/**
 * What the user reads when Slack or the bot fails rather than the advice: the
 * only wording the adapter owns. Everything else a user sees comes from the core.
 */
import { webApi } from '@slack/bolt';

export const APOLOGY = 'Sorry, something went wrong on my side and I could not answer. Please try again in a moment.';

export const UNREADABLE_CLICK = 'Sorry, I could not read that click. Please try again, or ask me again with /framework.';

const NOT_A_MEMBER = 'Sorry, I cannot post in this conversation. Invite me to the channel (/invite) and try again.';

/** Slack errors that mean the bot is not allowed to post where it was asked. */
const ACCESS_ERRORS = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

export function apologyFor(error: unknown): string {
  if (error instanceof webApi.WebAPIPlatformError && ACCESS_ERRORS.has(String(error.data.error))) return NOT_A_MEMBER;
  return APOLOGY;
}
