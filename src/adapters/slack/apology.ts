/**
 * What the user reads when Slack refuses the answer or a click cannot be
 * read: the only wording the Slack adapter owns. The apology itself is the
 * kit's, the same on every surface; everything else comes from the core.
 */
import { webApi } from '@slack/bolt';
import { APOLOGY } from '../kit/apology.js';

export const UNREADABLE_CLICK = 'Sorry, I could not read that click. Please try again, or ask me again with /framework.';

const NOT_A_MEMBER = 'Sorry, I cannot post in this conversation. Invite me to the channel (/invite) and try again.';

/** Slack errors that mean the bot is not allowed to post where it was asked. */
const ACCESS_ERRORS = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

export function apologyFor(error: unknown): string {
  if (error instanceof webApi.WebAPIPlatformError && ACCESS_ERRORS.has(String(error.data.error))) return NOT_A_MEMBER;
  return APOLOGY;
}
