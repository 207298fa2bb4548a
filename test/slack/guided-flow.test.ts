/**
 * The whole team journey in Slack, by button clicks only: a guided
 * recommendation in a thread, sharing the result, and a three-person vote.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeMessage } from '../fakes/slack-api.js';
import { buttonLabels, GENERAL, readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from './slack-bot.js';

let bot: BotUnderTest;
beforeEach(async () => {
  bot = await startBot();
});
afterEach(async () => {
  await bot.close();
});

const title = (m: FakeMessage) => readable(m).split('\n')[0];

describe('guided recommendation in a thread', () => {
  it('posts a public parent, asks six questions in one message updated in place, and posts the result in the thread', async () => {
    const started = await bot.alice.command('recommend');
    expect(started.status).toBe(200);
    expect(started.ack).toBe('');

    const [parent, step] = started.messages;
    expect(started.messages).toHaveLength(2);
    expect(title(parent!)).toBe('alice is choosing a backend framework');
    expect(parent!.ephemeralTo).toBeUndefined();
    expect(parent!.thread_ts).toBeUndefined();
    expect(step!.thread_ts).toBe(parent!.ts);
    expect(title(step!)).toBe('1/6 · What are you building?');

    const titles: string[] = [];
    const answer = async (click: Promise<{ messages: FakeMessage[] }>) => {
      const seen = await click;
      // Each answer changes the one step message; nothing new appears.
      expect(seen.messages.map((m) => m.ts)).toEqual([step!.ts]);
      titles.push(title(bot.api.findMessage(GENERAL, step!.ts)!)!);
    };
    await answer(bot.alice.click(step!, 'AI/ML service'));
    // A select only records the picks (Slack may report every change); Done moves on.
    await bot.alice.choose(step!, 'Which languages can the team use?', ['Python']);
    await answer(bot.alice.click(step!, 'Done: Python'));
    await bot.alice.choose(step!, 'What matters most? Pick up to two.', ['Performance']);
    await answer(bot.alice.click(step!, 'Done: Performance'));
    await answer(bot.alice.click(step!, 'None of these'));
    await answer(bot.alice.click(step!, 'Millions of users'));
    expect(titles).toEqual([
      '2/6 · Which languages can the team use?',
      '3/6 · What matters most? Pick up to two.',
      '4/6 · What must come out of the box?',
      '5/6 · What scale do you expect?',
      "6/6 · What is the team's experience?",
    ]);
    expect(bot.api.callsTo('chat.update')).toHaveLength(7);

    const last = await bot.alice.click(step!, 'Senior');
    const [answers, result, chart] = last.messages;
    expect(last.messages).toHaveLength(3);
    expect(chart!.thread_ts).toBe(parent!.ts);
    expect(chart!.files![0]!.title).toMatch(/FastAPI/);
    expect(title(answers!)).toBe("alice's answers");
    expect(answers!.ts).toBe(step!.ts);
    expect(result!.thread_ts).toBe(parent!.ts);
    expect(title(result!)).toBe('Recommended: FastAPI');
    expect(buttonLabels(result!)).toEqual(['Compare top 3', 'Share to channel', 'Start a team vote', 'Adjust answers', 'Start over']);
  });

  it('goes back a step, and tells someone else that the flow is not theirs, privately', async () => {
    const [, step] = (await bot.alice.command('recommend')).messages;
    await bot.alice.click(step!, 'JSON/REST API');
    await bot.alice.click(bot.api.findMessage(GENERAL, step!.ts)!, 'Back');
    expect(title(bot.api.findMessage(GENERAL, step!.ts)!)).toBe('1/6 · What are you building?');

    const stranger = await bot.bob.click(bot.api.findMessage(GENERAL, step!.ts)!, 'Microservices');
    expect(stranger.messages).toHaveLength(1);
    expect(stranger.messages[0]!.ephemeralTo).toBe('U0BOB');
    expect(title(stranger.messages[0]!)).toBe("This is alice's recommendation");
    expect(title(bot.api.findMessage(GENERAL, step!.ts)!)).toBe('1/6 · What are you building?');

    // Slack has no threads in threads: Bob's own flow continues in the same thread.
    const own = await bot.bob.click(stranger.messages[0]!, 'Start my own');
    expect(own.messages.map((m) => [m.thread_ts, title(m)])).toEqual([
      [step!.thread_ts, 'bob is choosing a backend framework'],
      [step!.thread_ts, '1/6 · What are you building?'],
    ]);
  });

  it('skips the questions answered inline', async () => {
    const seen = await bot.alice.command('recommend project=api language=go priorities=performance builtins=none scale=millions');
    const [parent, step] = seen.messages;
    expect(title(parent!)).toBe('alice is choosing a backend framework');
    expect(readable(parent!)).toContain('Already answered: JSON/REST API');
    expect(title(step!)).toBe("6/6 · What is the team's experience?");
  });

  it('answers privately at once when every answer is given inline', async () => {
    // Answers whose evidence gives a clear leader (FastAPI): the Go ones are now too close to call between net/http and Echo.
    const seen = await bot.alice.command('recommend project=ai-ml language=python priorities=performance builtins=none scale=millions team=senior');
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.ephemeralTo).toBe('U0ALICE');
    expect(title(seen.messages[0]!)).toMatch(/^Recommended: /);
    expect(buttonLabels(seen.messages[0]!)).toContain('Share to channel');
  });
});

describe('sharing and a team vote', () => {
  it('shares a private comparison to the channel, runs a three-person vote and records the decision', async () => {
    const [mine] = (await bot.alice.command('compare django fastapi')).messages;
    expect(mine!.ephemeralTo).toBe('U0ALICE');

    const shared = await bot.alice.click(mine!, 'Share to channel');
    const [post, chart] = shared.messages;
    expect(shared.messages).toHaveLength(2);
    expect(post!.ephemeralTo).toBeUndefined();
    expect(post!.thread_ts).toBeUndefined();
    expect(readable(post!)).toContain('Shared by alice');
    expect(buttonLabels(post!)).toEqual(['Start a team vote']);
    // The shared result brings its chart along.
    expect(chart!.files![0]!.title).toMatch(/Django.*FastAPI/);
    // Bob sees the shared result in the channel, not Alice's private copy.
    expect(bot.workspace.visibleTo('U0BOB').map((m) => m.ts)).toEqual([post!.ts, chart!.ts]);

    const [voteCard] = (await bot.bob.click(post!, 'Start a team vote')).messages;
    expect(title(voteCard!)).toBe('Team vote: which framework should we use?');
    expect(voteCard!.thread_ts).toBeUndefined();
    expect(buttonLabels(voteCard!)).toEqual(['Django', 'FastAPI', 'Close vote']);

    const current = () => bot.api.findMessage(GENERAL, voteCard!.ts)!;
    await bot.alice.click(current(), 'Django');
    await bot.bob.click(current(), 'FastAPI');
    await bot.carol.click(current(), 'FastAPI');
    expect(readable(current())).toContain('FastAPI: 2 votes (bob, carol)');
    expect(readable(current())).toContain('Django: 1 vote (alice)');

    const refused = await bot.carol.click(current(), 'Close vote');
    expect(refused.messages.map((m) => [m.ephemeralTo, title(m)])).toEqual([['U0CAROL', 'Only bob can close this vote']]);

    await bot.bob.click(current(), 'Close vote');
    expect(title(current())).toBe('Vote closed: FastAPI wins');
    expect(buttonLabels(current())).toEqual([]);

    const history = await bot.carol.command('history');
    expect(readable(history.messages[0]!)).toMatch(/ADR-0002 \(accepted\) · .*Team vote: FastAPI with 2 of 3 votes over Django/);
  });

  it('sends the thread result to the channel from the thread', async () => {
    const [parent, step] = (await bot.alice.command('recommend project=api language=go priorities=performance builtins=none scale=millions')).messages;
    const result = (await bot.alice.click(step!, 'Senior')).messages[1]!;
    expect(result.thread_ts).toBe(parent!.ts);
    const shared = await bot.alice.click(result, 'Share to channel');
    const post = shared.messages.find((m) => !m.ephemeralTo)!;
    expect(post.thread_ts).toBeUndefined();
    expect(bot.workspace.channelMessages().map((m) => m.ts)).toContain(post.ts);
  });
});

describe('decision history', () => {
  async function decide(): Promise<void> {
    const [mine] = (await bot.alice.command('compare rails laravel')).messages;
    await bot.alice.click(mine!, 'Share to channel');
  }

  it('exports the latest decision as a Markdown file in the channel', async () => {
    await decide();
    const seen = await bot.bob.command('history export');
    const [card, file] = seen.messages;
    expect(card!.ephemeralTo).toBeUndefined();
    expect(title(card!)).toMatch(/^ADR-\d{4}: Use Ruby on Rails as our backend framework$/);
    expect(file!.via).toBe('files.completeUploadExternal');
    expect(file!.channel).toBe(GENERAL);
    expect(file!.files).toEqual([{ id: expect.any(String), title: expect.stringMatching(/^\d{4}-use-ruby-on-rails-as-our-backend-framework\.md$/), content: expect.stringContaining('Ruby on Rails') }]);
  });

  it('posts the record as text when Slack refuses the upload', async () => {
    await decide();
    bot.api.refuseNext('files.getUploadURLExternal', 'missing_scope');
    const seen = await bot.bob.command('history export');
    const [, record] = seen.messages;
    expect(record!.via).toBe('chat.postMessage');
    expect(readable(record!)).toMatch(/^\*\d{4}-.*\.md\*\n```\n/);
    expect(bot.problems()).toContainEqual(expect.objectContaining({ msg: 'could not upload the document; posting it as text instead' }));
  });
});
