/**
 * What a user sees when the bot could not carry out their request (Discord
 * down, rate limited for too long, a bug): a short apology instead of
 * Discord's bare "This interaction failed" or silence.
 */
import type { Outgoing } from './outgoing.js';

export const APOLOGY = 'Sorry, something went wrong on my side and I could not answer. Please try again in a moment.';

export function apology(): Outgoing {
  return { payload: { content: APOLOGY, embeds: [], components: [], allowed_mentions: { parse: [] } } };
}
