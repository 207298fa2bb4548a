/**
 * A vote by 150 people whose names hold emoji, over the real discord.js client
 * against the fake Discord: the tally stays current for every voter, nobody
 * gets the apology, and every string the bot sent is well-formed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../src/adapters/kit/apology.js';
import { user } from '../fakes/discord-fixtures.js';
import { DiscordUsers } from '../fakes/discord-users.js';
import { illFormed } from '../support/tricky-text.js';

const VOTERS = 150;
const EMOJI = ['😀', '👩🏽‍💻', '🇫🇷', '🏳️‍🌈', '🎉', 'e\u0301', '👨‍👩‍👧'];
const nameOf = (i: number) => `${EMOJI[i % EMOJI.length]} Zoë ${EMOJI[(i * 3) % EMOJI.length]} of team ${EMOJI[(i * 5) % EMOJI.length]} #${i}`;

let discord: DiscordUsers;
beforeAll(async () => {
  discord = await DiscordUsers.start();
});
afterAll(async () => {
  await discord?.stop();
});

describe('a team vote with 150 voters named with emoji', () => {
  it('keeps the tally current for every voter, with no apology and nothing ill-formed sent', async () => {
    const mine = (await discord.slash('compare', { first: 'django', second: 'fastapi' })).reply!;
    await discord.click(mine, 'Share to channel');
    const shared = discord.channelMessages(discord.backend.id).at(-1)!;
    await discord.click(shared, 'Start a team vote');
    const ballot = discord.channelMessages(discord.backend.id).at(-1)!;
    expect(ballot.title).toBe('Team vote: which framework should we use?');

    for (let i = 0; i < VOTERS; i++) {
      const seen = await discord.click(discord.message(ballot.id), i % 3 === 0 ? 'Django' : 'FastAPI', { as: user(nameOf(i)) });
      expect(seen.messages.filter((m) => m.content === APOLOGY), `voter ${i}`).toEqual([]);
      expect(discord.message(ballot.id).text, `after voter ${i}`).toContain(`Tally (${i + 1} ${i === 0 ? 'vote' : 'votes'})`);
    }
    const django = Math.ceil(VOTERS / 3);
    expect(discord.message(ballot.id).text).toContain(`Django: ${django} votes`);
    expect(discord.message(ballot.id).text).toContain(`FastAPI: ${VOTERS - django} votes`);
    expect([...discord.fake.messages.values()].flatMap((m) => illFormed(m))).toEqual([]);
  });
});
