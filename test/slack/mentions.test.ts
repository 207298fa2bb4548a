/** @Framework Advisor in channels and threads, and direct messages: same language, answered where asked. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT_ID, BOT_USER_ID, type FakeMessage, TEAM_ID } from '../fakes/slack-api.js';
import { GENERAL, readable } from '../fakes/slack-workspace.js';
import { type BotUnderTest, startBot } from './slack-bot.js';

let bot: BotUnderTest;
beforeEach(async () => {
  bot = await startBot();
});
afterEach(async () => {
  await bot.close();
});

const title = (text: string) => text.split('\n')[0];

describe('mentions', () => {
  it('answers a mention inside a thread in that thread', async () => {
    const parent = bot.api.addMessage({ channel: GENERAL, text: 'Which one for the new billing API?', blocks: [], author: 'U0BOB', via: 'user' });
    const seen = await bot.alice.mention('compare django and fastapi', { thread_ts: parent.ts });
    expect(seen.status).toBe(200);
    const [reply, chart] = seen.messages;
    expect(reply!.thread_ts).toBe(parent.ts);
    expect(reply!.ephemeralTo).toBeUndefined();
    expect(title(readable(reply!))).toBe('Django vs FastAPI');
    // The comparison's chart follows the card into the thread.
    expect(chart!.thread_ts).toBe(parent.ts);
    expect(chart!.files).toEqual([{ id: expect.any(String), title: expect.stringContaining('Django'), content: expect.stringContaining('PNG') }]);
    expect(bot.api.callsTo('files.getUploadURLExternal')[0]!.body).toMatchObject({ filename: 'compare-django-fastapi.png', alt_text: expect.stringContaining('FastAPI') });
    expect(seen.messages).toHaveLength(2);
    // The bot's own mention is not part of the command.
    expect(bot.coreCalls).toEqual([{ type: 'text', text: 'compare django and fastapi' }]);
  });

  it('answers a mention in the channel in a thread on it', async () => {
    const seen = await bot.alice.mention('info phoenix');
    const mention = bot.api.messages.find((m) => m.author === 'U0ALICE')!;
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.thread_ts).toBe(mention.ts);
    expect(title(readable(seen.messages[0]!))).toBe('Phoenix');
  });

  it('runs a guided recommendation started by a mention in a thread of its own', async () => {
    const seen = await bot.alice.mention('recommend');
    const [parent, step] = seen.messages;
    expect(parent!.thread_ts).toBeUndefined();
    // The event carries only U0ALICE; her name comes from users.info.
    expect(title(readable(parent!))).toBe('Alice is choosing a backend framework');
    expect(bot.api.callsTo('users.info').map((c) => c.body.user)).toEqual(['U0ALICE']);
    expect(step!.thread_ts).toBe(parent!.ts);
    expect(title(readable(step!))).toBe('1/6 · What are you building?');
    await bot.alice.click(step!, 'Real-time app');
    expect(title(readable(bot.api.findMessage(GENERAL, step!.ts)!))).toBe('2/6 · Which languages can the team use?');
  });

  it('answers a retried delivery of the same event only once', async () => {
    const first = await bot.alice.mention('compare rails laravel');
    expect(first.messages.map((m) => m.via)).toEqual(['chat.postMessage', 'files.completeUploadExternal']);
    const retry = await bot.workspace.redeliver(first, 1);
    expect(retry.status).toBe(200);
    expect(bot.api.callsTo('chat.postMessage')).toHaveLength(1);
    expect(bot.coreCalls).toHaveLength(1);
  });
});

describe('names of the people who write', () => {
  it('shows the full name of someone without a display name, as Slack does', async () => {
    const [parent] = (await bot.bob.mention('recommend')).messages;
    expect(title(readable(parent!))).toBe('Bob Dylan is choosing a backend framework');
  });

  it('looks a person up once and keeps the name for their next messages', async () => {
    await bot.carol.dm('recommend');
    const seen = await bot.carol.mention('recommend');
    expect(title(readable(seen.messages[0]!))).toBe('Carol is choosing a backend framework');
    expect(bot.api.callsTo('users.info')).toHaveLength(1);
  });

  it('answers with the user id when users.info fails, and logs why', async () => {
    bot.api.refuseNext('users.info', 'missing_scope');
    const seen = await bot.alice.mention('recommend');
    expect(title(readable(seen.messages[0]!))).toBe('U0ALICE is choosing a backend framework');
    expect(title(readable(seen.messages[1]!))).toBe('1/6 · What are you building?');
    expect(bot.problems()).toEqual([expect.objectContaining({ msg: 'could not look up the name with users.info; using the user id', user: 'U0ALICE' })]);
  });
});

describe('direct messages', () => {
  it('answers a direct message in the conversation', async () => {
    const seen = await bot.alice.dm('top security language=python');
    expect(seen.messages).toHaveLength(1);
    expect(seen.messages[0]!.channel).toBe('D0DIRECT');
    expect(seen.messages[0]!.thread_ts).toBeUndefined();
    expect(title(readable(seen.messages[0]!))).toMatch(/^Top frameworks by security/);
  });

  it('ignores its own messages and message edits', async () => {
    const event = (extra: Record<string, unknown>) =>
      JSON.stringify({
        type: 'event_callback',
        team_id: TEAM_ID,
        api_app_id: 'A0TEST01',
        event_id: `Ev${Math.random().toString(36).slice(2, 10)}`,
        event_time: 1,
        event: { type: 'message', channel_type: 'im', channel: 'D0DIRECT', ts: '1700000999.000100', text: 'help', ...extra },
      });
    await bot.workspace.send(event({ user: BOT_USER_ID, bot_id: BOT_ID }), 'application/json');
    await bot.workspace.send(event({ subtype: 'message_changed', user: 'U0ALICE' }), 'application/json');
    expect(bot.coreCalls).toEqual([]);
    expect(bot.api.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('user text that would ping', () => {
  /** Every mrkdwn text object in a message: what Slack parses for mentions. */
  function mrkdwnObjects(value: unknown): Array<{ text: string; verbatim?: boolean }> {
    if (Array.isArray(value)) return value.flatMap(mrkdwnObjects);
    if (!value || typeof value !== 'object') return [];
    const o = value as Record<string, unknown>;
    return [...(o.type === 'mrkdwn' ? [o as { text: string; verbatim?: boolean }] : []), ...Object.values(o).flatMap(mrkdwnObjects)];
  }

  /** What the bot sent cannot notify anyone: no broadcast word, no mention markup, and Slack told not to parse mrkdwn. */
  function cannotPing(message: FakeMessage): void {
    const sent = JSON.stringify({ text: message.text, blocks: message.blocks });
    expect(sent).not.toMatch(/@(channel|here|everyone)/i);
    expect(sent).not.toMatch(/<[!@]/);
    expect(mrkdwnObjects(message.blocks).every((o) => o.verbatim === true)).toBe(true);
  }

  it('echoes @channel, @here, @everyone and mention markup from a slash command and a mention without pinging anyone', async () => {
    const typed = 'compare django @channel <!here> <!everyone> <!subteam^S0TEAM|@devs> <@U0BOSS>';
    const command = await bot.alice.command(typed);
    const mention = await bot.bob.mention(typed);
    const sent = [...command.messages, ...mention.messages];
    expect(sent.map((m) => m.via)).toEqual(['ack', 'chat.postMessage']);
    for (const message of sent) {
      cannotPing(message);
      // People still read what was typed: the word joiner that breaks the mention is invisible.
      expect(readable(message).replaceAll('\u2060', '')).toContain('"@channel", "@here", "@everyone"');
    }
  });

  it('posts a half emoji from a mention as a well-formed message instead of failing', async () => {
    const seen = await bot.alice.mention('compare django \uD83D');
    expect(seen.messages).toHaveLength(1);
    expect(title(readable(seen.messages[0]!))).toBe("I didn't catch that");
    expect(bot.problems()).toEqual([]);
  });
});
