/** A channel's default priorities: shown, set, reset. */
import type { ChannelSettings } from '../conversations/records.js';
import { describeWeights, normalise } from '../scoring/weights.js';
import { type Card } from './card.js';

export function channelWeightsText(settings: ChannelSettings): string {
  return describeWeights(normalise(settings.importance));
}

export function weightsCard(settings: ChannelSettings | undefined): Card {
  const title = "This channel's default priorities";
  const text = settings
    ? `${channelWeightsText(settings)}. Set by ${settings.setBy.name} on ${new Date(settings.updatedAt).toISOString().slice(0, 10)}; comparisons and recommendations here start from them.`
    : 'None set: comparisons use equal weights. Set them with, for example, "weights performance=3 security=2".';
  return { title, blocks: [{ type: 'text', text }], actions: [], fallback: `${title}: ${text}` };
}

export function weightsChangedCard(who: string, settings: ChannelSettings | undefined): Card {
  const title = settings ? `${who} set this channel's default priorities` : `${who} cleared this channel's default priorities`;
  const text = settings ? `${channelWeightsText(settings)}. Every comparison and recommendation here starts from them; "weights reset" clears them.` : 'Comparisons and recommendations here are back to equal weights.';
  return { title, blocks: [{ type: 'text', text }], actions: [], fallback: `${title}: ${text}` };
}
