/**
 * Better votes over the real Bolt app against the fake Slack (which refuses
 * what Slack refuses): a ranked, anonymous vote with a deadline started by
 * the slash command, a ranking picked in the rank menus with the private
 * confirmation, and an option added from the card before the first ballot.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeMessage } from '../fakes/slack-api.js';
import { buttonLabels, readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from './slack-bot.js';

let bot: BotUnderTest | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const titled = (messages: FakeMessage[], title: string) => {
  const found = messages.filter((m) => readable(m).includes(title)).at(-1);
  if (!found) throw new Error(`no message with "${title}": ${messages.map((m) => readable(m).slice(0, 60)).join(' | ')}`);
  return found;
};

describe('/framework vote', () => {
  it('posts a ranked, anonymous vote with a deadline; a ranking is picked in the rank menus and confirmed privately', async () => {
    bot = await startBot();
    const { alice, bob, api } = bot;
    const started = await alice.command('vote django fastapi flask ranked anonymous closes in 2d');
    const vote = titled(started.messages, 'Team vote (ranked)');
    expect(vote.ephemeralTo).toBeUndefined();
    expect(readable(vote)).toMatch(/Closes by itself at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(readable(vote)).toContain('Anonymous: the tally shows counts only');

    const picked = await bob.choose(vote, 'Your 1st choice', ['FastAPI']);
    const updated = api.messages.find((m) => m.ts === vote.ts && !m.deleted)!;
    expect(readable(updated)).toContain('FastAPI: 1 first choice');
    expect(readable(updated)).not.toContain('Bob');
    const told = titled(picked.messages, 'Your ranking is counted');
    expect(told.ephemeralTo).toBe(bob.id);
    expect(readable(told)).toContain('1. FastAPI.');
  });

  it('adds an option from the card before the first ballot, updating the card in place', async () => {
    bot = await startBot();
    const { alice, bob, api } = bot;
    const vote = titled((await alice.command('vote django fastapi')).messages, 'Team vote');
    await bob.choose(vote, 'Add an option', ['Flask']);
    const updated = api.messages.find((m) => m.ts === vote.ts && !m.deleted)!;
    expect(buttonLabels(updated)).toEqual(['Django', 'FastAPI', 'Flask', 'Close vote']);
  });
});
