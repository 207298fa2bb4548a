/**
 * A vote by 150 people whose names hold emoji, over the real Bolt app and
 * @slack/web-api against the fake Slack. The tally lists every voter by name,
 * so it soon outgrows the card's fallback text and is cut; a cut through an
 * emoji made the Web API client throw URIError in chat.update, and from then
 * on every voter got "Sorry, something went wrong" and the tally froze.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../src/adapters/kit/apology.js';
import { GENERAL, readable } from '../fakes/slack-workspace.js';
import { illFormed } from '../support/tricky-text.js';
import { type BotUnderTest, startBot } from './slack-bot.js';

const VOTERS = 150;
const EMOJI = ['😀', '👩🏽‍💻', '🇫🇷', '🏳️‍🌈', '🎉', 'e\u0301', '👨‍👩‍👧'];
/** About 30 code units, as display names with emoji often are: the tally outgrows the fallback's 2,900 at about 90 voters. */
const nameOf = (i: number) => `${EMOJI[i % EMOJI.length]} Zoë ${EMOJI[(i * 3) % EMOJI.length]} of team ${EMOJI[(i * 5) % EMOJI.length]} #${i}`;

let bot: BotUnderTest;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.close();
});

describe('a team vote with 150 voters named with emoji', () => {
  it('keeps the tally current for every voter, with no apology and nothing ill-formed sent', async () => {
    const [mine] = (await bot.alice.command('compare django fastapi')).messages;
    const [post] = (await bot.alice.click(mine!, 'Share to channel')).messages;
    const [ballot] = (await bot.alice.click(post!, 'Start a team vote')).messages;
    const current = () => bot.api.findMessage(GENERAL, ballot!.ts)!;

    for (let i = 0; i < VOTERS; i++) {
      const voter = bot.workspace.person(`U0V${String(i).padStart(4, '0')}`, nameOf(i));
      const seen = await voter.click(current(), i % 3 === 0 ? 'Django' : 'FastAPI');
      expect(seen.messages.map((m) => m.text).filter((t) => t.includes('Sorry')), `voter ${i}`).toEqual([]);
      // The card's own heading counts the votes: it moves with every click.
      expect(readable(current()), `after voter ${i}`).toContain(`Tally (${i + 1} ${i === 0 ? 'vote' : 'votes'})`);
    }
    const django = Math.ceil(VOTERS / 3);
    expect(readable(current())).toContain(`Django: ${django} votes`);
    expect(readable(current())).toContain(`FastAPI: ${VOTERS - django} votes`);
    expect(bot.api.messages.filter((m) => m.text === APOLOGY)).toEqual([]);
    expect(bot.problems()).toEqual([]);
    expect(illFormed(current().text)).toEqual([]);
  });
});
