/**
 * Carrying out the core's effects on Discord. An interaction must be answered
 * within 3 seconds, so the effects that answer it go first and the
 * interaction is acknowledged before any plain channel post, which may wait
 * on a rate limit. Updates go before responses: Discord lets a click edit its
 * message only as the first response (or after deferring it).
 */
import type { Effect } from '../../core/index.js';
import { applyEffect, type EffectTarget } from '../kit/effects.js';

/** How one event is answered: an interaction (interaction-answer.ts) or a message (message-answer.ts). */
export interface Answer extends EffectTarget {
  /** Tell Discord the event is being handled, when the core is slow to answer. */
  defer(): Promise<void>;
  /** Make sure the event counts as answered (a click that only posted elsewhere). */
  acknowledge(): Promise<void>;
  /** Tidy up after the effects: remove a placeholder no reply used. */
  finish(): Promise<void>;
  apologise(): Promise<void>;
}

const ORDER: Record<Effect['type'], number> = { update: 0, respond: 1, 'start-thread': 1, post: 2 };

export async function carryOut(effects: readonly Effect[], answer: Answer): Promise<void> {
  const ordered = [...effects].sort((a, b) => ORDER[a.type] - ORDER[b.type]);
  for (const effect of ordered.filter((e) => e.type !== 'post')) await applyEffect(effect, answer);
  await answer.acknowledge();
  for (const effect of ordered.filter((e) => e.type === 'post')) await applyEffect(effect, answer);
  await answer.finish();
}
