/**
 * A day's worth of traffic in miniature, for the memory benchmark and the
 * soak test: slash commands of every kind (guided flows included, which
 * write to the store and post in threads) and mentions, from a pool of
 * people small enough to be realistic and large enough that nobody reaches
 * the rate limit.
 */
export const SLASH_TEXTS = [
  'compare django fastapi',
  'compare express, nestjs, fastify and koa',
  'top',
  'top performance language=go',
  'info nestjs',
  'list python',
  'help',
  'recommend language=python project=api priorities=performance scale=millions team=senior builtins=none',
  'recommend',
  'compare djnago fastapi',
] as const;

/** Mentions are answered with Web API posts; comparisons would add a chart upload, so these are text only. */
export const MENTION_TEXTS = ['info laravel', 'top security', 'list go'] as const;

export const PEOPLE = 1000;

export interface MixedCommand {
  kind: 'slash' | 'mention';
  text: string;
  user: string;
}

/** The i-th command of the mix: one in eleven a mention, the rest slash commands in turn (11 and 10 share no factor, so every text comes up). */
export function mixedCommand(i: number): MixedCommand {
  const user = `U${String(i % PEOPLE).padStart(5, '0')}`;
  if (i % 11 === 10) return { kind: 'mention', text: MENTION_TEXTS[i % MENTION_TEXTS.length]!, user };
  return { kind: 'slash', text: SLASH_TEXTS[i % SLASH_TEXTS.length]!, user };
}
