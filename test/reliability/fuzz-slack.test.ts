/**
 * Hostile input over the real Slack transport: 120 signed slash commands
 * (from people whose display names are hostile too) and 80 mentions, through
 * the real Bolt app, to the fake Slack. Every request is answered without a
 * 5xx, nothing is logged as an error, and every message the bot sends (the
 * ack, posts, thread replies) fits Slack's limits and pings or formats nothing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../src/adapters/slack/render.js';
import { limitProblems } from '../../src/adapters/slack/limits.js';
import type { FakeMessage } from '../fakes/slack-api.js';
import { type BotUnderTest, startBot } from '../slack/slack-bot.js';
import { hostileName, hostileTexts } from './hostile-text.js';
import { slackEscapingProblems } from './mention-safety.js';

const COMMANDS = 120;
const MENTIONS = 80;
const SEED = 2_026_7;

let bot: BotUnderTest;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.close();
});

function problemsOf(messages: FakeMessage[]): string[] {
  return messages.flatMap((m) => {
    // A chart shared as a file (a plain question is now answered with a recommendation and its chart) has no message
    // text: Slack takes an upload without initial_comment, and the file's title is the line people see.
    if (m.via === 'files.completeUploadExternal') return (m.files ?? []).flatMap((f) => (f.title.trim().length > 0 && f.title.isWellFormed() ? [] : [`file ${f.id}: empty or ill-formed title`]));
    const message = { text: m.text, blocks: m.blocks } as unknown as SlackMessage;
    return [...limitProblems(message).map((p) => `${p.limit} at ${p.where}: ${p.detail}`), ...slackEscapingProblems(message)];
  });
}

describe('hostile text over Slack', () => {
  it(`answers ${COMMANDS} hostile slash commands from people with hostile names`, async () => {
    const texts = hostileTexts(COMMANDS, SEED);
    const names = fc.sample(hostileName, { numRuns: COMMANDS, seed: SEED });
    const failures: unknown[] = [];
    for (const [i, text] of texts.entries()) {
      // A person each: the rate limit has a test of its own.
      const seen = await bot.workspace.person(`UFUZZ${i}`, names[i]!).command(text);
      const problems = [...(seen.status >= 500 ? [`status ${seen.status}`] : []), ...problemsOf(seen.messages)];
      if (seen.messages.length === 0) problems.push('no answer');
      if (problems.length > 0) failures.push({ text: text.slice(0, 200), problems: problems.slice(0, 3) });
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it(`answers ${MENTIONS} hostile mentions in threads`, async () => {
    const failures: unknown[] = [];
    for (const [i, text] of hostileTexts(MENTIONS, SEED + 1).entries()) {
      const seen = await bot.workspace.person(`UMENTION${i}`, 'mallory').mention(text);
      const problems = [...(seen.status >= 500 ? [`status ${seen.status}`] : []), ...problemsOf(seen.messages)];
      if (seen.messages.length === 0) problems.push('no answer');
      if (problems.length > 0) failures.push({ text: text.slice(0, 200), problems: problems.slice(0, 3) });
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('logged no errors while doing so', () => {
    expect(bot.problems().filter((p) => Number(p.level) >= 50)).toEqual([]);
  });
});
