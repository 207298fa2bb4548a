/** A channel's default priorities: shown, set, reset. */
import type { ChannelSettings } from '../team/records.js';
import { channelWeights, describeImportance, describeWeights } from '../scoring/weights.js';
import { type Card } from './card.js';

/** "performance 3, security 2, the others 1 (Performance 38%, ...)": what was typed, then what it weighs. */
export function channelWeightsText(settings: ChannelSettings): string {
  return `${describeImportance(settings.importance)} (${describeWeights(channelWeights(settings.importance))})`;
}

export function weightsCard(settings: ChannelSettings | undefined): Card {
  const title = "This channel's default priorities";
  const text = settings
    ? `${channelWeightsText(settings)}. Set by ${settings.setBy.name} on ${new Date(settings.updatedAt).toISOString().slice(0, 10)}; comparisons, recommendations and top rankings here start from them.`
    : 'None set: comparisons, recommendations and top use equal weights. Set them with, for example, "weights performance=3 security=2"; criteria you do not name keep 1.';
  return { title, blocks: [{ type: 'text', text }], actions: [], fallback: `${title}: ${text}` };
}

export function weightsChangedCard(who: string, settings: ChannelSettings | undefined): Card {
  const title = settings ? `${who} set this channel's default priorities` : `${who} cleared this channel's default priorities`;
  const text = settings
    ? `${channelWeightsText(settings)}. Every comparison, recommendation and top ranking here starts from them; "weights x=n" changes one and keeps the rest, "weights reset" clears them.`
    : 'Comparisons, recommendations and top rankings here are back to equal weights.';
  return { title, blocks: [{ type: 'text', text }], actions: [], fallback: `${title}: ${text}` };
}
