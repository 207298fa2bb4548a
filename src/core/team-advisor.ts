/**
 * The stateful use cases: guided flows, sharing, votes, history and channel
 * settings, over a Store. Adapters call handle() for every text and click and
 * carry out the effects it returns.
 */
import { Advisor } from './advisor.js';
import { parseAction } from './actions.js';
import type { Asker, Effect, Input } from './conversations/effects.js';
import type { Store } from './conversations/store.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';

export interface TeamAdvisorOptions {
  store: Store;
  /** How long a guided flow waits for its next answer. */
  flowTtlMs?: number;
  now?: () => number;
  newId?: () => string;
}

export class TeamAdvisor {
  readonly advisor: Advisor;
  readonly #store: Store;

  constructor(kb: KnowledgeBase, options: TeamAdvisorOptions) {
    this.advisor = new Advisor(kb);
    this.#store = options.store;
  }

  async handle(input: Input, asker: Asker): Promise<Effect[]> {
    void asker;
    void this.#store;
    if (input.type === 'text') return [{ type: 'respond', reply: this.advisor.answer(input.text) }];
    const action = parseAction(input.id);
    if (action?.kind === 'compare') return [{ type: 'respond', reply: this.advisor.compare(action.frameworks) }];
    if (action?.kind === 'info') return [{ type: 'respond', reply: this.advisor.info(action.framework) }];
    return [{ type: 'respond', reply: this.advisor.answer('help') }];
  }
}
