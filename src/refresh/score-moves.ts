/** Which derived scores a refresh moved, and by how much: the knowledge base loaded before and after through the core's loader. */
import type { KnowledgeBase } from '../core/knowledge/knowledge-base.js';
import { CRITERIA, type Criterion } from '../core/vocabulary.js';

export interface ScoreMove {
  framework: string;
  criterion: Criterion;
  from: number;
  to: number;
  /** Confidence before -> after when it changed too. */
  confidence?: string;
}

export function scoreMoves(before: KnowledgeBase, after: KnowledgeBase): ScoreMove[] {
  return after.frameworks.flatMap((f) => {
    const was = before.get(f.id);
    if (!was) return [];
    return CRITERIA.flatMap((c) => {
      const [x, y] = [was.scores[c], f.scores[c]];
      if (x.value === y.value && x.confidence === y.confidence) return [];
      return [{ framework: f.id, criterion: c, from: x.value, to: y.value, ...(x.confidence !== y.confidence ? { confidence: `${x.confidence} -> ${y.confidence}` } : {}) }];
    });
  });
}
