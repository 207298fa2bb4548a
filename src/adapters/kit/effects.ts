/**
 * The core's effects are data; each platform says how it does each one
 * (`EffectTarget`), and this is the one place that reads which is which.
 */
import type { Effect, Reply } from '../../core/index.js';

/** How a platform carries out each kind of effect, for one request. */
export interface EffectTarget {
  /** Answer the person who asked; privately when the reply is private and the platform allows it. */
  respond(reply: Reply): Promise<unknown>;
  /** Replace the message the action was clicked on. */
  update(reply: Reply): Promise<unknown>;
  post(where: 'thread' | 'channel', reply: Reply): Promise<unknown>;
  startThread(parent: Reply, first: Reply, name: string): Promise<unknown>;
}

export async function applyEffect(effect: Effect, target: EffectTarget): Promise<void> {
  switch (effect.type) {
    case 'respond':
      await target.respond(effect.reply);
      return;
    case 'update':
      await target.update(effect.reply);
      return;
    case 'post':
      await target.post(effect.where, effect.reply);
      return;
    case 'start-thread':
      await target.startThread(effect.parent, effect.first, effect.threadName);
      return;
  }
}
