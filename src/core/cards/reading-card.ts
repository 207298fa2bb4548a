/** A reply to a plain question opens with how the question was read, and offers to adjust that reading. */
import { newFlowAction } from '../actions.js';
import type { Reading } from '../commands/interpret.js';
import { readingLine, unusedLine } from '../commands/reading.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Action, Card } from './card.js';

/** Starts the guided flow with the answers read filled in, every step offered again with "Keep". */
export function adjustButton(reading: Reading): Action {
  return { type: 'button', id: newFlowAction(reading.answers), label: 'Adjust answers' };
}

export function withReading(kb: KnowledgeBase, card: Card, reading: Reading, actions: Action[] = []): Card {
  const lines = [readingLine(kb, reading), unusedLine(reading)].filter((l): l is string => l !== undefined);
  return {
    ...card,
    blocks: [{ type: 'text', text: lines.join('\n') }, ...card.blocks],
    actions: [...card.actions, ...actions],
    fallback: `${lines.join('\n')}\n${card.fallback}`.slice(0, 2900),
  };
}
