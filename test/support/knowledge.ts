/** The real knowledge base, loaded once per test file. */
import { Advisor } from '../../src/core/advisor.js';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.js';
import { loadKnowledgeBase } from '../../src/core/knowledge/load.js';
import { DATA_DIR } from '../../src/paths.js';

let cached: KnowledgeBase | undefined;

export function knowledge(): KnowledgeBase {
  cached ??= loadKnowledgeBase(DATA_DIR);
  return cached;
}

export function advisor(): Advisor {
  return new Advisor(knowledge());
}
