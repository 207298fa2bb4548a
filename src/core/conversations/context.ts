/** What every stateful use case needs: the knowledge, the store, a clock and ids. */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Reply } from '../reply.js';
import type { Card } from '../cards/card.js';
import type { Effect } from './effects.js';
import type { Store } from './store.js';

export interface TeamContext {
  kb: KnowledgeBase;
  store: Store;
  now: () => number;
  newId: () => string;
  flowTtlMs: number;
}

/** A public reply; from `base` it keeps the data, chart and document, with the card replaced. */
export function publicReply(kind: Reply['kind'], card: Card, base?: Reply): Reply {
  return { ...base, kind, understood: true, card, visibility: 'public', data: base?.data ?? { kind } };
}

export function privateReply(kind: Reply['kind'], card: Card): Reply {
  return { kind, understood: true, card, visibility: 'private', data: { kind } };
}

/** A private answer to the person who clicked. */
export function tellPrivately(kind: Reply['kind'], card: Card): Effect[] {
  return [{ type: 'respond', reply: privateReply(kind, card) }];
}
