/**
 * The guided recommendation on Discord, by clicks only: /framework recommend
 * starts a thread, each step's message is updated in place, the result lands
 * in the thread, Alice shares it to the channel, and Alice, Bob and Carol vote
 * on it, the tally updating in place until Alice closes the vote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordUsers, type SeenMessage } from '../fakes/discord-users.js';

let discord: DiscordUsers;
beforeAll(async () => {
  discord = await DiscordUsers.start();
});
afterAll(async () => {
  await discord?.stop();
});

describe('a guided recommendation in a thread, shared and voted on', () => {
  let thread: { id: string; name: string; parentId: string };
  let step: SeenMessage;
  let shared: SeenMessage;
  let vote: SeenMessage;

  it('/framework recommend posts in the channel and asks the first question in a new thread', async () => {
    const seen = await discord.slash('recommend');
    expect(seen.reply).toMatchObject({ ephemeral: false, title: 'Alice is choosing a backend framework' });
    expect(seen.threads).toEqual([{ id: seen.reply!.id, name: "Alice's framework choice", parentId: discord.backend.id }]);
    thread = seen.threads[0]!;
    const inThread = discord.channelMessages(thread.id);
    expect(inThread.map((m) => m.title)).toEqual(['1/6 · What are you building?']);
    step = inThread[0]!;
    expect(step.buttons.map((b) => b.label)).toEqual(expect.arrayContaining(['JSON/REST API', 'AI/ML service', 'Not sure yet', 'Start over']));
  });

  it('each answer updates the step message in place', async () => {
    const seen = await discord.click(step, 'JSON/REST API');
    expect(seen.reply).toMatchObject({ id: step.id, title: '2/6 · Which languages can the team use?' });
    expect(seen.reply!.selects[0]).toMatchObject({ maxValues: 12 });
    expect(discord.channelMessages(thread.id)).toHaveLength(1);
  });

  it('only Alice can answer her questions; Bob is told so privately and nothing changes', async () => {
    const seen = await discord.select(step, ['rust'], { as: discord.bob });
    expect(seen.reply).toMatchObject({ ephemeral: true, title: "This is Alice's recommendation" });
    expect(discord.message(step.id).title).toBe('2/6 · Which languages can the team use?');
  });

  it('multi-choice steps are selects; the rest are buttons', async () => {
    // A select records the picks; Done moves on.
    expect((await discord.select(step, ['python', 'go'])).reply!.title).toBe('2/6 · Which languages can the team use?');
    expect((await discord.click(step, 'Done: Python, Go')).reply!.title).toBe('3/6 · What matters most? Pick up to two.');
    expect(discord.message(step.id).selects[0]).toMatchObject({ maxValues: 2 });
    await discord.select(step, ['performance']);
    expect((await discord.click(step, 'Done: Performance')).reply!.title).toBe('4/6 · What must come out of the box?');
    expect((await discord.click(step, 'None of these')).reply!.title).toBe('5/6 · What scale do you expect?');
    expect((await discord.click(step, 'Millions of users')).reply!.title).toBe("6/6 · What is the team's experience?");
  });

  it('the last answer closes the steps and posts the result in the thread, public, with share and vote', async () => {
    const seen = await discord.click(step, 'Senior');
    expect(seen.reply).toMatchObject({ id: step.id, title: "Alice's answers", buttons: [] });
    const result = discord.channelMessages(thread.id).at(-1)!;
    expect(result.ephemeral).toBe(false);
    expect(result.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['What would change it', 'How sure']));
    expect(result.buttons.map((b) => b.label)).toEqual(expect.arrayContaining(['Share to channel', 'Start a team vote', 'Adjust answers', 'Start over']));
    step = result;
  });

  it('Share to channel posts the result in the channel, not the thread', async () => {
    const before = discord.channelMessages(discord.backend.id).length;
    await discord.click(step, 'Share to channel');
    const channel = discord.channelMessages(discord.backend.id);
    expect(channel).toHaveLength(before + 1);
    shared = channel.at(-1)!;
    expect(shared.text).toContain('Alice');
    expect(shared.buttons.map((b) => b.label)).toContain('Start a team vote');
    expect(shared.buttons.map((b) => b.label)).not.toContain('Share to channel');
  });

  it('Bob starts a team vote on the shared result', async () => {
    await discord.click(shared, 'Start a team vote', { as: discord.bob });
    vote = discord.channelMessages(discord.backend.id).at(-1)!;
    expect(vote.title).toBe('Team vote: which framework should we use?');
    expect(vote.buttons.at(-1)!.label).toBe('Close vote');
    expect(vote.buttons.length).toBeGreaterThanOrEqual(3);
  });

  it('three people vote and the tally updates in place', async () => {
    const [first, second] = vote.buttons.map((b) => b.label);
    await discord.click(vote, first!, { as: discord.alice });
    await discord.click(vote, second!, { as: discord.bob });
    const seen = await discord.click(vote, first!, { as: discord.carol });
    expect(seen.reply!.id).toBe(vote.id);
    expect(seen.reply!.text).toContain(`${first}: 2 votes (Alice, Carol)`);
    expect(seen.reply!.text).toContain(`${second}: 1 vote (Bob)`);
    expect(seen.reply!.text).toContain('Tally (3 votes)');
    expect(discord.channelMessages(discord.backend.id).filter((m) => m.title.startsWith('Team vote'))).toHaveLength(1);
  });

  it('only the person who started the vote can close it; then the result is in the history', async () => {
    const refused = await discord.click(vote, 'Close vote', { as: discord.carol });
    expect(refused.reply).toMatchObject({ ephemeral: true, title: 'Only Bob can close this vote' });
    const first = vote.buttons[0]!.label;
    const closed = await discord.click(vote, 'Close vote', { as: discord.bob });
    expect(closed.reply).toMatchObject({ id: vote.id, title: `Vote closed: ${first} wins`, buttons: [] });
    const history = await discord.slash('history', {}, { as: discord.carol });
    expect(history.reply!.text).toMatch(new RegExp(`Team vote: ${first} with 2 of 3 votes`));
  });

  it('mentioning the bot inside the thread answers in the thread', async () => {
    const seen = await discord.mention('info fastapi', { in: thread.id });
    expect(seen.messages.map((m) => [m.channelId, m.title])).toEqual([[thread.id, 'FastAPI']]);
  });

  it('a click on an expired flow offers to start again, and that starts a new thread', async () => {
    const expired = await discord.clickId(discord.message(thread.id), 'flow:AAAAAAAAAAAA:scale:millions');
    expect(expired.reply).toMatchObject({ ephemeral: true, title: 'This recommendation has expired' });
    const again = await discord.click(expired.reply!, 'Start a new recommendation');
    expect(again.threads).toHaveLength(1);
    expect(discord.channelMessages(again.threads[0]!.id).map((m) => m.title)).toEqual(['1/6 · What are you building?']);
  });
});
