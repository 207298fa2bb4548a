/**
 * What a user sees when the bot could not carry out their request (Discord
 * down, rate limited for too long, a bug): the kit's apology instead of
 * Discord's bare "This interaction failed" or silence.
 */
import { APOLOGY } from '../kit/apology.js';
import type { Outgoing } from './outgoing.js';

export function apology(): Outgoing {
  return { payload: { content: APOLOGY, embeds: [], components: [], allowed_mentions: { parse: [] } } };
}
