/**
 * The core path a user waits on: parse, score, build the card, and render it
 * for Slack and for Discord, for each kind of reply. Then the comparison
 * again, stage by stage, to show where its time goes.
 */
import { Advisor } from '../src/core/advisor.js';
import { parseCommand } from '../src/core/commands/parse.js';
import { interpret } from '../src/core/commands/interpret.js';
import type { KnowledgeBase } from '../src/core/knowledge/knowledge-base.js';
import { cardToDiscordPayload } from '../src/adapters/discord/render.js';
import { cardToBlocks } from '../src/adapters/slack/render.js';
import { limitProblems } from '../src/adapters/slack/limits.js';
import { measure, type Timing } from './measure.js';

export const CORE_CASES = {
  compare: 'compare django fastapi',
  compare4: 'compare express nestjs fastify koa',
  recommend: 'recommend language=typescript project=api priorities=performance scale=millions team=senior builtins=none',
  top: 'top performance',
} as const;

/** A 200-character plain question, as people write them in chat (issue 14). */
export const PLAIN_QUESTION =
  '<@U0BOT> hey team 👋 which is better for a startup marketplace, rails or django? we are a small python and ruby shop, need auth and an admin, not java, maybe 50k users, juniors mostly. any thoughts? 🙏';

export type CoreCase = keyof typeof CORE_CASES | 'interpret';

/** The comparison's stages, each timed alone. */
export type CompareStage = 'parse' | 'answer' | 'slack_render' | 'slack_limit_check' | 'slack_json' | 'discord_render';

export function benchCore(kb: KnowledgeBase): Record<CoreCase, Timing> {
  const advisor = new Advisor(kb);
  const run = (text: string) => () => {
    const reply = advisor.answer(text);
    cardToBlocks(reply.card);
    cardToDiscordPayload(reply.card);
  };
  // Recommendations sample 2,000 weightings each: fewer iterations keep the run short.
  return {
    compare: measure(run(CORE_CASES.compare)),
    compare4: measure(run(CORE_CASES.compare4)),
    recommend: measure(run(CORE_CASES.recommend), { iterations: 200, runs: 5, warmup: 50 }),
    top: measure(run(CORE_CASES.top)),
    // The reading alone: words, phrases, names, typos, the command and its answers.
    interpret: measure(() => interpret(kb, PLAIN_QUESTION)),
  };
}

/**
 * `compare django fastapi` stage by stage: the parse alone, the whole core
 * answer (parse, score, card, chart data), each renderer, and what the Slack
 * adapter adds to a reply (the limit check and the JSON of the ack).
 */
export function benchCompareStages(kb: KnowledgeBase): Record<CompareStage, Timing> {
  const advisor = new Advisor(kb);
  const text = CORE_CASES.compare;
  const card = advisor.answer(text).card;
  const message = cardToBlocks(card);
  return {
    parse: measure(() => parseCommand(kb, text)),
    answer: measure(() => advisor.answer(text)),
    slack_render: measure(() => cardToBlocks(card)),
    slack_limit_check: measure(() => limitProblems(message)),
    slack_json: measure(() => JSON.stringify({ response_type: 'ephemeral', ...message })),
    discord_render: measure(() => cardToDiscordPayload(card)),
  };
}
